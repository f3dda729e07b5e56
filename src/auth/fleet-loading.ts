/**
 * Fleet sharing as a source holds it from construction: whether it shares at all (a `store`, and
 * for client credentials no DPoP) is decided now; the sharing code and the store protocol
 * (shared-tokens.ts, shared-refresh.ts) load with the token-request side, on the first fetch.
 */
import type { FleetSharing } from "./fleet-sharing.js";
import type { GrantContext } from "./grant-context.js";
import { loadOnce } from "../utils/load-once.js";
import { tokenRequests } from "./lazy-module.js";
import type { RefreshChain } from "./shared-refresh.js";
import type { AccessToken } from "./token-source.js";

/** Shares the tokens `fetchToken` gets through the context's store; `undefined` without one, or for DPoP-bound tokens (bound to this process's key). */
export function shareTokens(ctx: GrantContext, fetchToken: (scopes: readonly string[]) => Promise<AccessToken>): FleetSharing | undefined {
  const store = ctx.options.store;
  return store && !ctx.dpop ? loadedOnFirstFetch(async () => (await tokenRequests()).sharedTokens(ctx, store, fetchToken)) : undefined;
}

/** Rotates the chain's refresh tokens through the context's store; `undefined` without one. `local` refreshes as a lone process does. */
export function shareRefreshTokens(ctx: GrantContext, chain: RefreshChain, local: (scopes: readonly string[]) => Promise<AccessToken>): FleetSharing | undefined {
  const store = ctx.options.store;
  return store ? loadedOnFirstFetch(async () => (await tokenRequests()).sharedRefresh(ctx, store, chain, local)) : undefined;
}

function loadedOnFirstFetch(create: () => Promise<FleetSharing>): FleetSharing {
  const load = loadOnce(create);
  return {
    fetch: async (scopes) => (await load()).fetch(scopes),
    // Only tokens fetched through the store can be retired from it, and those came after the load.
    invalidate: (token) => load.current?.invalidate(token),
  };
}
