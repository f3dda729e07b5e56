/**
 * Authorization code + PKCE for a confidential backend (Jack Henry requires a backend for
 * user-delegated access): build the authorization URL, handle the callback (state, code exchange,
 * ID-token validation with nonce), then keep access tokens coming with the refresh token. The
 * flow checks its options at construction; its requests (authorization-code-grant.ts) load on first use.
 */
import type * as oauth from "oauth4webapi";
import { authError } from "./auth-error-advice.js";
import type { AuthorizationCodeSettings } from "./authorization-code-grant.js";
import { createGrantContext, deriveGrantContext, describeContext, type GrantContext } from "./grant-context.js";
import { idTokenDecryptor, type IdTokenDecryptionOptions } from "./id-token-decryption.js";
import { parseSecureUrl } from "./issuer.js";
import { tokenRequests } from "./lazy-module.js";
import type { ClientAuthOptions, IssuerOptions } from "./options.js";
import { defineRedactedView } from "./redaction.js";
import { refreshTokenSourceFor, type RefreshTokenParameters } from "./refresh-token.js";
import type { AccessToken, TokenSource } from "./token-source.js";

/** Options of {@link authorizationCode}. */
export interface AuthorizationCodeOptions extends IssuerOptions, ClientAuthOptions, IdTokenDecryptionOptions {
  /** Your callback URL, registered with the client. `https://`, or `http://` on loopback for development. */
  readonly redirectUri: string;
  /** Scopes to ask the user for; `openid` is always added. Add `offline_access` to get a refresh token. @default ["openid"] */
  readonly scope?: readonly string[];
  /** Resource indicator (RFC 8707), normally the API base URL. */
  readonly resource?: string;
}

/** Per-request additions to the authorization URL. */
export interface AuthorizationRequestParameters {
  /** Scopes for this sign-in instead of the configured ones (`openid` is always added). */
  readonly scope?: readonly string[];
  /** OpenID Connect `prompt`, e.g. `"login"` or `"consent"`. */
  readonly prompt?: string;
  /** OpenID Connect `login_hint`. */
  readonly loginHint?: string;
  /** Any other parameters; they can't replace the PKCE, state, nonce or client parameters. */
  readonly additionalParameters?: Readonly<Record<string, string>>;
}

/** Keep `state`, `nonce` and `codeVerifier` in the user's server-side session; redirect the browser to `url`. */
export interface AuthorizationRequest {
  readonly url: URL;
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

/** What {@link AuthorizationCodeFlow.handleAuthorizationCallback} needs back from the session. */
export type SavedAuthorizationRequest = Pick<AuthorizationRequest, "state" | "nonce" | "codeVerifier">;

/** A completed sign-in. `refreshToken` and `idToken` are getters: no serialisation or inspection shows them. */
export interface AuthorizationResult {
  /** The validated ID token claims (`sub`, `iss`, `aud`, `exp`, …). */
  readonly claims: oauth.IDToken;
  readonly accessToken: AccessToken;
  /** Present when `offline_access` was granted; give it to `refreshTokenSource`. */
  readonly refreshToken: string | undefined;
  /** The raw ID token as it arrived (the JWE when it was encrypted), e.g. as `id_token_hint` at logout. */
  readonly idToken: string;
}

/** The authorization code flow of one client; create it once and share it. */
export interface AuthorizationCodeFlow {
  /** Builds the authorization URL with fresh PKCE verifier, state and nonce. */
  createAuthorizationRequest(parameters?: AuthorizationRequestParameters): Promise<AuthorizationRequest>;
  /** Checks the callback's state, exchanges the code, decrypts an encrypted ID token and validates it (signature, iss, aud, exp, nonce). */
  handleAuthorizationCallback(callbackUrl: string | URL, saved: SavedAuthorizationRequest, options?: { readonly signal?: AbortSignal }): Promise<AuthorizationResult>;
  /** A token source that keeps the user's access tokens fresh with the refresh token, sharing this flow's settings and DPoP key. */
  refreshTokenSource(parameters: RefreshTokenParameters): TokenSource;
}

/** The authorization code + PKCE flow for a confidential client. */
export function authorizationCode(options: AuthorizationCodeOptions): AuthorizationCodeFlow {
  const source = "authorizationCode";
  const base = createGrantContext(options, source);
  // Its refresh-token sources inherit the decryption: refreshed ID tokens are encrypted alike.
  const ctx: GrantContext = { ...base, decryptIdToken: idTokenDecryptor(options.idTokenDecryptionKey, source, base.redactor) };
  if (typeof options.redirectUri !== "string") throw authError("AUTH_INVALID_OPTIONS", `${source}(): \`redirectUri\` is required.`);
  parseSecureUrl(options.redirectUri, `${source}(): \`redirectUri\``);
  const redirectUri = options.redirectUri;
  const settings: AuthorizationCodeSettings = { ctx, redirectUri, scope: ctx.scope ?? [] };

  const flow: AuthorizationCodeFlow = {
    async createAuthorizationRequest(parameters = {}) {
      return (await tokenRequests()).createAuthorizationRequest(settings, parameters);
    },
    async handleAuthorizationCallback(callbackUrl, saved, callOptions = {}) {
      return (await tokenRequests()).handleAuthorizationCallback(settings, callbackUrl, saved, callOptions);
    },
    refreshTokenSource(parameters) {
      // The sign-in scope is not the refresh scope: each refresh asks for what its calls need, or `parameters.scope`.
      return refreshTokenSourceFor(deriveGrantContext(ctx, parameters, "refreshTokenSource"), parameters);
    },
  };
  defineRedactedView(flow, () => ({ ...describeContext(ctx), redirectUri }), "AuthorizationCodeFlow");
  return flow;
}
