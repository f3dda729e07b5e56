import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operations, scopeDescriptions } from "../../generated/operations.js";
import { clientCredentials, createEntityManagementClient, type EntityManagementClientOptions } from "../../src/index.js";
import { startAuthorizationServer, type RunningAuthorizationServer } from "../../src/sandbox/authorization-server.js";
import { sendJson, startTestApiServer, type TestApiServer } from "../helpers/api-server.js";
import { recordingLogger } from "../helpers/recording-logger.js";

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

function client(options: Partial<EntityManagementClientOptions> = {}) {
  const { clientId, privateKeyPem } = as.clients.privateKeyJwt;
  return createEntityManagementClient({
    institutionUniversalId: institution,
    baseUrl: serviceRoot,
    auth: clientCredentials({ issuer: as.issuer, clientId, privateKey: privateKeyPem, resource: serviceRoot }),
    ...options,
  });
}

const grants = () => as.events.count({ grantType: "client_credentials", outcome: "success" });
const unauthenticated = { type: "jackhenry/unauthenticated", title: "Unauthenticated", details: [] };
const payloadOf = (jwt: unknown): Record<string, unknown> => JSON.parse(Buffer.from(String(jwt).split(".")[1] ?? "", "base64url").toString()) as Record<string, unknown>;

// The API side reads the scope claim of the JWT access token it received.
function scopeOfBearer(authorization: string | undefined): string[] {
  const payload = (authorization ?? "").replace(/^Bearer /, "").split(".")[1] ?? "";
  return String(JSON.parse(Buffer.from(payload, "base64url").toString()).scope)
    .split(" ")
    .sort();
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
    expect(grants()).toBe(2);
  });

  // Issue 9, defect 2. Expected to fail until the token cache ignores invalidating a token that is no longer current (auth branch).
  it("50 concurrent calls that all get 401 for the same token make exactly one new token request", async () => {
    let refused: string | undefined;
    api.handle((request, response) => {
      refused ??= request.headers.authorization;
      if (request.headers.authorization === refused) sendJson(response, 401, unauthenticated);
      else sendJson(response, 200, { id: EntityId });
    });
    const c = client();
    as.events.reset();
    const results = await Promise.all(Array.from({ length: 50 }, () => c.GET("/entities/{EntityId}", { params: { path: { EntityId } } })));
    expect(results.map((result) => result.response.status)).toEqual(Array(50).fill(200));
    expect(grants()).toBe(2);
    expect(new Set(api.requests.map((request) => request.headers.authorization)).size).toBe(2);
    expect(api.requests).toHaveLength(100);
  });
});

describe("with DPoP-bound tokens from the real authorization server", () => {
  it("answers the API's use_dpop_nonce challenge with the same token and the nonce: 2 sends, 1 token request, 1 warn line", async () => {
    api.handle((_, response) => {
      if (api.requests.length > 1) return sendJson(response, 200, { id: EntityId });
      sendJson(response, 401, unauthenticated, {
        "www-authenticate": 'DPoP error="use_dpop_nonce", error_description="Resource server requires nonce in DPoP proof"',
        "dpop-nonce": "api-nonce-1",
      });
    });
    const { clientId, clientSecret } = as.clients.secretBasic;
    const { logger, lines } = recordingLogger();
    const c = client({ auth: clientCredentials({ issuer: as.issuer, clientId, clientSecret, resource: serviceRoot, dpop: true }), logger });
    as.events.reset();

    const { data, response } = await c.GET("/entities/{EntityId}", { params: { path: { EntityId } } });
    expect(response.status).toBe(200);
    expect(data).toEqual({ id: EntityId });
    expect(api.requests).toHaveLength(2);
    expect(grants()).toBe(1);
    const [first, second] = api.requests;
    expect(first?.headers.authorization).toMatch(/^DPoP eyJ/);
    expect(second?.headers.authorization).toBe(first?.headers.authorization);
    const htu = `${serviceRoot}/${institution}/entities/${EntityId}`;
    expect(payloadOf(first?.headers.dpop)).toMatchObject({ htm: "GET", htu });
    expect(payloadOf(first?.headers.dpop).nonce).toBeUndefined();
    expect(payloadOf(second?.headers.dpop)).toMatchObject({ htm: "GET", htu, nonce: "api-nonce-1" });
    expect(payloadOf(second?.headers.dpop).jti).not.toBe(payloadOf(first?.headers.dpop).jti);
    expect(lines.filter((line) => line.level === "warn").map(({ message, fields }) => [message, fields.attempt, fields.status])).toEqual([
      ["retrying once with the API's DPoP nonce", 1, 401],
    ]);
  });

  it("a second nonce challenge is not answered forever: one nonce retry, then one fresh-token retry, then the 401", async () => {
    api.handle((_, response) => sendJson(response, 401, unauthenticated, { "www-authenticate": 'DPoP error="use_dpop_nonce"', "dpop-nonce": `nonce-${api.requests.length}` }));
    const { clientId, clientSecret } = as.clients.secretBasic;
    const c = client({ auth: clientCredentials({ issuer: as.issuer, clientId, clientSecret, resource: serviceRoot, dpop: true }) });
    as.events.reset();
    const { response } = await c.GET("/entities/{EntityId}", { params: { path: { EntityId } } });
    expect(response.status).toBe(401);
    expect(api.requests).toHaveLength(3);
    expect(grants()).toBe(2);
  });
});
