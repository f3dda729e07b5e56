/** The requests of the authorization code flow (token-request side of authorization-code.ts): authorization URL, callback and code exchange. */
import * as oauth from "oauth4webapi";
import { authError } from "./auth-error-advice.js";
import type { AuthorizationRequest, AuthorizationRequestParameters, AuthorizationResult, SavedAuthorizationRequest } from "./authorization-code.js";
import { RedactedAuthorizationResult } from "./authorization-result.js";
import { metadataOf } from "./discovery.js";
import { toAuthError } from "./error-mapping.js";
import type { GrantContext } from "./grant-context.js";
import { resolveScopeList } from "./options.js";
import { normalizeScopes } from "./scopes.js";
import { accessTokenOf, clientOf, runGrant, withIdToken } from "./token-endpoint.js";

/** What a flow fixed at construction. */
export interface AuthorizationCodeSettings {
  readonly ctx: GrantContext;
  readonly redirectUri: string;
  /** The configured sign-in scopes (`openid` is added to them). */
  readonly scope: readonly string[];
}

const RESERVED = new Set(["client_id", "redirect_uri", "response_type", "scope", "state", "nonce", "code_challenge", "code_challenge_method"]);

/** Builds the authorization URL with fresh PKCE verifier, state and nonce. */
export async function createAuthorizationRequest(
  { ctx, redirectUri, scope }: AuthorizationCodeSettings,
  parameters: AuthorizationRequestParameters,
): Promise<AuthorizationRequest> {
  const { options: resolved, resource } = ctx;
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
}

/** Checks the callback's state, exchanges the code, decrypts an encrypted ID token and validates it (signature, iss, aud, exp, nonce). */
export async function handleAuthorizationCallback(
  { ctx, redirectUri }: AuthorizationCodeSettings,
  callbackUrl: string | URL,
  saved: SavedAuthorizationRequest,
  callOptions: { readonly signal?: AbortSignal },
): Promise<AuthorizationResult> {
  const { options: resolved, redactor, resource } = ctx;
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
      (server, c, response, processOptions) => oauth.processAuthorizationCodeResponse(server, c, response, { ...processOptions, expectedNonce: saved.nonce, requireIdToken: true }),
      callOptions.signal,
    ),
    callOptions.signal,
  );
  const claims = oauth.getValidatedIdTokenClaims(result.response);
  const idToken = result.response.id_token;
  if (!claims || idToken === undefined) throw authError("AUTH_ID_TOKEN_INVALID", "The token response carried no ID token.");
  return new RedactedAuthorizationResult(claims, accessTokenOf(result, []), result.response.refresh_token, idToken);
}
