/**
 * Access tokens from a refresh token, for users who signed in with the authorization code flow.
 * Refresh tokens rotate: each refresh may return a new one, which replaces the old one at once and
 * is reported through `onRefreshTokenRotated` so the app can persist it. Refreshes run one at a
 * time per source, across all scope sets, because a rotated refresh token is single-use; with a
 * `store`, one at a time per refresh token across the fleet (see shared-refresh.ts). The refresh
 * request itself loads with the first refresh (refresh-token-grant.ts).
 */
import { authError } from "./auth-error-advice.js";
import { CachedTokenSource } from "./cached-token-source.js";
import { shareRefreshTokens } from "./fleet-loading.js";
import { createGrantContext, type GrantContext } from "./grant-context.js";
import { idTokenDecryptor, type IdTokenDecryptionOptions } from "./id-token-decryption.js";
import { tokenRequests } from "./lazy-module.js";
import type { ClientAuthOptions, IssuerOptions } from "./options.js";
import type { RefreshChain } from "./shared-refresh.js";
import type { AccessToken, TokenSource } from "./token-source.js";

/** What a refresh-token source needs besides the issuer and client authentication. */
export interface RefreshTokenParameters {
  /** The refresh token from the sign-in (or the last one reported by `onRefreshTokenRotated`). */
  readonly refreshToken: string;
  /**
   * Called once per rotation with the new refresh token, before the access token is handed out;
   * persist it (the old one is now spent). If it throws, that `getToken` call rejects with your
   * error, and the new refresh token is still the one used next. With a `store`, only the process
   * that redeemed the old refresh token is called: once per rotation for the whole fleet.
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
export interface RefreshTokenSourceOptions extends IssuerOptions, ClientAuthOptions, RefreshTokenParameters, IdTokenDecryptionOptions {}

/** A refresh-token source on `ctx` (its own, or one derived from an authorization code flow's). */
export function refreshTokenSourceFor(ctx: GrantContext, parameters: RefreshTokenParameters): TokenSource {
  const { source, redactor } = ctx;
  if (typeof parameters.refreshToken !== "string" || parameters.refreshToken === "") {
    throw authError("AUTH_INVALID_OPTIONS", `${source}(): \`refreshToken\` must be a non-empty string (request the offline_access scope at sign-in).`);
  }
  if (typeof parameters.onRefreshTokenRotated !== "function") {
    throw authError("AUTH_INVALID_OPTIONS", `${source}(): \`onRefreshTokenRotated\` is required: refresh tokens rotate, and the new one must be persisted.`);
  }
  redactor.addToken(parameters.refreshToken);
  const onRotated = parameters.onRefreshTokenRotated;
  // The refresh token to redeem next: the given one, then each one that replaced it.
  const chain: RefreshChain = {
    current: parameters.refreshToken,
    redeem: async (spent, scopes) => (await tokenRequests()).redeemRefreshToken(ctx, spent, scopes),
    rotated: async (refreshToken) => {
      chain.current = refreshToken;
      await onRotated(refreshToken);
    },
  };
  const refresh = async (scopes: readonly string[]): Promise<AccessToken> => {
    const { token, rotated } = await chain.redeem(chain.current, scopes);
    if (rotated !== undefined) await chain.rotated(rotated);
    return token;
  };
  const shared = shareRefreshTokens(ctx, chain, refresh);

  // The tail of the refresh queue: each refresh starts after the previous one settled. The cache is
  // single-flight per scope set; the queue makes it single-flight across sets too.
  let queue: Promise<unknown> = Promise.resolve();
  const fetchToken = (scopes: readonly string[]): Promise<AccessToken> => {
    const run = queue.then(() => (shared ? shared.fetch(scopes) : refresh(scopes)));
    queue = run.catch(() => undefined);
    return run;
  };
  return new CachedTokenSource(ctx, {
    label: "RefreshTokenSource",
    summary: () => ({ refreshToken: "[redacted]" }),
    seed: parameters.accessToken,
    fetchToken,
    shared: shared && { fetch: fetchToken, invalidate: (token) => shared.invalidate(token) },
  });
}

/** A token source that refreshes access tokens with a (rotating) refresh token. */
export function refreshTokenSource(options: RefreshTokenSourceOptions): TokenSource {
  const ctx = createGrantContext(options, "refreshTokenSource");
  return refreshTokenSourceFor({ ...ctx, decryptIdToken: idTokenDecryptor(options.idTokenDecryptionKey, "refreshTokenSource", ctx.redactor) }, options);
}
