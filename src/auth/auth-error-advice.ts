/** Every AuthError's message ends with what to check: the advice for its code. */
import { AuthError, type AuthErrorCode, type AuthErrorDetails } from "../errors/auth-error.js";

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
