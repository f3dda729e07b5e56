import type { Middleware } from "openapi-fetch";
import type { TokenSource } from "../auth/token-source.js";
import { InvalidOptionsError } from "../errors/invalid-options-error.js";
import { isLoopback } from "../utils/is-loopback.js";
import { clientVersion } from "../version.js";
import { resolveRetryPolicy, type ResolvedRetryPolicy, type RetryPolicy } from "./retry-policy.js";

/** A WHATWG `fetch`: called with the URL and an init carrying method, headers, body and signal. */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

/** Options of {@link createEntityManagementClient}. */
export interface EntityManagementClientOptions {
  /** The institution (Institution/Environment/Brand) every call is made for: the GUID issued with the credentials. */
  readonly institutionUniversalId: string;
  /** Where access tokens come from: `clientCredentials(...)`, `refreshTokenSource(...)` or `staticToken(...)`. */
  readonly auth: TokenSource;
  /**
   * The institution's digital host; the base URL becomes `https://{host}/a/api/entity-svcs/v1`.
   * @default "digital.garden-fi.com" (Jack Henry's sandbox institution)
   */
  readonly host?: string;
  /**
   * The service root instead of `host`, up to the version: e.g. `https://bank.example/a/api/entity-svcs/v1`.
   * The institution id is appended. Must be https, except on loopback.
   */
  readonly baseUrl?: string;
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
}

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks the options up front, so a misconfiguration fails at start-up with a clear message rather than on the first call. */
export function resolveClientOptions(options: EntityManagementClientOptions): ResolvedClientOptions {
  if (typeof options.institutionUniversalId !== "string" || options.institutionUniversalId === "") {
    throw new InvalidOptionsError("institutionUniversalId is required: the institution's GUID, issued with the client credentials.");
  }
  if (!guid.test(options.institutionUniversalId)) {
    throw new InvalidOptionsError(`institutionUniversalId must be a GUID like 4e3cde86-37ea-48bb-adef-4f820ba70b0f; got "${options.institutionUniversalId}".`);
  }
  if (typeof options.auth?.getToken !== "function") {
    throw new InvalidOptionsError("auth is required: a token source such as clientCredentials({ issuer, clientId, privateKey }).");
  }
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new InvalidOptionsError(`timeoutMs must be a positive number of milliseconds; got ${timeoutMs}.`);
  const maxResponseBytes = options.maxResponseBytes ?? 32 * 2 ** 20;
  if (!Number.isSafeInteger(maxResponseBytes) || maxResponseBytes <= 0) {
    throw new InvalidOptionsError(`maxResponseBytes must be a positive whole number of bytes; got ${maxResponseBytes}.`);
  }
  const serviceRoot = new URL(checkedServiceRoot(options));
  const root = serviceRoot.href.replace(/\/+$/, "");
  return {
    baseUrl: `${root}/${encodeURIComponent(options.institutionUniversalId)}`,
    timeoutMs,
    maxResponseBytes,
    retry: resolveRetryPolicy(options.retry),
    userAgent: [`entity-management-client/${clientVersion}`, options.userAgent].filter(Boolean).join(" "),
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
  };
}

function checkedServiceRoot(options: EntityManagementClientOptions): URL {
  if (options.baseUrl !== undefined && options.host !== undefined) {
    throw new InvalidOptionsError("Pass either host or baseUrl, not both.");
  }
  if (options.baseUrl === undefined) {
    const host = options.host ?? "digital.garden-fi.com";
    if (!/^[a-z0-9.-]+(:\d+)?$/i.test(host)) throw new InvalidOptionsError(`host must be a host name such as digital.garden-fi.com, without scheme or path; got "${host}".`);
    return new URL(`https://${host}/a/api/entity-svcs/v1`);
  }
  let url: URL;
  try {
    url = new URL(options.baseUrl);
  } catch {
    throw new InvalidOptionsError(`baseUrl is not a valid URL: "${options.baseUrl}".`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url))) {
    throw new InvalidOptionsError(`baseUrl must use https (plain http is allowed only on loopback); got ${url.protocol}//${url.host}.`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new InvalidOptionsError("baseUrl must not carry credentials, a query or a fragment.");
  }
  return url;
}
