/**
 * How requests reach the authorization server: a deadline per request that also bounds reading
 * its body, optional custom fetch, and oauth4webapi's `allowInsecureRequests` only for loopback
 * issuers. Part of the token-request side, loaded with the first token request.
 */
import * as oauth from "oauth4webapi";
import { AuthError, type AuthErrorCode } from "../errors/auth-error.js";
import { createDeadline } from "../utils/deadline.js";
import { readBody } from "../utils/read-body.js";
import { redactUrl } from "../utils/redact-url.js";
import { isInsecureLoopback } from "./issuer.js";
import type { ResolvedIssuerOptions } from "./options.js";

/** Transport settings of one source. */
export interface Transport {
  readonly issuer: URL;
  readonly timeoutMs: number;
  readonly fetch: typeof fetch | undefined;
  /** Cap on each response body, in decoded bytes. */
  readonly maxResponseBytes: number;
}

/** The transport settings of a source's options. */
export function transportOf(options: ResolvedIssuerOptions): Transport {
  return { issuer: options.issuer, timeoutMs: options.timeoutMs, fetch: options.fetch, maxResponseBytes: options.maxResponseBytes };
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
