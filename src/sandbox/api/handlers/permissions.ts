/** Abilities and entitlements of the institution's enterprise users (its employees). */
import { jsonResponse, notFound } from "../responses.js";
import type { Schemas, Store } from "../store.js";
import type { HandlerMap } from "./context.js";

/** Handlers of the Abilities and Entitlements tags. */
export const permissionHandlers: HandlerMap = {
  getAbilities: ({ params, store }) => jsonResponse(requireUser(store, params["EnterpriseUserId"])),

  // Entitlements are the abilities under their permission names: viewEntities → ViewEntities.
  getEntitlements: ({ params, store }) => {
    const abilities = requireUser(store, params["EnterpriseUserId"]);
    const entitlements = Object.entries(abilities).map(([ability, allowed]) => {
      const words = ability.replace(/([A-Z])/g, " $1").toLowerCase();
      return { name: ability.charAt(0).toUpperCase() + ability.slice(1), allowed, description: `${words.charAt(0).toUpperCase()}${words.slice(1)}.` };
    });
    return jsonResponse({ entitlements } satisfies Schemas["EntitlementList"]);
  },
};

function requireUser(store: Store, id: string | undefined): Schemas["Abilities"] {
  const abilities = store.enterpriseUsers.get(id ?? "");
  if (!abilities) throw notFound(`No enterprise user ${id} in this institution.`, { enterpriseUserId: id });
  return abilities;
}
