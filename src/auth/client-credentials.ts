/**
 * The client credentials grant (machine to machine), the way Jack Henry Identity expects it:
 * private_key_jwt. Construction only checks options; the token request loads on first need.
 */
import { CachedTokenSource } from "./cached-token-source.js";
import { shareTokens } from "./fleet-loading.js";
import { createGrantContext } from "./grant-context.js";
import { tokenRequests } from "./lazy-module.js";
import type { ClientAuthOptions, IssuerOptions } from "./options.js";
import type { AccessToken, TokenSource } from "./token-source.js";

/** Options of {@link clientCredentials}. */
export interface ClientCredentialsOptions extends IssuerOptions, ClientAuthOptions {
  /**
   * A fixed scope list requested for every token, whatever the call needs; use it when the client
   * is configured for one scope set. Without it each `getToken(scopes)` asks for exactly those scopes.
   */
  readonly scope?: readonly string[];
  /** Resource indicator (RFC 8707), normally the API base URL, sent with every token request. */
  readonly resource?: string;
}

/**
 * A token source for the client credentials grant. Tokens are cached per scope set, refreshed
 * early, and fetched once however many calls wait for them (with `store`: however many processes).
 */
export function clientCredentials(options: ClientCredentialsOptions): TokenSource {
  const ctx = createGrantContext(options, "clientCredentials");
  const fetchToken = async (scopes: readonly string[]): Promise<AccessToken> => (await tokenRequests()).requestClientCredentialsToken(ctx, scopes);
  return new CachedTokenSource(ctx, { label: "ClientCredentialsTokenSource", fetchToken, shared: shareTokens(ctx, fetchToken) });
}
