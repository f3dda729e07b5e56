/**
 * Turns whatever a protocol step threw into an {@link AuthError} that is safe to log.
 * oauth4webapi errors can carry the response body (with tokens) or the request parameters in
 * `cause`, so they are never attached as they are: only their code, the OAuth `error` /
 * `error_description` (redacted) and the HTTP status survive.
 */
import * as oauth from "oauth4webapi";
import { AuthError, type AuthErrorCode } from "../errors/auth-error.js";
import { sanitizeError } from "../utils/sanitize-error.js";
import { authError } from "./auth-error-advice.js";
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
