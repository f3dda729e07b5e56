/** A fixed access token, e.g. one minted by another system or for a quick test. */
import { createAccessToken } from "./access-token.js";
import { authError } from "./auth-error-advice.js";
import { defineRedactedView } from "./redaction.js";
import type { AccessToken, GetTokenOptions, TokenSource } from "./token-source.js";

/** Options of {@link staticToken}. */
export interface StaticTokenOptions {
  /** Scopes the token carries. @default the scopes each call asks for (nothing is checked) */
  readonly scopes?: readonly string[];
  /** Expiry in epoch ms, if known; informational only, the token is handed out regardless. */
  readonly expiresAt?: number;
}

/**
 * Always hands out the same token. `invalidate` can't get a new one: after a 401 the client's
 * single retry fails the same way, which is the honest answer for a fixed token.
 */
export function staticToken(token: string, options: StaticTokenOptions = {}): TokenSource {
  if (typeof token !== "string" || token === "" || /\s/.test(token)) {
    throw authError("AUTH_INVALID_OPTIONS", 'staticToken(): `token` must be a non-empty string without whitespace (the raw token, without "Bearer ").');
  }
  const fixed = options.scopes === undefined ? undefined : createAccessToken(token, { scopes: options.scopes, expiresAt: options.expiresAt });
  const source: TokenSource = {
    getToken(scopes: readonly string[], callOptions?: GetTokenOptions): Promise<AccessToken> {
      if (callOptions?.signal?.aborted) {
        return Promise.reject(authError("AUTH_ABORTED", "Stopped waiting for a token because the caller's signal was aborted.", { cause: callOptions.signal.reason }));
      }
      return Promise.resolve(fixed ?? createAccessToken(token, { scopes, expiresAt: options.expiresAt }));
    },
    invalidate(): void {
      // Nothing to forget: there is no other token to get.
    },
  };
  defineRedactedView(source, () => ({ token: "[redacted]", ...(options.scopes ? { scopes: options.scopes } : {}) }), "StaticTokenSource");
  return source;
}
