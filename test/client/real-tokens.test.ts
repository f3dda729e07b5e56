import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operations, scopeDescriptions } from "../../generated/operations.js";
import { clientCredentials, createEntityManagementClient } from "../../src/index.js";
import { startAuthorizationServer, type RunningAuthorizationServer } from "../../src/sandbox/authorization-server.js";
import { sendJson, startTestApiServer, type TestApiServer } from "../helpers/api-server.js";

const institution = "4e3cde86-37ea-48bb-adef-4f820ba70b0f";
const EntityId = "9b2f6a4c-1d3e-4f5a-8b7c-6d5e4f3a2b1c";
let api: TestApiServer;
let as: RunningAuthorizationServer;
let serviceRoot: string;

beforeAll(async () => {
  api = await startTestApiServer();
  serviceRoot = `${api.origin}/a/api/entity-svcs/v1`;
  as = await startAuthorizationServer({ scopes: Object.keys(scopeDescriptions), audience: serviceRoot });
});
afterAll(async () => {
  await as.stop();
  await api.close();
});

function client() {
  const { clientId, privateKeyPem } = as.clients.privateKeyJwt;
  return createEntityManagementClient({
    institutionUniversalId: institution,
    baseUrl: serviceRoot,
    auth: clientCredentials({ issuer: as.issuer, clientId, privateKey: privateKeyPem, resource: serviceRoot }),
  });
}

// The API side reads the scope claim of the JWT access token it received.
function scopeOfBearer(authorization: string | undefined): string[] {
  const payload = (authorization ?? "").replace(/^Bearer /, "").split(".")[1] ?? "";
  return String(JSON.parse(Buffer.from(payload, "base64url").toString()).scope).split(" ").sort();
}

describe("with tokens from the real authorization server", () => {
  it("sends, for three different operations, a token carrying exactly the generated map's scopes", async () => {
    api.handle((request, response) => (request.method === "POST" ? sendJson(response, 201, { id: EntityId }) : sendJson(response, 200, {})));
    const c = client();
    await c.GET("/entities/{EntityId}/addresses", { params: { path: { EntityId } } });
    await c.POST("/reports", { body: { reportType: "entity_profile", entityIds: [EntityId], format: "pdf" } });
    await c.GET("/address-labels");
    expect(api.requests.map((request) => scopeOfBearer(request.headers.authorization))).toEqual([
      [...operations.listAddresses.scopes],
      [...operations.generateReport.scopes],
      [...operations.listAddressLabels.scopes],
    ]);
  });

  it("makes exactly one token request for 1 000 concurrent calls on a cold cache", async () => {
    api.handle((_, response) => sendJson(response, 200, { id: EntityId }));
    const c = client();
    as.events.reset();
    const results = await Promise.all(Array.from({ length: 1_000 }, () => c.GET("/entities/{EntityId}", { params: { path: { EntityId } } })));
    expect(results.every((result) => result.response.status === 200)).toBe(true);
    expect(as.events.count({ grantType: "client_credentials" })).toBe(1);
    expect(new Set(api.requests.map((request) => request.headers.authorization)).size).toBe(1);
  });

  it("fetches a fresh token after the API answers 401, then stops retrying", async () => {
    api.handle((_, response) => sendJson(response, 401, { type: "jackhenry/unauthenticated", title: "Unauthenticated", details: [] }));
    const c = client();
    as.events.reset();
    const { response } = await c.GET("/entities/{EntityId}", { params: { path: { EntityId } } });
    expect(response.status).toBe(401);
    expect(api.requests).toHaveLength(2);
    expect(api.requests[0]?.headers.authorization).not.toBe(api.requests[1]?.headers.authorization);
    expect(as.events.count({ grantType: "client_credentials", outcome: "success" })).toBe(2);
  });
});
