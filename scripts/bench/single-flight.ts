import { operations, scopeDescriptions } from "../../generated/operations.js";
import { startAuthorizationServer } from "../../src/sandbox/authorization-server.js";
import { builtPackage } from "./built-package.js";
import { entityId, institution } from "./callers.js";
import { startLoopbackApi } from "./loopback-api.js";

/** Token requests made for 1 000 concurrent calls on a cold cache, counted by the real authorization server. */
export async function benchSingleFlight(calls = 1_000) {
  const api = await startLoopbackApi();
  const serviceRoot = `${api.origin}/a/api/entity-svcs/v1`;
  const as = await startAuthorizationServer({ scopes: Object.keys(scopeDescriptions), audience: serviceRoot });
  try {
    const { clientCredentials, createEntityManagementClient } = builtPackage;
    const { clientId, privateKeyPem } = as.clients.privateKeyJwt;
    const client = createEntityManagementClient({
      institutionUniversalId: institution,
      baseUrl: serviceRoot,
      auth: clientCredentials({ issuer: as.issuer, clientId, privateKey: privateKeyPem, resource: serviceRoot }),
    });
    as.events.reset();
    const results = await Promise.all(Array.from({ length: calls }, () => client.GET("/entities/{EntityId}", { params: { path: { EntityId: entityId } } })));
    const ok = results.filter((result) => result.response.ok).length;
    return { calls, succeeded: ok, tokenRequests: as.events.count({ grantType: "client_credentials" }), scope: operations.getEntity.scopes.join(" ") };
  } finally {
    await as.stop();
    await api.close();
  }
}
