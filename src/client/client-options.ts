import type { Middleware } from "openapi-fetch";
import type { TokenSource } from "../auth/token-source.js";
import { InvalidOptionsError } from "../errors/invalid-options-error.js";
import { isSharedStore, type SharedStore } from "../store/shared-store.js";
import { millisecondsProblem } from "../utils/milliseconds.js";
import { clientVersion } from "../version.js";
import { institutionBaseUrl, type ServiceLocation } from "./base-url.js";
import { loadCallGate, type CallGate, type RateLimitOptions } from "./call-gate.js";
import { checkHeaders, headerValueProblem } from "./header-checks.js";
import type { Logger } from "./logger.js";
import { resolveRetryPolicy, type ResolvedRetryPolicy, type RetryPolicy } from "./retry-policy.js";

/** A WHATWG `fetch`: called with the URL and an init carrying method, headers, body, signal and `redirect: "manual"`. */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

/** Options of {@link createEntityManagementClient}. */
export interface EntityManagementClientOptions extends ServiceLocation {
  /** Where access tokens come from: `clientCredentials(...)`, `refreshTokenSource(...)` or `staticToken(...)`. */
  readonly auth: TokenSource;
  /** Budget for a whole call in ms: token, every attempt, backoff waits and the response body; a call may override it. @default 30000 */
  readonly timeoutMs?: number;
  /** Largest response body accepted, in decoded bytes; a larger one ends the call with `ResponseTooLargeError`. @default 33554432 (32 MiB) */
  readonly maxResponseBytes?: number;
  /** Retry policy for idempotent methods, or `false` for a single attempt; a call may override it. */
  readonly retry?: RetryPolicy | false;
  /** Appended to this package's `User-Agent`, e.g. `"my-bank-onboarding/2.3"`. */
  readonly userAgent?: string;
  /** Headers sent with every call, e.g. `X-Correlation-ID`. `Authorization`, `DPoP`, `Cookie`, `Host`, `User-Agent`, `X-Request-ID` and framing headers are the client's own. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Receives a `warn` line per retry and a `debug` line per finished call (redacted fields only); `console` fits. */
  readonly logger?: Logger;
  /**
   * openapi-fetch middleware, run after this client's own. It sees each request without its
   * `Authorization`; a request it moves outside the base URL or to another method is refused.
   */
  readonly middleware?: readonly Middleware[];
  /** The fetch implementation (a proxy-aware fetch, a test interceptor). @default globalThis.fetch, looked up per call so interceptors installed later still apply */
  readonly fetch?: FetchFunction;
  /**
   * A store the processes of a fleet share (`createRedisStore(...)` from
   * `entity-management-client/redis`): a 429 or 503 with `Retry-After` seen by one process then
   * pauses every process's calls to this institution until it passes (within each call's budget).
   * Token requests are never paused. Give the token source the same store to share tokens.
   * @default none: each process backs off on its own
   */
  readonly store?: SharedStore;
  /** A request rate for the whole fleet to this institution, kept in `store` (which must offer a rate limiter, as the Redis store does). */
  readonly rateLimit?: RateLimitOptions;
}

/** The options with defaults applied and checked. */
export interface ResolvedClientOptions {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
  readonly retry: ResolvedRetryPolicy;
  readonly userAgent: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly middleware: readonly Middleware[];
  readonly fetch: FetchFunction;
  readonly logger: Logger | undefined;
  readonly auth: TokenSource;
  /** Pause and rate limit shared through the store; `undefined` without one (nothing is shared). */
  readonly gate: CallGate | undefined;
}

const knownOptions = new Set([
  "institutionUniversalId",
  "host",
  "baseUrl",
  "auth",
  "timeoutMs",
  "maxResponseBytes",
  "retry",
  "userAgent",
  "headers",
  "logger",
  "middleware",
  "fetch",
  "store",
  "rateLimit",
]);
const clientOwnedHeaders = { "user-agent": "use the userAgent option", "x-request-id": "a request id is per call: pass it in a call's headers" };

