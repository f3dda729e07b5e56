/** The client credentials grant (machine to machine), the way Jack Henry Identity expects it: private_key_jwt. */
import * as oauth from "oauth4webapi";
import { resolveClientAuth } from "./client-auth.js";
import { DpopKey } from "./dpop.js";
import { resolveIssuerOptions, resolveResource, resolveScopeList, type ClientAuthOptions, type IssuerOptions } from "./options.js";
import { defineRedactedView, Redactor } from "./redaction.js";
import { TokenCache } from "./token-cache.js";
import { accessTokenOf, runGrant, type GrantContext } from "./token-endpoint.js";
import type { AccessToken, DpopBinding, GetTokenOptions, TokenSource } from "./token-source.js";

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

class ClientCredentialsSource implements TokenSource {
  declare readonly dpop?: DpopBinding;
  readonly #cache: TokenCache;

  constructor(options: ClientCredentialsOptions) {
    const source = "clientCredentials";
    const redactor = new Redactor();
    const resolved = resolveIssuerOptions(options, source);
    const clientAuth = resolveClientAuth(options, source, redactor);
    const resource = resolveResource(options.resource, source);
    const fixedScope = resolveScopeList(options.scope, source);
    const dpop = resolved.dpop ? new DpopKey(resolved.clockSkewSeconds, redactor, resolved.timeoutMs) : undefined;
    const ctx: GrantContext = { options: resolved, clientAuth, redactor, dpop };

    this.#cache = new TokenCache({
      fixedScope,
      clock: resolved.clock,
      refreshSkewMs: resolved.refreshSkewMs,
      resource,
      fetchToken: async (scopes) => {
        const parameters = new URLSearchParams();
        if (scopes.length > 0) parameters.set("scope", scopes.join(" "));
        if (resource !== undefined) parameters.set("resource", resource);
        const result = await runGrant(
          ctx,
          "token",
          ({ as, client, auth, options: requestOptions }) => oauth.clientCredentialsGrantRequest(as, client, auth, parameters, requestOptions),
          oauth.processClientCredentialsResponse,
        );
        return accessTokenOf(result, scopes);
      },
    });
    if (dpop) Object.defineProperty(this, "dpop", { value: dpop.binding, enumerable: true });
    defineRedactedView(
      this,
      () => ({
        issuer: resolved.issuer.href,
        clientId: resolved.clientId,
        clientAuth: clientAuth.method,
        ...(clientAuth.algorithm ? { algorithm: clientAuth.algorithm } : {}),
        ...(fixedScope ? { scope: fixedScope } : {}),
        ...(resource ? { resource } : {}),
        dpop: resolved.dpop,
      }),
      "ClientCredentialsTokenSource",
    );
  }

  getToken(scopes: readonly string[], options?: GetTokenOptions): Promise<AccessToken> {
    return this.#cache.get(scopes, options?.signal);
  }

  invalidate(token: AccessToken): void {
    this.#cache.invalidate(token);
  }
}

/**
 * A token source for the client credentials grant. Tokens are cached per scope set, refreshed
 * early, and fetched once however many calls wait for them.
 */
export function clientCredentials(options: ClientCredentialsOptions): TokenSource {
  return new ClientCredentialsSource(options);
}
