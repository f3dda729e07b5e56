/**
 * Options shared by the token sources, with their documentation (so editor hover is the manual),
 * and the up-front validation that turns a bad option into one clear AUTH_INVALID_OPTIONS.
 */
import { isSharedStore, type SharedStore } from "../store/shared-store.js";
import { millisecondsProblem } from "../utils/milliseconds.js";
import { authError } from "./auth-error-advice.js";
import { parseSecureUrl } from "./issuer.js";
import { IssuerMetadataCache, type DiscoveryCache } from "./discovery-cache.js";

/** Options every token source that talks to the authorization server accepts. */
export interface IssuerOptions {
  /**
   * The issuer identifier; discovery is `${issuer}/.well-known/openid-configuration`, fetched once
   * by this source (see `discoveryCache` to share it). Must be `https://`, except loopback hosts
   * (`localhost`, `127.0.0.0/8`, `::1`) for local servers.
   * @example "https://login.jackhenry.com/a/oidc-provider/api/v0"
   */
  readonly issuer: string | URL;
  /** The client id issued for your application (Banno Admin → External Applications for Jack Henry Identity). */
  readonly clientId: string;
  /** Timeout of each request to the authorization server (discovery, token), in ms; at most 2147483647 (about 24.8 days). @default 10000 */
  readonly timeoutMs?: number;
  /**
   * The largest response body read from the authorization server (discovery, token endpoint), in
   * bytes after decompression; a larger one is refused (AUTH_DISCOVERY_FAILED or
   * AUTH_TOKEN_ENDPOINT_ERROR) without being read whole.
   * @default 1048576 (1 MiB)
   */
  readonly maxResponseBytes?: number;
  /**
   * `fetch` used for requests to the authorization server. Give it a plain fetch (a proxy agent is
   * fine), never one that queues behind the API calls: those calls wait for this token.
   * @default globalThis.fetch
   */
  readonly fetch?: typeof fetch;
  /** Clock for token expiry, in epoch ms; inject one in tests. @default Date.now */
  readonly clock?: () => number;
  /**
   * Refresh a cached token this many ms before it expires, so it never expires in flight. Capped at
   * half the token's lifetime, so short-lived tokens are still reused.
   * @default 60000
   */
  readonly refreshSkewMs?: number;
  /**
   * Seconds to add to the local clock for JWT time checks and assertion timestamps, when the host
   * clock is known to be off (`+` when it is behind). ID tokens are otherwise checked with a 30 s tolerance.
   * @default 0
   */
  readonly clockSkewSeconds?: number;
  /**
   * Where this source keeps the issuer's discovery metadata. By default each source has its own
   * (an authorization code flow shares it with its refresh-token sources), for as long as the
   * source lives. Give several sources one from `createDiscoveryCache()` to discover once between
   * them, and call its `clear()` to make them discover again; a discovery is made with the
   * settings (`fetch`, `timeoutMs`, …) of the source that asks first.
   * @default a cache of this source's own
   */
  readonly discoveryCache?: DiscoveryCache;
  /**
   * Bind tokens to a key pair held by this source (DPoP, RFC 9449). The source then exposes `dpop`,
   * and the client adds a proof to every API request. Off by default.
   * @default false
   */
  readonly dpop?: boolean;
  /**
   * A store the processes of a fleet share, e.g. `createRedisStore(...)` from
   * `entity-management-client/redis`: one token request per scope set for all of them, and
   * refresh tokens rotated once between them (each rotation reported by one process only). Each
   * process still keeps its own in-memory cache in front, and goes on alone whenever the store is
   * unreachable. DPoP-bound access tokens stay per process (they are bound to its own key).
   * @default none: each process keeps its own tokens
   */
  readonly store?: SharedStore;
}

/** How the client authenticates at the token endpoint: a secret, or a private key (private_key_jwt). */
export interface ClientAuthOptions {
  /** Client secret, for `client_secret_basic` (default) or `client_secret_post`. Exclusive with `privateKey`. */
  readonly clientSecret?: string;
  /**
   * RSA private key for `private_key_jwt`, which Jack Henry Identity requires for client credentials:
   * a PKCS#8 PEM string (a "PRIVATE KEY" block, as written by `openssl genpkey -algorithm RSA`),
   * a private JWK, or a non-extractable `CryptoKey` you imported yourself. Exclusive with `clientSecret`.
   */
  readonly privateKey?: string | JsonWebKey | CryptoKey;
  /** Client authentication method. @default "client_secret_basic" with a secret, "private_key_jwt" with a key */
  readonly clientAuth?: "client_secret_basic" | "client_secret_post" | "private_key_jwt";
  /** Signature algorithm of the client assertion. @default "PS256" (what Jack Henry's own helper signs with), or the JWK's / CryptoKey's own algorithm */
  readonly algorithm?: "PS256" | "RS256";
  /** `kid` header of the client assertion, naming the registered public key. @default the JWK's `kid`, else none */
  readonly kid?: string;
  /**
   * `aud` of the client assertion. Jack Henry's helper (and OpenID Connect Core) use the token
   * endpoint URL; `"issuer"` sends the issuer identifier, as RFC 7523bis now recommends.
   * @default "token_endpoint"
   */
  readonly assertionAudience?: "issuer" | "token_endpoint";
}

