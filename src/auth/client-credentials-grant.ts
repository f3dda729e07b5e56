/** The client credentials token request (token-request side of client-credentials.ts). */
import * as oauth from "oauth4webapi";
import type { GrantContext } from "./grant-context.js";
import { accessTokenOf, grantParameters, runGrant } from "./token-endpoint.js";
import type { AccessToken } from "./token-source.js";

/** Asks the token endpoint for a token for `scopes` with the source's client authentication. */
export async function requestClientCredentialsToken(ctx: GrantContext, scopes: readonly string[]): Promise<AccessToken> {
  const parameters = grantParameters(ctx, scopes);
  const result = await runGrant(
    ctx,
    "token",
    ({ as, client, auth, options }) => oauth.clientCredentialsGrantRequest(as, client, auth, parameters, options),
    oauth.processClientCredentialsResponse,
  );
  return accessTokenOf(result, scopes);
}