/** Checks the options up front, so a misconfiguration fails at start-up with a clear message rather than on the first call. */
export function resolveClientOptions(options: EntityManagementClientOptions): ResolvedClientOptions {
  if (typeof options !== "object" || options === null) throw new InvalidOptionsError("createEntityManagementClient() needs an options object.");
  for (const key of Object.keys(options)) {
    if (!knownOptions.has(key)) throw new InvalidOptionsError(`${key} is not an option of createEntityManagementClient(); the options are ${[...knownOptions].join(", ")}.`);
  }
  if (typeof options.auth?.getToken !== "function" || typeof options.auth.invalidate !== "function") {
    throw new InvalidOptionsError("auth is required: a token source such as clientCredentials({ issuer, clientId, privateKey }).");
  }
  const timeoutMs = options.timeoutMs ?? 30_000;
  const timeoutProblem = millisecondsProblem("timeoutMs", timeoutMs);
  if (timeoutProblem) throw new InvalidOptionsError(timeoutProblem);
  const maxResponseBytes = options.maxResponseBytes ?? 32 * 2 ** 20;
  if (!Number.isSafeInteger(maxResponseBytes) || maxResponseBytes <= 0) {
    throw new InvalidOptionsError(`maxResponseBytes must be a positive whole number of bytes; got ${String(maxResponseBytes)}.`);
  }
  if (options.userAgent !== undefined && (typeof options.userAgent !== "string" || headerValueProblem(options.userAgent))) {
    throw new InvalidOptionsError('userAgent must be a string without CR, LF, NUL or other control characters, e.g. "my-bank-onboarding/2.3".');
  }
  const middleware = options.middleware ?? [];
  if (
    !Array.isArray(middleware) ||
    middleware.some(
      (m) => typeof m !== "object" || m === null || !["onRequest", "onResponse", "onError"].some((hook) => typeof (m as Record<string, unknown>)[hook] === "function"),
    )
  ) {
    throw new InvalidOptionsError("middleware must be an array of openapi-fetch middleware objects, each with onRequest, onResponse or onError.");
  }
  if (options.fetch !== undefined && typeof options.fetch !== "function") throw new InvalidOptionsError("fetch must be a fetch-compatible function.");
  if (options.logger !== undefined && (typeof options.logger !== "object" || options.logger === null)) {
    throw new InvalidOptionsError("logger must be an object with optional debug and warn methods, such as console.");
  }
  const baseUrl = institutionBaseUrl(options);
  return {
    baseUrl,
    timeoutMs,
    maxResponseBytes,
    retry: resolveRetryPolicy(options.retry),
    userAgent: [`entity-management-client/${clientVersion}`, options.userAgent].filter(Boolean).join(" "),
    headers: options.headers === undefined ? {} : checkHeaders(options.headers, "headers", clientOwnedHeaders),
    middleware,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    logger: options.logger,
    auth: options.auth,
    gate: resolveGate(options, baseUrl),
  };
}

function resolveGate(options: EntityManagementClientOptions, baseUrl: string): CallGate | undefined {
  const { store, rateLimit } = options;
  if (store !== undefined && !isSharedStore(store)) throw new InvalidOptionsError("store must be a shared store, e.g. createRedisStore(...) from entity-management-client/redis.");
  if (rateLimit !== undefined) {
    const rps = (rateLimit as { requestsPerSecond?: unknown } | null)?.requestsPerSecond;
    if (typeof rps !== "number" || !Number.isSafeInteger(rps) || rps < 1)
      throw new InvalidOptionsError("rateLimit must be { requestsPerSecond: n } with n a whole number of at least 1.");
    if (!store?.createRateLimiter)
      throw new InvalidOptionsError(
        "rateLimit is kept fleet-wide in the store: pass a store that offers a rate limiter, such as createRedisStore(...) from entity-management-client/redis.",
      );
  }
  return store ? loadCallGate(store, baseUrl, rateLimit) : undefined;
}
