/**
 * What the sandbox's authorization server records of its token endpoint, for tests: one record
 * per request through the provider's `grant.success` / `grant.error` events, with what the server
 * saw of a private_key_jwt client assertion.
 */
import type Provider from "oidc-provider";
import type { Configuration, KoaContextWithOIDC } from "oidc-provider";

/** One token-endpoint request as the server saw it. */
export interface TokenRequestRecord {
  readonly outcome: "success" | "error";
  readonly grantType: string | undefined;
  readonly clientId: string | undefined;
  /** The client's registered authentication method, when the client was identified. */
  readonly clientAuthMethod: string | undefined;
  /** The OAuth error code, for `outcome: "error"`. */
  readonly error: string | undefined;
  /** The `scope` parameter as sent. */
  readonly scope: string | undefined;
  /** Whether the request carried a DPoP proof. */
  readonly dpop: boolean;
  /** Header `alg`/`kid` and claim `aud` of the client assertion, when private_key_jwt was used and reached verification. */
  readonly assertion: { readonly alg: string; readonly kid: string | undefined; readonly aud: string | string[] } | undefined;
}

/** Filter for {@link TokenEvents.count}. */
export type TokenRequestFilter = Partial<Pick<TokenRequestRecord, "outcome" | "grantType" | "clientId" | "error">>;

/** Token-endpoint requests counted through the provider's `grant.success` / `grant.error` events. */
export interface TokenEvents {
  /** Every request since start (or the last `reset`), oldest first. */
  readonly requests: readonly TokenRequestRecord[];
  /** Number of requests matching `filter` (all when omitted). */
  count(filter?: TokenRequestFilter): number;
  /** Forgets the recorded requests. */
  reset(): void;
}

/** The recorder: `observeAssertion` goes into the provider's configuration, `attach` subscribes to its events. */
export interface TokenEventRecorder {
  readonly events: TokenEvents;
  readonly observeAssertion: NonNullable<Configuration["assertJwtClientAuthClaimsAndHeader"]>;
  attach(provider: Provider): void;
}

/** Creates an empty recorder. */
export function createTokenEventRecorder(): TokenEventRecorder {
  const assertions = new WeakMap<object, TokenRequestRecord["assertion"]>();
  const requests: TokenRequestRecord[] = [];
  const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
  // What the server saw, as text: a string as it is, anything else (an object in `aud`, say) as its JSON.
  const shown = (v: unknown): string => str(v) ?? String(JSON.stringify(v));
  const record = (ctx: KoaContextWithOIDC, outcome: TokenRequestRecord["outcome"], error?: string): void => {
    const params = (ctx.oidc?.params ?? {}) as Record<string, unknown>;
    requests.push({
      outcome,
      grantType: str(params["grant_type"]),
      clientId: ctx.oidc?.client?.clientId ?? str(params["client_id"]),
      clientAuthMethod: ctx.oidc?.client?.clientAuthMethod,
      error,
      scope: str(params["scope"]),
      dpop: ctx.get("dpop") !== "",
      assertion: assertions.get(ctx),
    });
  };
  const matches = (r: TokenRequestRecord, f: TokenRequestFilter): boolean => (Object.keys(f) as (keyof TokenRequestFilter)[]).every((k) => f[k] === undefined || r[k] === f[k]);

  return {
    events: {
      requests,
      count: (filter = {}) => requests.filter((r) => matches(r, filter)).length,
      reset: () => void requests.splice(0),
    },
    // Only observes: records what the server saw in a client assertion so tests can assert on `aud` and `alg`.
    observeAssertion: (ctx, claims, header) => {
      const aud = claims["aud"];
      assertions.set(ctx, {
        alg: shown(header["alg"]),
        kid: typeof header["kid"] === "string" ? header["kid"] : undefined,
        aud: Array.isArray(aud) ? aud.map(shown) : shown(aud),
      });
    },
    attach(provider) {
      provider.on("grant.success", (ctx) => record(ctx, "success"));
      provider.on("grant.error", (ctx, err) => record(ctx, "error", err.error));
    },
  };
}
