/**
 * The contract between token handling (src/auth) and the API client (src/client).
 * A token source hands out access tokens for a set of scopes; the client never sees how.
 */

/** An access token as the client uses it. Its `value` is never enumerable, serialised or inspected. */
export interface AccessToken {
  /** The raw token, for the Authorization header only. */
  readonly value: string;
  /** How the token is presented: `Bearer`, or `DPoP` when bound to the source's DPoP key. */
  readonly type: "Bearer" | "DPoP";
  /** Scopes the authorization server granted (the requested ones when it did not say). */
  readonly scopes: readonly string[];
  /** Expiry in epoch milliseconds; `undefined` when the server sent no `expires_in`. */
  readonly expiresAt: number | undefined;
}

/** Per-call options for {@link TokenSource.getToken}. */
export interface GetTokenOptions {
  /** Aborts waiting for the token (the shared request itself keeps going for other callers). */
  readonly signal?: AbortSignal;
}

/** DPoP proofs for API requests, present on sources created with DPoP enabled. */
export interface DpopBinding {
  /** Adds the `DPoP` proof header for one API request made with `token`. */
  addProof(url: URL, headers: Headers, method: string, token: AccessToken): Promise<void>;
  /** Learns a `DPoP-Nonce` from an API response; `true` when it was a `use_dpop_nonce` challenge worth one retry. */
  handleResponse(response: Response): boolean;
}

/** Hands out access tokens for scope sets; implemented by every source in src/auth. */
export interface TokenSource {
  /** Returns a token whose granted scopes cover `scopes`, from cache when still fresh. */
  getToken(scopes: readonly string[], options?: GetTokenOptions): Promise<AccessToken>;
  /** Forgets `token` (e.g. after a 401) so the next `getToken` fetches a new one. */
  invalidate(token: AccessToken): void;
  /** Present when tokens are DPoP-bound; the client then adds a proof to every API request. */
  readonly dpop?: DpopBinding;
}
