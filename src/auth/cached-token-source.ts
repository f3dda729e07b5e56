/**
 * A {@link TokenSource} over a {@link TokenCache}: what every fetching source has in common (the
 * cache, the DPoP binding, the redacted view, the fleet's store behind the cache when there is
 * one). Each grant only supplies how to fetch one token, and how the fleet shares it.
 */
import { describeContext, type GrantContext } from "./grant-context.js";
import { defineRedactedView } from "./redaction.js";
import type { FleetSharing } from "./fleet-sharing.js";
import { REFRESH_JITTER, TokenCache } from "./token-cache.js";
import type { AccessToken, DpopBinding, GetTokenOptions, TokenSource } from "./token-source.js";

/** How a source fetches, and what it adds to its printed view. */
export interface CachedTokenSourceSpec {
  /** Fetches a token for the (normalised) scopes. */
  readonly fetchToken: (scopes: readonly string[]) => Promise<AccessToken>;
  /** The name its `String()` / `util.inspect` view starts with. */
  readonly label: string;
  /** Non-secret fields shown next to the context's settings. */
  readonly summary?: () => Record<string, unknown>;
  /** A token obtained elsewhere, used until it needs refreshing. */
  readonly seed?: AccessToken | undefined;
  /** With a store: how the fleet shares the tokens; the cache then fetches (and invalidates) through it. */
  readonly shared?: FleetSharing | undefined;
}

/** The source a fetching grant hands out. */
export class CachedTokenSource implements TokenSource {
  declare readonly dpop?: DpopBinding;
  readonly #cache: TokenCache;
  readonly #shared: FleetSharing | undefined;

  constructor(ctx: GrantContext, spec: CachedTokenSourceSpec) {
    const { shared } = spec;
    this.#shared = shared;
    this.#cache = new TokenCache({
      fixedScope: ctx.scope,
      clock: ctx.options.clock,
      refreshSkewMs: ctx.options.refreshSkewMs,
      refreshJitter: shared ? REFRESH_JITTER : 0,
      resource: ctx.resource,
      fetchToken: shared ? (scopes) => shared.fetch(scopes) : spec.fetchToken,
    });
    if (spec.seed !== undefined) this.#cache.seed(spec.seed);
    if (ctx.dpop) Object.defineProperty(this, "dpop", { value: ctx.dpop.binding, enumerable: true });
    defineRedactedView(this, () => ({ ...describeContext(ctx), ...spec.summary?.() }), spec.label);
  }

  getToken(scopes: readonly string[], options?: GetTokenOptions): Promise<AccessToken> {
    return this.#cache.get(scopes, options?.signal);
  }

  invalidate(token: AccessToken): void {
    this.#cache.invalidate(token);
    this.#shared?.invalidate(token);
  }
}
