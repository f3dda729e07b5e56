/**
 * Turns whatever a protocol step threw into an {@link AuthError} that is safe to log.
 * oauth4webapi errors can carry the response body (with tokens) or the request parameters in
 * `cause`, so they are never attached as they are: only their code, the OAuth `error` /
 * `error_description` (redacted) and the HTTP status survive.
 */
import * as oauth from "oauth4webapi";
import { AuthError, type AuthErrorCode, type AuthErrorDetails } from "../errors/auth-error.js";
import type { Redactor } from "./redaction.js";

/** Which protocol step failed; decides how ambiguous failures are classified. */
export type Phase = "discovery" | "token" | "callback" | "code-exchange";

export interface ErrorContext {
  readonly phase: Phase;
  readonly redactor: Redactor;
  /** Human label of the endpoint, e.g. `token endpoint http://127.0.0.1:4000/token`. */
  readonly endpoint: string;
  readonly timeoutMs: number;
}

const MAX_DESCRIPTION = 300;

const OAUTH_ERROR_CODES: Record<string, AuthErrorCode> = {
  invalid_client: "AUTH_CLIENT_REJECTED",
  unauthorized_client: "AUTH_CLIENT_REJECTED",
  invalid_scope: "AUTH_INVALID_SCOPE",
  invalid_target: "AUTH_INVALID_SCOPE",
  invalid_grant: "AUTH_INVALID_GRANT",
};

const ADVICE: Record<AuthErrorCode, string> = {
  AUTH_DISCOVERY_FAILED: "Check the issuer URL: it must serve /.well-known/openid-configuration whose `issuer` equals it exactly.",
  AUTH_INSECURE_ISSUER: "Use https:// (plain http is only accepted for localhost, 127.0.0.0/8 and ::1).",
  AUTH_CLIENT_REJECTED:
    "Check the client id, its secret or private key, the client authentication method, the assertion algorithm (PS256/RS256) and audience, and that the public key is registered with the issuer.",
  AUTH_INVALID_SCOPE: "Check that the client is allowed these scopes (and resource) at the authorization server.",
  AUTH_INVALID_GRANT: "The refresh token or authorization code is expired, revoked or already used: sign the user in again.",
  AUTH_AUTHORIZATION_FAILED: "The user or the authorization server ended the sign-in; start a new authorization request.",
  AUTH_TOKEN_ENDPOINT_ERROR: "The authorization server answered with something other than a valid token response; retry later or check the endpoint.",
  AUTH_NETWORK: "Check connectivity to the authorization server (DNS, proxy, firewall, TLS).",
  AUTH_TIMEOUT: "The authorization server is slow or unreachable; retry later or raise `timeoutMs`.",
  AUTH_ABORTED: "The caller aborted the wait.",
  AUTH_STATE_MISMATCH: "The callback does not belong to the saved authorization request (stale tab, replay or CSRF): start a new authorization request.",
  AUTH_ID_TOKEN_INVALID: "Check the saved nonce, the client id (the ID token's audience), the issuer, and the host clock (or `clockSkewSeconds`).",
  AUTH_ID_TOKEN_DECRYPTION_FAILED: "Set `idTokenDecryptionKey` to the private key of the client's registered encryption key.",
  AUTH_INVALID_KEY: "Use a private key as PKCS#8 PEM, a private JWK, or a CryptoKey that matches the algorithm.",
  AUTH_INVALID_OPTIONS: "Check the options passed to the token source.",
  AUTH_MALFORMED_TOKEN:
    "The token source handed out an access token that contains characters not allowed in an HTTP header (CR, LF, NUL or other control characters); fix the token source, or the authorization server that issued it.",
};

/** Builds an AuthError whose message ends with what to check. */
export function authError(code: AuthErrorCode, what: string, details: AuthErrorDetails & { cause?: unknown } = {}): AuthError {
  return new AuthError(code, `${what} ${ADVICE[code]}`, details);
}

