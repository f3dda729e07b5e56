/** The client credentials grant (machine to machine), the way Jack Henry Identity expects it: private_key_jwt. */
import * as oauth from "oauth4webapi";
import { CachedTokenSource } from "./cached-token-source.js";
import { createGrantContext } from "./grant-context.js";
import type { ClientAuthOptions, IssuerOptions } from "./options.js";
import { accessTokenOf, grantParameters, runGrant } from "./token-endpoint.js";
import type { TokenSource } from "./token-source.js";

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
 * early, and fetched once however many calls wait for them.
 */
export function clientCredentials(options: ClientCredentialsOptions): TokenSource {
  const ctx = createGrantContext(options, "clientCredentials");
  return new CachedTokenSource(ctx, {
    label: "ClientCredentialsTokenSource",
    fetchToken: async (scopes) => {
      const parameters = grantParameters(ctx, scopes);
      const result = await runGrant(
        ctx,
        "token",
        ({ as, client, auth, options: requestOptions }) => oauth.clientCredentialsGrantRequest(as, client, auth, parameters, requestOptions),
        oauth.processClientCredentialsResponse,
      );
      return accessTokenOf(result, scopes);
    },
  });
}
