/**
 * Where the sandbox's authorization server departs from oidc-provider's strict defaults when a
 * user signs in, to behave like a typical enterprise identity provider (and so that the README's
 * authorization-code example works as written):
 * - `offline_access` is honoured without `prompt=consent`. OpenID Connect Core §11 lets a server
 *   ignore it otherwise, and oidc-provider does; here the request is treated as asking for
 *   consent, so the consent step grants it and a refresh token comes with the code.
 * - A request that names no API scope is granted every API scope its client is registered for
 *   (the client's default scope), so a refresh can later ask for any of them.
 * It rewrites the query of GET authorization requests, which is how browsers and the client send them.
 */
import type { ClientMetadata } from "oidc-provider";

/** What {@link signInPolicy} needs to know. */
export interface SignInPolicyOptions {
  /** The authorization endpoint's path, e.g. `/auth`. */
  readonly authorizationPath: string;
  /** Every registered client. */
  readonly clients: readonly ClientMetadata[];
  /** The scopes of the API (not `openid` or `offline_access`). */
  readonly apiScopes: readonly string[];
}

/** The subset of a Koa context this middleware reads and writes. */
interface RequestContext {
  readonly method: string;
  readonly path: string;
  querystring: string;
}

/** A Koa middleware for `provider.use()`, applying the policy before oidc-provider sees the request. */
export function signInPolicy(options: SignInPolicyOptions): (ctx: RequestContext, next: () => Promise<unknown>) => Promise<void> {
  const apiScopes = new Set(options.apiScopes);
  const registered = (client: ClientMetadata) => (client.scope ?? "").split(" ").filter((scope) => apiScopes.has(scope));
  const signingIn = options.clients.filter((client) => client.grant_types?.includes("authorization_code"));
  const defaultScopes = new Map(signingIn.map((client) => [client.client_id, registered(client)]));
  const refreshing = new Set(signingIn.filter((client) => client.grant_types?.includes("refresh_token")).map((client) => client.client_id));

  return async (ctx, next) => {
    if (ctx.method === "GET" && ctx.path === options.authorizationPath) {
      const query = new URLSearchParams(ctx.querystring);
      const clientId = query.get("client_id") ?? "";
      const words = (name: string) => new Set((query.get(name) ?? "").split(" ").filter(Boolean));
      const scopes = words("scope");
      const prompts = words("prompt");
      const defaults = defaultScopes.get(clientId) ?? [];
      let changed = false;
      if (query.has("scope") && defaults.length > 0 && ![...scopes].some((scope) => apiScopes.has(scope))) {
        for (const scope of defaults) scopes.add(scope);
        changed = true;
      }
      // prompt=none must stay alone: such a request gets no consent step, hence no new refresh token.
      if (refreshing.has(clientId) && scopes.has("offline_access") && !prompts.has("consent") && !prompts.has("none")) {
        prompts.add("consent");
        changed = true;
      }
      if (changed) {
        query.set("scope", [...scopes].join(" "));
        if (prompts.size > 0) query.set("prompt", [...prompts].join(" "));
        ctx.querystring = query.toString();
      }
    }
    await next();
  };
}
