/**
 * One place that talks to the token endpoint for every grant: discovery, client authentication,
 * DPoP proof (with one retry on `use_dpop_nonce`), timeout, and error sanitising. Grants only say
 * which oauth4webapi request/process pair to run. Token-request side: loaded with the first request.
 */
import * as oauth from "oauth4webapi";
import { createAccessToken, isHeaderSafeToken } from "./access-token.js";
import { authError } from "./auth-error-advice.js";
import { clientAuthOf } from "./client-auth-method.js";
import { metadataOf } from "./discovery.js";
import { dpopHandle } from "./dpop-proof.js";
import { toAuthError, type Phase } from "./error-mapping.js";
import type { GrantContext } from "./grant-context.js";
import type { Redactor } from "./redaction.js";
import { parseScope } from "./scopes.js";
import type { AccessToken } from "./token-source.js";
import { requestOptions, transportOf, type RequestOptions } from "./transport.js";

/** What a grant request function gets. */
export interface GrantCall {
  readonly as: oauth.AuthorizationServer;
  readonly client: oauth.Client;
  readonly auth: oauth.ClientAuth;
  readonly options: RequestOptions & { DPoP?: oauth.DPoPHandle };
}

/** An oauth4webapi process function for a grant whose response may carry an ID token. */
export type IdTokenProcess = (
  as: oauth.AuthorizationServer,
  client: oauth.Client,
  response: Response,
  options: oauth.ProcessTokenResponseOptions,
) => Promise<oauth.TokenEndpointResponse>;

/** A successful token response and when it arrived (for expiry). */
export interface GrantResult {
  readonly response: oauth.TokenEndpointResponse;
  readonly receivedAt: number;
}

/** Builds the token-request parameters for `scopes` (space-delimited `scope`) and the source's `resource`. */
export function grantParameters(ctx: GrantContext, scopes: readonly string[]): URLSearchParams {
  const parameters = new URLSearchParams();
  if (scopes.length > 0) parameters.set("scope", scopes.join(" "));
  if (ctx.resource !== undefined) parameters.set("resource", ctx.resource);
  return parameters;
}

/** The oauth4webapi client object; `clockSkew` shifts oauth4webapi's clock for JWT checks and assertions. */
export function clientOf(ctx: GrantContext): oauth.Client {
  return { client_id: ctx.options.clientId, [oauth.clockSkew]: ctx.options.clockSkewSeconds };
}

/**
 * Runs `request` then `process` against the token endpoint. A `use_dpop_nonce` answer is retried
 * once (oauth4webapi's handle has cached the nonce by then). Every failure becomes a sanitised AuthError.
 */
export async function runGrant(
  ctx: GrantContext,
  phase: Extract<Phase, "token" | "code-exchange">,
  request: (call: GrantCall) => Promise<Response>,
  process: (as: oauth.AuthorizationServer, client: oauth.Client, response: Response) => Promise<oauth.TokenEndpointResponse>,
  signal?: AbortSignal,
): Promise<GrantResult> {
  const as = await metadataOf(ctx);
  const client = clientOf(ctx);
  const endpoint = `token endpoint ${as.token_endpoint ?? "(missing from discovery)"}`;
  try {
    const auth = await clientAuthOf(ctx.clientAuth);
    const DPoP = ctx.dpop ? await dpopHandle(ctx.dpop) : undefined;
    const options = { ...requestOptions(transportOf(ctx.options), "token", signal), ...(DPoP ? { DPoP } : {}) };
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await request({ as, client, auth, options });
        const receivedAt = ctx.options.clock();
        const result = await process(as, client, response);
        remember(ctx.redactor, result);
        return { response: result, receivedAt };
      } catch (err) {
        if (DPoP && attempt === 0 && oauth.isDPoPNonceError(err)) continue;
        throw err;
      }
    }
  } catch (err) {
    throw toAuthError(err, { phase, redactor: ctx.redactor, endpoint, timeoutMs: ctx.options.timeoutMs });
  }
}

/**
 * The `process` step of a grant that returns ID tokens (code exchange, refresh): an encrypted ID
 * token is decrypted with the source's key before oauth4webapi checks it (`iss`, `aud`, `exp`,
 * nonce, …), and its signature is then checked against the issuer's JWKS, which oauth4webapi
 * leaves to the caller for token endpoint answers.
 */
export function withIdToken(
  ctx: GrantContext,
  process: IdTokenProcess,
  signal?: AbortSignal,
): (as: oauth.AuthorizationServer, client: oauth.Client, response: Response) => Promise<oauth.TokenEndpointResponse> {
  return async (as, client, response) => {
    const result = await process(as, client, response, ctx.decryptIdToken ? { [oauth.jweDecrypt]: ctx.decryptIdToken } : {});
    if (result.id_token === undefined) return result;
    if (as.jwks_uri === undefined) {
      throw authError("AUTH_DISCOVERY_FAILED", `The issuer ${ctx.options.issuer.href} advertises no jwks_uri, so the ID token's signature can't be checked.`);
    }
    try {
      await oauth.validateApplicationLevelSignature(as, response, requestOptions(transportOf(ctx.options), "jwks", signal));
    } catch (err) {
      // Classified as an ID-token check (what this step is), named after the endpoint it reached.
      throw toAuthError(err, { phase: "code-exchange", redactor: ctx.redactor, endpoint: `JWKS endpoint ${as.jwks_uri}`, timeoutMs: ctx.options.timeoutMs });
    }
    return result;
  };
}

function remember(redactor: Redactor, response: oauth.TokenEndpointResponse): void {
  redactor.addToken(response.access_token);
  redactor.addToken(response.refresh_token);
  redactor.addToken(response.id_token);
}

/**
 * The AccessToken for a response: granted scopes (or the requested ones when the server didn't
 * say), and expiry = arrival + `expires_in` (undefined without it, so it won't be cached). A token
 * that can't go into a header is refused here, so no caller ever holds it and nothing caches it.
 */
export function accessTokenOf(result: GrantResult, requested: readonly string[]): AccessToken {
  const { response, receivedAt } = result;
  if (!isHeaderSafeToken(response.access_token)) {
    // Never quoted: the value is a credential, and its control characters would garble any log line.
    throw authError(
      "AUTH_MALFORMED_TOKEN",
      "The token endpoint returned an access_token with characters outside visible ASCII (0x21-0x7E), so it can't be sent in an Authorization header; it was discarded.",
    );
  }
  return createAccessToken(response.access_token, {
    type: response.token_type === "dpop" ? "DPoP" : "Bearer",
    scopes: parseScope(response.scope) ?? requested,
    expiresAt: response.expires_in === undefined ? undefined : receivedAt + response.expires_in * 1000,
  });
}
