/**
 * Authorization code + PKCE for a confidential backend (Jack Henry requires a backend for
 * user-delegated access): build the authorization URL, handle the callback (state, code exchange,
 * ID-token validation with nonce), then keep access tokens coming with the refresh token.
 */
import * as oauth from "oauth4webapi";
import { describeAccessToken } from "./access-token.js";
import { authError } from "./auth-error-advice.js";
import { toAuthError } from "./error-mapping.js";
import { createGrantContext, deriveGrantContext, describeContext, type GrantContext } from "./grant-context.js";
import { idTokenDecryptor, type IdTokenDecryptionOptions } from "./id-token-decryption.js";
import { parseSecureUrl } from "./issuer.js";
import { resolveScopeList, type ClientAuthOptions, type IssuerOptions } from "./options.js";
import { defineRedactedView, inspectCustom } from "./redaction.js";
import { refreshTokenSourceFor, type RefreshTokenParameters } from "./refresh-token.js";
import { normalizeScopes } from "./scopes.js";
import { accessTokenOf, clientOf, metadataOf, runGrant, withIdToken } from "./token-endpoint.js";
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

const RESERVED = new Set(["client_id", "redirect_uri", "response_type", "scope", "state", "nonce", "code_challenge", "code_challenge_method"]);

class Result implements AuthorizationResult {
  readonly claims: oauth.IDToken;
  readonly accessToken: AccessToken;
  readonly #refreshToken: string | undefined;
  readonly #idToken: string;

  constructor(claims: oauth.IDToken, accessToken: AccessToken, refreshToken: string | undefined, idToken: string) {
    this.claims = claims;
    this.accessToken = accessToken;
    this.#refreshToken = refreshToken;
    this.#idToken = idToken;
  }

  get refreshToken(): string | undefined {
    return this.#refreshToken;
  }

  get idToken(): string {
    return this.#idToken;
  }

  toJSON(): Record<string, unknown> {
    return { claims: this.claims, accessToken: this.accessToken, refreshToken: this.#refreshToken ? "[redacted]" : undefined, idToken: "[redacted]" };
  }

  toString(): string {
    return `AuthorizationResult(sub ${this.claims.sub}, ${describeAccessToken(this.accessToken)})`;
  }

  [inspectCustom](): string {
    return `AuthorizationResult ${JSON.stringify(this.toJSON())}`;
  }
}

/** The authorization code + PKCE flow for a confidential client. */
export function authorizationCode(options: AuthorizationCodeOptions): AuthorizationCodeFlow {
  const source = "authorizationCode";
  const base = createGrantContext(options, source);
  // Its refresh-token sources inherit the decryption: refreshed ID tokens are encrypted alike.
  const ctx: GrantContext = { ...base, decryptIdToken: idTokenDecryptor(options.idTokenDecryptionKey, source, base.redactor) };
  const { options: resolved, redactor, resource } = ctx;
  const scope = ctx.scope ?? [];
  if (typeof options.redirectUri !== "string") throw authError("AUTH_INVALID_OPTIONS", `${source}(): \`redirectUri\` is required.`);
  parseSecureUrl(options.redirectUri, `${source}(): \`redirectUri\``);
  const redirectUri = options.redirectUri;

  const flow: AuthorizationCodeFlow = {
    async createAuthorizationRequest(parameters = {}) {
      const as = await metadataOf(ctx);
      if (as.authorization_endpoint === undefined) {
        throw authError("AUTH_DISCOVERY_FAILED", `The issuer ${resolved.issuer.href} advertises no authorization_endpoint.`);
      }
      const scopes = normalizeScopes(["openid", ...(resolveScopeList(parameters.scope, "createAuthorizationRequest") ?? scope)]);
      const codeVerifier = oauth.generateRandomCodeVerifier();
      const state = oauth.generateRandomState();
      const nonce = oauth.generateRandomNonce();
      const url = new URL(as.authorization_endpoint);
      for (const [name, value] of Object.entries(parameters.additionalParameters ?? {})) {
        if (RESERVED.has(name)) throw authError("AUTH_INVALID_OPTIONS", `createAuthorizationRequest(): \`additionalParameters\` can't set ${name}.`);
        url.searchParams.set(name, value);
      }
      url.searchParams.set("client_id", resolved.clientId);
      url.searchParams.set("redirect_uri", redirectUri);
      url.searchParams.set("response_type", "code");
      url.searchParams.set("scope", scopes.join(" "));
      url.searchParams.set("state", state);
      url.searchParams.set("nonce", nonce);
      url.searchParams.set("code_challenge", await oauth.calculatePKCECodeChallenge(codeVerifier));
      url.searchParams.set("code_challenge_method", "S256");
      if (parameters.prompt !== undefined) url.searchParams.set("prompt", parameters.prompt);
      if (parameters.loginHint !== undefined) url.searchParams.set("login_hint", parameters.loginHint);
      if (resource !== undefined) url.searchParams.set("resource", resource);
      return { url, state, nonce, codeVerifier };
    },

    async handleAuthorizationCallback(callbackUrl, saved, callOptions = {}) {
      for (const field of ["state", "nonce", "codeVerifier"] as const) {
        if (typeof saved?.[field] !== "string" || saved[field] === "") {
          throw authError("AUTH_INVALID_OPTIONS", `handleAuthorizationCallback(): the saved request has no \`${field}\`; pass what createAuthorizationRequest() returned.`);
        }
      }
      let url: URL;
      try {
        url = new URL(callbackUrl);
      } catch {
        throw authError("AUTH_INVALID_OPTIONS", "handleAuthorizationCallback(): `callbackUrl` is not an absolute URL; pass the full URL the browser was redirected to.");
      }
      const as = await metadataOf(ctx);
      const client = clientOf(ctx);
      let params: URLSearchParams;
      try {
        params = oauth.validateAuthResponse(as, client, url, saved.state);
      } catch (err) {
        throw toAuthError(err, { phase: "callback", redactor, endpoint: "authorization callback", timeoutMs: resolved.timeoutMs });
      }
      const result = await runGrant(
        ctx,
        "code-exchange",
        ({ as: server, client: c, auth, options: requestOptions }) =>
          oauth.authorizationCodeGrantRequest(server, c, auth, params, redirectUri, saved.codeVerifier, {
            ...requestOptions,
            ...(resource !== undefined ? { additionalParameters: { resource } } : {}),
          }),
        withIdToken(
          ctx,
          (server, c, response, processOptions) =>
            oauth.processAuthorizationCodeResponse(server, c, response, { ...processOptions, expectedNonce: saved.nonce, requireIdToken: true }),
          callOptions.signal,
        ),
        callOptions.signal,
      );
      const claims = oauth.getValidatedIdTokenClaims(result.response);
      const idToken = result.response.id_token;
      if (!claims || idToken === undefined) throw authError("AUTH_ID_TOKEN_INVALID", "The token response carried no ID token.");
      return new Result(claims, accessTokenOf(result, []), result.response.refresh_token, idToken);
    },

    refreshTokenSource(parameters) {
      // The sign-in scope is not the refresh scope: each refresh asks for what its calls need, or `parameters.scope`.
      return refreshTokenSourceFor(deriveGrantContext(ctx, parameters, "refreshTokenSource"), parameters);
    },
  };
  defineRedactedView(flow, () => ({ ...describeContext(ctx), redirectUri }), "AuthorizationCodeFlow");
  return flow;
}
