/** The refresh token grant request (token-request side of refresh-token.ts). */
import * as oauth from "oauth4webapi";
import type { GrantContext } from "./grant-context.js";
import { accessTokenOf, grantParameters, runGrant, withIdToken } from "./token-endpoint.js";
import type { AccessToken } from "./token-source.js";

/** Redeems `spent` for a token for `scopes`; `rotated` is the refresh token that replaced it, if the server rotated it. */
export async function redeemRefreshToken(
  ctx: GrantContext,
  spent: string,
  scopes: readonly string[],
): Promise<{ readonly token: AccessToken; readonly rotated: string | undefined }> {
  const additionalParameters = grantParameters(ctx, scopes);
  const result = await runGrant(
    ctx,
    "token",
    ({ as, client, auth, options }) => oauth.refreshTokenGrantRequest(as, client, auth, spent, { ...options, additionalParameters }),
    withIdToken(ctx, oauth.processRefreshTokenResponse),
  );
  const rotated = result.response.refresh_token;
  return { token: accessTokenOf(result, scopes), rotated: rotated !== undefined && rotated !== spent ? rotated : undefined };
}