/** Options after validation, with defaults applied. */
export interface ResolvedIssuerOptions {
  readonly issuer: URL;
  readonly clientId: string;
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
  readonly fetch: typeof fetch | undefined;
  readonly clock: () => number;
  readonly refreshSkewMs: number;
  readonly clockSkewSeconds: number;
  readonly dpop: boolean;
  readonly discovery: IssuerMetadataCache;
  readonly store: SharedStore | undefined;
}

function invalid(what: string): never {
  throw authError("AUTH_INVALID_OPTIONS", what);
}

/** Validates the shared options; throws AUTH_INVALID_OPTIONS or AUTH_INSECURE_ISSUER. */
export function resolveIssuerOptions(options: IssuerOptions, source: string): ResolvedIssuerOptions {
  if (typeof options !== "object" || options === null) invalid(`${source}() needs an options object.`);
  if (options.issuer === undefined) invalid(`${source}(): \`issuer\` is required.`);
  if (typeof options.clientId !== "string" || options.clientId === "") invalid(`${source}(): \`clientId\` must be a non-empty string.`);
  const timeoutMs = options.timeoutMs ?? 10_000;
  // It feeds a timer: past MAX_TIMER_MS Node would fire it after 1 ms.
  const timeoutProblem = millisecondsProblem(`${source}(): \`timeoutMs\``, timeoutMs);
  if (timeoutProblem) invalid(timeoutProblem);
  const maxResponseBytes = options.maxResponseBytes ?? 1_048_576;
  if (!Number.isSafeInteger(maxResponseBytes) || maxResponseBytes <= 0) invalid(`${source}(): \`maxResponseBytes\` must be a positive whole number of bytes.`);
  // Not a timer (it is subtracted from the expiry), so no upper bound beyond being finite.
  const refreshSkewMs = options.refreshSkewMs ?? 60_000;
  if (!Number.isFinite(refreshSkewMs) || refreshSkewMs < 0) invalid(`${source}(): \`refreshSkewMs\` must be zero or a positive number of milliseconds.`);
  const clockSkewSeconds = options.clockSkewSeconds ?? 0;
  if (!Number.isInteger(clockSkewSeconds)) invalid(`${source}(): \`clockSkewSeconds\` must be a whole number of seconds.`);
  if (options.clock !== undefined && typeof options.clock !== "function") invalid(`${source}(): \`clock\` must be a function returning epoch ms.`);
  if (options.fetch !== undefined && typeof options.fetch !== "function") invalid(`${source}(): \`fetch\` must be a fetch-compatible function.`);
  if (options.dpop !== undefined && typeof options.dpop !== "boolean") invalid(`${source}(): \`dpop\` must be true or false.`);
  const discovery = options.discoveryCache ?? new IssuerMetadataCache();
  if (!(discovery instanceof IssuerMetadataCache)) invalid(`${source}(): \`discoveryCache\` must come from createDiscoveryCache().`);
  if (options.store !== undefined && !isSharedStore(options.store))
    invalid(`${source}(): \`store\` must be a shared store, e.g. createRedisStore(...) from entity-management-client/redis.`);
  return {
    issuer: parseSecureUrl(options.issuer, `${source}(): the issuer`),
    clientId: options.clientId,
    timeoutMs,
    maxResponseBytes,
    fetch: options.fetch,
    clock: options.clock ?? Date.now,
    refreshSkewMs,
    clockSkewSeconds,
    dpop: options.dpop ?? false,
    discovery,
    store: options.store,
  };
}

/** Validates a scope list (no empty entries, no spaces inside one scope). */
export function resolveScopeList(scope: readonly string[] | undefined, source: string, name = "scope"): readonly string[] | undefined {
  if (scope === undefined) return undefined;
  // Checked as unknown: JavaScript callers may pass anything.
  const list: unknown = scope;
  if (!Array.isArray(list) || list.some((s) => typeof s !== "string" || s === "" || /\s/.test(s))) {
    invalid(`${source}(): \`${name}\` must be an array of scope names without spaces, e.g. ["entities:read"].`);
  }
  return scope;
}

/** Validates a resource indicator (RFC 8707): an absolute URL without a fragment. */
export function resolveResource(resource: string | undefined, source: string): string | undefined {
  if (resource === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(resource);
  } catch {
    url = undefined;
  }
  if (!url || url.hash) invalid(`${source}(): \`resource\` must be an absolute URL without a fragment (the API base URL).`);
  return resource;
}
