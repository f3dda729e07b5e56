/**
 * Token handling for Jack Henry Identity (OAuth 2.0 / OpenID Connect), built on oauth4webapi.
 * Every source implements {@link TokenSource}; pass one as the client's `auth` option.
 */

/** The contract between token sources and the API client. */
export type { AccessToken, DpopBinding, GetTokenOptions, TokenSource } from "./token-source.js";
/** Client credentials (machine to machine): private_key_jwt, client_secret_basic or client_secret_post. */
export { clientCredentials, type ClientCredentialsOptions } from "./client-credentials.js";
/** Authorization code + PKCE for a confidential backend: authorization URL, callback, refresh-token source. */
export {
  authorizationCode,
  type AuthorizationCodeFlow,
  type AuthorizationCodeOptions,
  type AuthorizationRequest,
  type AuthorizationRequestParameters,
  type AuthorizationResult,
  type SavedAuthorizationRequest,
} from "./authorization-code.js";
/** The client's key for encrypted (JWE) ID tokens: the `idTokenDecryptionKey` option. */
export type { IdTokenDecryptionKey, IdTokenDecryptionOptions } from "./id-token-decryption.js";
/** Access tokens from a rotating refresh token, e.g. restored from a user's session. */
export { refreshTokenSource, type RefreshTokenParameters, type RefreshTokenSourceOptions } from "./refresh-token.js";
/** A fixed token. */
export { staticToken, type StaticTokenOptions } from "./static-token.js";
/** Wraps a raw token in a redacted AccessToken, for custom token sources. */
export { createAccessToken, type AccessTokenInit } from "./access-token.js";
/** Options shared by the sources that talk to the authorization server. */
export type { ClientAuthOptions, IssuerOptions } from "./options.js";
/** A discovery cache several sources can share (`discoveryCache` option); each source otherwise has its own. */
export { createDiscoveryCache, type DiscoveryCache } from "./discovery-cache.js";
/** The error every source rejects with, and its codes. */
export { AuthError, type AuthErrorCode, type AuthErrorDetails } from "../errors/auth-error.js";