/** Classifies `err` from step `ctx.phase` and returns a sanitised AuthError (or `err` itself when it already is one). */
export function toAuthError(err: unknown, ctx: ErrorContext): AuthError {
  if (err instanceof AuthError) return err;
  const r = (s: string): string => ctx.redactor.redact(s);
  const untrusted = (s: string): string => ctx.redactor.redactUntrusted(s);

  if (err instanceof oauth.ResponseBodyError || err instanceof oauth.WWWAuthenticateChallengeError) {
    const { error, description } = oauthErrorOf(err);
    const details = {
      status: err.status,
      protocolCode: err.code,
      cause: sanitizeError(err, ctx.redactor, false),
      ...(error ? { oauthError: untrusted(error).slice(0, 100) } : {}),
      ...(description ? { oauthErrorDescription: untrusted(description).slice(0, MAX_DESCRIPTION) } : {}),
    };
    const code: AuthErrorCode = (error ? OAUTH_ERROR_CODES[error] : undefined) ?? "AUTH_TOKEN_ENDPOINT_ERROR";
    const said = details.oauthError ? `${details.oauthError}${details.oauthErrorDescription ? ` (${details.oauthErrorDescription})` : ""}` : "an error";
    return authError(code, `The ${ctx.endpoint} answered HTTP ${err.status} with ${said}.`, details);
  }

  if (err instanceof oauth.AuthorizationResponseError) {
    const description = err.error_description ? untrusted(err.error_description).slice(0, MAX_DESCRIPTION) : undefined;
    const error = untrusted(err.error).slice(0, 100);
    return authError("AUTH_AUTHORIZATION_FAILED", `The authorization callback carried error ${error}${description ? ` (${description})` : ""}.`, {
      oauthError: error,
      protocolCode: err.code,
      cause: sanitizeError(err, ctx.redactor, false),
      ...(description ? { oauthErrorDescription: description } : {}),
    });
  }

  if (err instanceof oauth.OperationProcessingError || err instanceof oauth.UnsupportedOperationError) {
    const protocolCode = err.code;
    const status = err.cause instanceof Response ? err.cause.status : undefined;
    const details = { cause: sanitizeError(err, ctx.redactor, false), ...(protocolCode ? { protocolCode } : {}), ...(status ? { status } : {}) };
    const message = r(err.message);
    if (protocolCode === oauth.HTTP_REQUEST_FORBIDDEN || protocolCode === oauth.REQUEST_PROTOCOL_FORBIDDEN) {
      return authError("AUTH_INSECURE_ISSUER", `Refused a non-HTTPS request to the ${ctx.endpoint}.`, details);
    }
    if (ctx.phase === "discovery") {
      return authError("AUTH_DISCOVERY_FAILED", `Discovery at ${ctx.endpoint} failed: ${message}${status ? ` (HTTP ${status})` : ""}.`, details);
    }
    if (ctx.phase === "callback") {
      const code = /"state"/.test(err.message) ? "AUTH_STATE_MISMATCH" : "AUTH_AUTHORIZATION_FAILED";
      return authError(code, `The authorization callback was rejected: ${message}.`, details);
    }
    if (ctx.phase === "code-exchange" && isIdTokenFailure(err)) {
      return authError("AUTH_ID_TOKEN_INVALID", `The ID token was rejected: ${message}.`, details);
    }
    return authError("AUTH_TOKEN_ENDPOINT_ERROR", `The ${ctx.endpoint} gave an unusable answer${status ? ` (HTTP ${status})` : ""}: ${message}.`, details);
  }

  const name = err instanceof Error ? err.name : typeof err;
  if (name === "TimeoutError") {
    return authError("AUTH_TIMEOUT", `The ${ctx.endpoint} did not answer within ${ctx.timeoutMs} ms.`, { cause: sanitizeError(err, ctx.redactor, true) });
  }
  if (name === "AbortError") {
    return authError("AUTH_ABORTED", `The request to the ${ctx.endpoint} was aborted.`, { cause: sanitizeError(err, ctx.redactor, true) });
  }
  const argCode = err instanceof TypeError ? (err as { code?: unknown }).code : undefined;
  if (typeof argCode === "string" && argCode.startsWith("ERR_INVALID_ARG")) {
    return authError("AUTH_INVALID_OPTIONS", `Invalid argument: ${r((err as Error).message)}.`, { cause: sanitizeError(err, ctx.redactor, false) });
  }
  // Anything else came out of fetch: DNS, refused connection, TLS, reset.
  return authError("AUTH_NETWORK", `Could not reach the ${ctx.endpoint}.`, { cause: sanitizeError(err, ctx.redactor, true) });
}

function oauthErrorOf(err: oauth.ResponseBodyError | oauth.WWWAuthenticateChallengeError): { error?: string; description?: string } {
  if (err instanceof oauth.ResponseBodyError) {
    return { error: err.error, ...(typeof err.error_description === "string" ? { description: err.error_description } : {}) };
  }
  const challenge = err.cause.find((c) => typeof c.parameters.error === "string") ?? err.cause[0];
  const error = challenge?.parameters.error;
  const description = challenge?.parameters.error_description;
  return { ...(error ? { error } : {}), ...(description ? { description } : {}) };
}

function isIdTokenFailure(err: Error & { code?: string }): boolean {
  return (
    err.code === oauth.JWT_TIMESTAMP_CHECK ||
    err.code === oauth.JWT_CLAIM_COMPARISON ||
    err.code === oauth.KEY_SELECTION ||
    /JWT|ID Token|id_token|JSON Web Key Set|JWS/.test(err.message)
  );
}

/**
 * A copy of `err` with only name, redacted message and stack, and string `code`. With
 * `keepChain` the causes (e.g. `ECONNREFUSED` under `fetch failed`) are copied the same way;
 * oauth4webapi's causes are dropped because they hold bodies, responses or parameters.
 */
export function sanitizeError(err: unknown, redactor: Redactor, keepChain: boolean, depth = 0): Error | undefined {
  if (!(err instanceof Error)) return undefined;
  const cause = keepChain && depth < 4 ? sanitizeError(err.cause, redactor, true, depth + 1) : undefined;
  const copy = new Error(redactor.redact(err.message), cause ? { cause } : undefined);
  Object.defineProperty(copy, "name", { value: err.name, enumerable: false, configurable: true, writable: true });
  copy.stack = redactor.redact(err.stack ?? `${err.name}: ${err.message}`);
  const code = (err as { code?: unknown }).code;
  if (typeof code === "string") Object.defineProperty(copy, "code", { value: code, enumerable: true });
  return copy;
}
