import { EntityManagementError } from "./entity-management-error.js";

/**
 * Machine-readable reasons a token could not be obtained. Each message says what to check.
 * - `AUTH_DISCOVERY_FAILED`: the issuer's `/.well-known/openid-configuration` is missing or invalid.
 * - `AUTH_INSECURE_ISSUER`: an `http://` issuer or endpoint that is not loopback.
 * - `AUTH_CLIENT_REJECTED`: `invalid_client` / `unauthorized_client` (client id, secret, key, `aud`, algorithm).
 * - `AUTH_INVALID_SCOPE`: `invalid_scope` / `invalid_target` (scope or resource not allowed for this client).
 * - `AUTH_INVALID_GRANT`: `invalid_grant` (refresh token or code expired, revoked or already used).
 * - `AUTH_AUTHORIZATION_FAILED`: the authorization callback carried an error (e.g. `access_denied`).
 * - `AUTH_TOKEN_ENDPOINT_ERROR`: 5xx, a non-JSON or malformed answer, an unsupported `token_type`.
 * - `AUTH_NETWORK`, `AUTH_TIMEOUT`, `AUTH_ABORTED`: transport failures and the caller's abort.
 * - `AUTH_STATE_MISMATCH`: the callback's `state` is not the one saved with the request.
 * - `AUTH_ID_TOKEN_INVALID`: signature, `iss`, `aud`, `exp`/`iat` or `nonce` check of the ID token failed.
 * - `AUTH_ID_TOKEN_DECRYPTION_FAILED`: an encrypted ID token arrived without `idTokenDecryptionKey`, or doesn't decrypt with it (wrong key, algorithm not allowed, not a JWE).
 * - `AUTH_INVALID_KEY`: a private key (`privateKey`, `idTokenDecryptionKey`) can't be imported or doesn't fit its use.
 * - `AUTH_INVALID_OPTIONS`: options rejected up front.
 * - `AUTH_MALFORMED_TOKEN`: an access token with characters an HTTP header can't carry (CR, LF, NUL, other controls).
 */
export type AuthErrorCode =
  | "AUTH_DISCOVERY_FAILED"
  | "AUTH_INSECURE_ISSUER"
  | "AUTH_CLIENT_REJECTED"
  | "AUTH_INVALID_SCOPE"
  | "AUTH_INVALID_GRANT"
  | "AUTH_AUTHORIZATION_FAILED"
  | "AUTH_TOKEN_ENDPOINT_ERROR"
  | "AUTH_NETWORK"
  | "AUTH_TIMEOUT"
  | "AUTH_ABORTED"
  | "AUTH_STATE_MISMATCH"
  | "AUTH_ID_TOKEN_INVALID"
  | "AUTH_ID_TOKEN_DECRYPTION_FAILED"
  | "AUTH_INVALID_KEY"
  | "AUTH_INVALID_OPTIONS"
  | "AUTH_MALFORMED_TOKEN";

/** Sanitised protocol details kept from the underlying failure (never response bodies or tokens). */
export interface AuthErrorDetails {
  /** HTTP status of the authorization server's answer, when there was one. */
  readonly status?: number;
  /** The OAuth `error` code the server sent, e.g. `invalid_client`. */
  readonly oauthError?: string;
  /** The server's `error_description`, with known secrets and anything token-shaped removed. */
  readonly oauthErrorDescription?: string;
  /** oauth4webapi's error code, e.g. `OAUTH_JWT_CLAIM_COMPARISON_FAILED`. */
  readonly protocolCode?: string;
}

/** Thrown (as a rejection) by every token source; `code` says what went wrong. Carries no secret or token. */
export class AuthError extends EntityManagementError {
  declare readonly code: AuthErrorCode;
  /** HTTP status of the authorization server's answer, when there was one. */
  readonly status: number | undefined;
  /** The OAuth `error` code the server sent. */
  readonly oauthError: string | undefined;
  /** The server's `error_description`, redacted. */
  readonly oauthErrorDescription: string | undefined;
  /** oauth4webapi's error code. */
  readonly protocolCode: string | undefined;

  constructor(code: AuthErrorCode, message: string, options: AuthErrorDetails & { cause?: unknown } = {}) {
    super(code, message, "cause" in options ? { cause: options.cause } : undefined);
    this.status = options.status;
    this.oauthError = options.oauthError;
    this.oauthErrorDescription = options.oauthErrorDescription;
    this.protocolCode = options.protocolCode;
  }
}
