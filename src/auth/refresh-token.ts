/**
 * Access tokens from a refresh token, for users who signed in with the authorization code flow.
 * Refresh tokens rotate: each refresh may return a new one, which replaces the old one at once and
 * is reported through `onRefreshTokenRotated` so the app can persist it. Refreshes run one at a
 * time per source, across all scope sets, because a rotated refresh token is single-use.
 */
import * as oauth from "oauth4webapi";
import { resolveClientAuth } from "./client-auth.js";
import { DpopKey } from "./dpop.js";
import { authError } from "./error-mapping.js";
import { resolveIssuerOptions, resolveResource, resolveScopeList, type ClientAuthOptions, type IssuerOptions } from "./options.js";
import { defineRedactedView, Redactor } from "./redaction.js";
import { TokenCache } from "./token-cache.js";
import { accessTokenOf, runGrant, type GrantContext } from "./token-endpoint.js";
import type { AccessToken, DpopBinding, GetTokenOptions, TokenSource } from "./token-source.js";

/** What a refresh-token source needs besides the issuer and client authentication. */
export interface RefreshTokenParameters {
  /** The refresh token from the sign-in (or the last one reported by `onRefreshTokenRotated`). */
  readonly refreshToken: string;
  /**
   * Called once per rotation with the new refresh token, before the access token is handed out;
   * persist it (the old one is now spent). If it throws, that `getToken` call rejects with your
   * error, and the new refresh token is still the one used next.
   */
  readonly onRefreshTokenRotated: (refreshToken: string) => void | Promise<void>;
  /** The access token that came with the refresh token, used until it needs refreshing. */
  readonly accessToken?: AccessToken;
  /** A fixed scope list for every refresh (at most what the user granted). Without it each call asks for its own scopes. */
  readonly scope?: readonly string[];
  /** Resource indicator (RFC 8707), normally the API base URL. */
  readonly resource?: string;
}

/** Options of {@link refreshTokenSource}. */
export interface RefreshTokenSourceOptions extends IssuerOptions, ClientAuthOptions, RefreshTokenParameters {}

/** Internals shared with the authorization code flow, so its refresh sources reuse its DPoP key. */
export interface RefreshTokenSourceInternals {
  readonly redactor?: Redactor;
  readonly dpop?: DpopKey | undefined;
}

class RefreshTokenSource implements TokenSource {
  declare readonly dpop?: DpopBinding;
  readonly #cache: TokenCache;
  #refreshToken: string;
  // The tail of the refresh queue: each refresh starts after the previous one settled.
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: RefreshTokenSourceOptions, internals: RefreshTokenSourceInternals = {}) {
    const source = "refreshTokenSource";
    const redactor = internals.redactor ?? new Redactor();
    const resolved = resolveIssuerOptions(options, source);
    const clientAuth = resolveClientAuth(options, source, redactor);
    const resource = resolveResource(options.resource, source);
    const fixedScope = resolveScopeList(options.scope, source);
    if (typeof options.refreshToken !== "string" || options.refreshToken === "") {
      throw authError("AUTH_INVALID_OPTIONS", `${source}(): \`refreshToken\` must be a non-empty string (request the offline_access scope at sign-in).`);
    }
    if (typeof options.onRefreshTokenRotated !== "function") {
      throw authError("AUTH_INVALID_OPTIONS", `${source}(): \`onRefreshTokenRotated\` is required: refresh tokens rotate, and the new one must be persisted.`);
    }
    this.#refreshToken = options.refreshToken;
    redactor.addToken(options.refreshToken);
    const onRotated = options.onRefreshTokenRotated;
    const dpop = internals.dpop ?? (resolved.dpop ? new DpopKey(resolved.clockSkewSeconds, redactor, resolved.timeoutMs) : undefined);
    const ctx: GrantContext = { options: resolved, clientAuth, redactor, dpop };

    const refresh = async (scopes: readonly string[]): Promise<AccessToken> => {
      const additionalParameters = new URLSearchParams();
      if (scopes.length > 0) additionalParameters.set("scope", scopes.join(" "));
      if (resource !== undefined) additionalParameters.set("resource", resource);
      const spent = this.#refreshToken;
      const result = await runGrant(
        ctx,
        "token",
        ({ as, client, auth, options: requestOptions }) =>
          oauth.refreshTokenGrantRequest(as, client, auth, spent, { ...requestOptions, additionalParameters }),
        oauth.processRefreshTokenResponse,
      );
      const rotated = result.response.refresh_token;
      if (rotated !== undefined && rotated !== spent) {
        this.#refreshToken = rotated;
        await onRotated(rotated);
      }
      return accessTokenOf(result, scopes);
    };

    this.#cache = new TokenCache({
      fixedScope,
      clock: resolved.clock,
      refreshSkewMs: resolved.refreshSkewMs,
      resource,
      // The cache is single-flight per scope set; the queue makes it single-flight across sets too.
      fetchToken: (scopes) => {
        const run = this.#queue.then(() => refresh(scopes));
        this.#queue = run.catch(() => undefined);
        return run;
      },
    });
    if (options.accessToken !== undefined) this.#cache.seed(options.accessToken);
    if (dpop) Object.defineProperty(this, "dpop", { value: dpop.binding, enumerable: true });
    defineRedactedView(
      this,
      () => ({ issuer: resolved.issuer.href, clientId: resolved.clientId, clientAuth: clientAuth.method, refreshToken: "[redacted]", dpop: dpop !== undefined }),
      "RefreshTokenSource",
    );
  }

  getToken(scopes: readonly string[], options?: GetTokenOptions): Promise<AccessToken> {
    return this.#cache.get(scopes, options?.signal);
  }

  invalidate(token: AccessToken): void {
    this.#cache.invalidate(token);
  }
}

/** A token source that refreshes access tokens with a (rotating) refresh token. */
export function refreshTokenSource(options: RefreshTokenSourceOptions): TokenSource {
  return new RefreshTokenSource(options);
}

/** For the authorization code flow: a refresh source sharing the flow's redactor and DPoP key. */
export function refreshTokenSourceWith(options: RefreshTokenSourceOptions, internals: RefreshTokenSourceInternals): TokenSource {
  return new RefreshTokenSource(options, internals);
}
