/**
 * How requests reach the authorization server: per-request timeout, optional custom fetch, and
 * oauth4webapi's `allowInsecureRequests` only for loopback issuers. Plus the discovery cache:
 * metadata is fetched once per issuer for the whole process, single-flight.
 */
import * as oauth from "oauth4webapi";
import { toAuthError } from "./error-mapping.js";
import { isInsecureLoopback, parseSecureUrl } from "./issuer.js";
import { Redactor } from "./redaction.js";

/** Transport settings of one source. */
export interface Transport {
  readonly issuer: URL;
  readonly timeoutMs: number;
  readonly fetch: typeof fetch | undefined;
}

/** Request options for any oauth4webapi call, shaped to fit all of them. */
export interface RequestOptions {
  signal: (url: string) => AbortSignal;
  [oauth.customFetch]?: (url: string, init: oauth.CustomFetchOptions<string, unknown>) => Promise<Response>;
  [oauth.allowInsecureRequests]?: boolean;
}

/** Builds request options; `signal` (the caller's) aborts too when given. */
export function requestOptions(transport: Transport, signal?: AbortSignal): RequestOptions {
  const options: RequestOptions = {
    signal: () => (signal ? AbortSignal.any([AbortSignal.timeout(transport.timeoutMs), signal]) : AbortSignal.timeout(transport.timeoutMs)),
  };
  const custom = transport.fetch;
  if (custom) options[oauth.customFetch] = (url, init) => custom(url, init as RequestInit);
  // oauth4webapi refuses http:// unless told otherwise; we tell it only for loopback issuers
  // (parseSecureUrl already refused every other http:// issuer and endpoint).
  if (isInsecureLoopback(transport.issuer)) options[oauth.allowInsecureRequests] = true;
  return options;
}

const discoveries = new Map<string, Promise<oauth.AuthorizationServer>>();

/**
 * The issuer's metadata, from cache or fetched once (concurrent callers share one request). A
 * failure is not cached, so the next call retries. Endpoints must pass the same HTTPS rule as the issuer.
 */
export function discover(transport: Transport): Promise<oauth.AuthorizationServer> {
  const key = transport.issuer.href;
  let pending = discoveries.get(key);
  if (!pending) {
    pending = fetchMetadata(transport);
    discoveries.set(key, pending);
    const forget = (): void => {
      if (discoveries.get(key) === pending) discoveries.delete(key);
    };
    pending.catch(forget);
  }
  return pending;
}

async function fetchMetadata(transport: Transport): Promise<oauth.AuthorizationServer> {
  const wellKnown = `${transport.issuer.href.replace(/\/$/, "")}/.well-known/openid-configuration`;
  try {
    const response = await oauth.discoveryRequest(transport.issuer, requestOptions(transport));
    const as = await oauth.processDiscoveryResponse(transport.issuer, response);
    for (const name of ["token_endpoint", "jwks_uri", "authorization_endpoint"] as const) {
      const value = as[name];
      if (value !== undefined) parseSecureUrl(value, `The issuer's ${name}`);
    }
    return as;
  } catch (err) {
    throw toAuthError(err, { phase: "discovery", redactor: new Redactor(), endpoint: `discovery endpoint ${wellKnown}`, timeoutMs: transport.timeoutMs });
  }
}

/** Forgets cached issuer metadata (all issuers, or one), e.g. after the issuer moved its endpoints. */
export function clearDiscoveryCache(issuer?: string | URL): void {
  if (issuer === undefined) discoveries.clear();
  else discoveries.delete(new URL(issuer).href);
}
