/**
 * How requests reach the authorization server: a deadline per request that also bounds reading
 * its body, optional custom fetch, and oauth4webapi's `allowInsecureRequests` only for loopback
 * issuers. Plus the discovery cache, which belongs to a source (or to the sources it is given to).
 */
import * as oauth from "oauth4webapi";
import { AuthError, type AuthErrorCode } from "../errors/auth-error.js";
import { createDeadline } from "../utils/deadline.js";
import { readBody } from "../utils/read-body.js";
import { redactUrl } from "../utils/redact-url.js";
import { toAuthError } from "./error-mapping.js";
import { isInsecureLoopback, parseSecureUrl } from "./issuer.js";
import { Redactor } from "./redaction.js";

/** Transport settings of one source. */
export interface Transport {
  readonly issuer: URL;
  readonly timeoutMs: number;
  readonly fetch: typeof fetch | undefined;
  /** Cap on each response body, in decoded bytes. */
  readonly maxResponseBytes: number;
}

/** What a request is for: decides the error code of an oversized answer. */
export type Purpose = "discovery" | "token" | "jwks";

const TOO_LARGE: Record<Purpose, { readonly code: AuthErrorCode; readonly what: string }> = {
  discovery: { code: "AUTH_DISCOVERY_FAILED", what: "discovery document" },
  token: { code: "AUTH_TOKEN_ENDPOINT_ERROR", what: "token endpoint's answer" },
  jwks: { code: "AUTH_ID_TOKEN_INVALID", what: "issuer's JWKS" },
};

/** Request options for any oauth4webapi call, shaped to fit all of them. */
export interface RequestOptions {
  [oauth.customFetch]: (url: string, init: oauth.CustomFetchOptions<string, unknown>) => Promise<Response>;
  [oauth.allowInsecureRequests]?: boolean;
}

// Statuses whose Response can't be constructed with a body.
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/**
 * Builds request options; `signal` (the caller's) aborts too when given. Every request is sent
 * through a fetch that reads the whole body, capped in decoded bytes (a small gzip can decode to
 * hundreds of megabytes), under the request's deadline, then releases the deadline: no timer or
 * listener outlives the request, and oauth4webapi gets a body that is already complete.
 */
export function requestOptions(transport: Transport, purpose: Purpose, signal?: AbortSignal): RequestOptions {
  const send = transport.fetch ?? fetch;
  const { code, what } = TOO_LARGE[purpose];
  const options: RequestOptions = {
    [oauth.customFetch]: async (url, init) => {
      const deadline = createDeadline(transport.timeoutMs, signal, `The authorization server did not answer within ${transport.timeoutMs} ms.`);
      const tooLarge = (): AuthError =>
        new AuthError(
          code,
          `The ${what} at ${redactUrl(url)} is larger than ${transport.maxResponseBytes} bytes (counted decompressed), so it was not read. ` +
            "If the authorization server really sends that much, raise the source's `maxResponseBytes` option.",
        );
      try {
        const response = await send(url, { ...(init as RequestInit), signal: deadline.signal });
        return buffered(response, await readBody(response, transport.maxResponseBytes, tooLarge));
      } finally {
        deadline.release();
      }
    },
  };
  // oauth4webapi refuses http:// unless told otherwise; we tell it only for loopback issuers
  // (parseSecureUrl already refused every other http:// issuer and endpoint).
  if (isInsecureLoopback(transport.issuer)) options[oauth.allowInsecureRequests] = true;
  return options;
}

/** A complete, already-read copy of `response`; the body is decoded, so its encoding headers go. */
function buffered(response: Response, body: Uint8Array): Response {
  const headers = new Headers(response.headers);
  headers.delete("content-encoding");
  headers.delete("content-length");
  return new Response(NULL_BODY_STATUSES.has(response.status) ? null : (body as Uint8Array<ArrayBuffer>), { status: response.status, statusText: response.statusText, headers });
}

/** Issuer metadata to share between sources (see `IssuerOptions.discoveryCache`); `clear` forgets it. */
export interface DiscoveryCache {
  /** Forgets the metadata of every issuer in this cache, or of one, e.g. after the issuer moved its endpoints. */
  clear(issuer?: string | URL): void;
}

/** The implementation behind {@link DiscoveryCache}: per issuer, single-flight, failures not cached. */
export class IssuerMetadataCache implements DiscoveryCache {
  readonly #entries = new Map<string, Promise<oauth.AuthorizationServer>>();

  /**
   * The issuer's metadata, from cache or fetched once (concurrent callers share one request) with
   * the asking source's transport. Endpoints must pass the same HTTPS rule as the issuer.
   */
  metadata(transport: Transport): Promise<oauth.AuthorizationServer> {
    const key = transport.issuer.href;
    let pending = this.#entries.get(key);
    if (!pending) {
      pending = fetchMetadata(transport);
      this.#entries.set(key, pending);
      const forget = (): void => {
        if (this.#entries.get(key) === pending) this.#entries.delete(key);
      };
      pending.catch(forget);
    }
    return pending;
  }

  clear(issuer?: string | URL): void {
    if (issuer === undefined) this.#entries.clear();
    else this.#entries.delete(new URL(issuer).href);
  }
}

/** A discovery cache to give several sources (`discoveryCache` option), so they discover each issuer once between them. */
export function createDiscoveryCache(): DiscoveryCache {
  return new IssuerMetadataCache();
}

async function fetchMetadata(transport: Transport): Promise<oauth.AuthorizationServer> {
  const wellKnown = `${transport.issuer.href.replace(/\/$/, "")}/.well-known/openid-configuration`;
  try {
    const response = await oauth.discoveryRequest(transport.issuer, requestOptions(transport, "discovery"));
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
