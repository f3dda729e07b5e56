import type { Middleware } from "openapi-fetch";
import type { TokenSource } from "../auth/token-source.js";
import { InvalidOptionsError } from "../errors/invalid-options-error.js";
import { clientVersion } from "../version.js";
import { institutionBaseUrl, type ServiceLocation } from "./base-url.js";
import type { Logger } from "./logger.js";
import { resolveRetryPolicy, type ResolvedRetryPolicy, type RetryPolicy } from "./retry-policy.js";

/** A WHATWG `fetch`: called with the URL and an init carrying method, headers, body and signal. */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

/** Options of {@link createEntityManagementClient}. */
export interface EntityManagementClientOptions extends ServiceLocation {
  /** Where access tokens come from: `clientCredentials(...)`, `refreshTokenSource(...)` or `staticToken(...)`. */
  readonly auth: TokenSource;
  /** Budget for a whole call in ms: token, every attempt, backoff waits and the response body. @default 30000 */
  readonly timeoutMs?: number;
  /** Largest response body accepted, in bytes; a larger one ends the call with `ResponseTooLargeError`. @default 33554432 (32 MiB) */
  readonly maxResponseBytes?: number;
  /** Retry policy for idempotent methods, or `false` for a single attempt. */
  readonly retry?: RetryPolicy | false;
  /** Appended to this package's `User-Agent`, e.g. `"my-bank-onboarding/2.3"`. */
  readonly userAgent?: string;
  /** Headers sent with every call, e.g. `X-Correlation-ID`. */
  readonly headers?: Record<string, string>;
  /** Receives a `warn` line per retry and a `debug` line per finished call (redacted fields only); `console` fits. */
  readonly logger?: Logger;
  /** openapi-fetch middleware, run after this client's own (which sets the request id and Accept). */
  readonly middleware?: readonly Middleware[];
  /** The fetch implementation. @default globalThis.fetch, looked up per call so test interceptors installed later still apply */
  readonly fetch?: FetchFunction;
}

/** The options with defaults applied and checked. */
export interface ResolvedClientOptions {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
  readonly retry: ResolvedRetryPolicy;
  readonly userAgent: string;
  readonly fetch: FetchFunction;
  readonly logger: Logger | undefined;
}

/** Checks the options up front, so a misconfiguration fails at start-up with a clear message rather than on the first call. */
export function resolveClientOptions(options: EntityManagementClientOptions): ResolvedClientOptions {
  if (typeof options.auth?.getToken !== "function") {
    throw new InvalidOptionsError("auth is required: a token source such as clientCredentials({ issuer, clientId, privateKey }).");
  }
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new InvalidOptionsError(`timeoutMs must be a positive number of milliseconds; got ${timeoutMs}.`);
  const maxResponseBytes = options.maxResponseBytes ?? 32 * 2 ** 20;
  if (!Number.isSafeInteger(maxResponseBytes) || maxResponseBytes <= 0) {
    throw new InvalidOptionsError(`maxResponseBytes must be a positive whole number of bytes; got ${maxResponseBytes}.`);
  }
  return {
    baseUrl: institutionBaseUrl(options),
    timeoutMs,
    maxResponseBytes,
    retry: resolveRetryPolicy(options.retry),
    userAgent: [`entity-management-client/${clientVersion}`, options.userAgent].filter(Boolean).join(" "),
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    logger: options.logger,
  };
}
