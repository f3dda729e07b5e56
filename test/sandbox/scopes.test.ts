/**
 * Authentication and scopes at the sandbox API: every operation refuses a real token that lacks
 * its scope with a 403 challenge the client turns into InsufficientScopeError, and refuses a
 * missing or invalid token with 401.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { clientCredentials, createEntityManagementClient, InsufficientScopeError, operations, scopeDescriptions, staticToken, unwrap, type OperationId } from "../../src/index.js";
import { operationIds, useTestSandbox, uuid } from "./fixture.js";

const t = useTestSandbox();
const allScopes = Object.keys(scopeDescriptions);
const tokensWithout = new Map<string, string>();

beforeAll(async () => {
  // One real token per scope, granting every scope but that one.
  await Promise.all(allScopes.map(async (scope) => tokensWithout.set(scope, await t.tokenFor(allScopes.filter((s) => s !== scope)))));
});

/** Calls an operation with raw fetch: any ids (authentication comes before lookup) and an empty JSON body. */
function call(operationId: OperationId, authorization?: string): Promise<Response> {
  const { method, path } = operations[operationId];
  const headers: Record<string, string> = { "content-type": "application/json", ...(authorization ? { authorization } : {}) };
  return fetch(t.url(path.replace(/\{[^}]+\}/g, () => uuid())), { method, headers, ...(method === "POST" || method === "PUT" ? { body: "{}" } : {}) });
}

describe("scopes and tokens, for every operation", () => {
  it.each(operationIds)("%s: 403 insufficient_scope without its scope, 401 without a valid token", async (operationId) => {
    const [scope] = operations[operationId].scopes;
    const refused = await call(operationId, `Bearer ${tokensWithout.get(scope ?? "")}`);
    expect(refused.status).toBe(403);
    expect(refused.headers.get("www-authenticate")).toBe(`Bearer error="insufficient_scope", scope="${scope}"`);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    const problem = await refused.json();
    expect(problem).toMatchObject({ type: "jackhenry/insufficient-scope", details: [`Required scope ${scope}.`] });
    const error = await unwrap({ response: refused, error: problem }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InsufficientScopeError);
    expect(error).toMatchObject({ status: 403, missingScopes: [scope] });

    const anonymous = await call(operationId);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toBe("Bearer");
    const forged = await call(operationId, "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmF0dXJl");
    expect(forged.status).toBe(401);
    expect(forged.headers.get("www-authenticate")).toMatch(/^Bearer error="invalid_token", error_description="[^"]+"$/);
  });

  it("lets the client surface the 403 challenge as InsufficientScopeError, with the request id", async () => {
    // A static token cannot see its own scopes, so the client sends the call and the API refuses it.
    const client = createEntityManagementClient({
      baseUrl: t.sandbox.baseUrl,
      institutionUniversalId: t.sandbox.institutionUniversalId,
      auth: staticToken(await t.tokenFor(["entity-services.entities.read"])),
      retry: false,
    });
    const error = await unwrap(client.POST("/entities", { body: { entityType: "person", firstName: "Ada", lastName: "Lovelace" } })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InsufficientScopeError);
    expect(error).toMatchObject({ status: 403, missingScopes: ["entity-services.entities.write"], operationId: "createEntity", requestId: expect.any(String) });
    // The same token is enough for what it grants.
    expect((await client.POST("/entities/search", { body: {} })).response.status).toBe(200);
  });

  it("refuses an expired token with invalid_token", async () => {
    t.sandbox.authorizationServer.setAccessTokenTtl(1);
    try {
      const token = await t.tokenFor(allScopes);
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      const response = await call("listAddressLabels", `Bearer ${token}`);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/error="invalid_token"/);
    } finally {
      t.sandbox.authorizationServer.setAccessTokenTtl(600);
    }
  });

  it("accepts DPoP-bound tokens with their proof, and refuses one replayed as a bare bearer token", async () => {
    const { privateKeyJwt } = t.sandbox.credentials;
    const auth = clientCredentials({ issuer: t.sandbox.issuer, clientId: privateKeyJwt.clientId, privateKey: privateKeyJwt.privateKeyPem, dpop: true });
    const client = createEntityManagementClient({ baseUrl: t.sandbox.baseUrl, institutionUniversalId: t.sandbox.institutionUniversalId, auth, retry: false });
    expect((await unwrap(client.GET("/address-labels"))).addressLabels.length).toBeGreaterThan(0);
    const token = await auth.getToken(["entity-services.reference.read"]);
    expect(token.type).toBe("DPoP");
    const replayed = await call("listAddressLabels", `Bearer ${token.value}`);
    expect(replayed.status).toBe(401);
    expect(replayed.headers.get("www-authenticate")).toMatch(/error="invalid_token"/);
  });

  it("accepts a token only for the operation's own scope, not a neighbour's", async () => {
    const token = await t.tokenFor(["entity-services.contact-info.read"]);
    expect((await call("listAddressLabels", `Bearer ${token}`)).status).toBe(403);
    expect((await call("listAddresses", `Bearer ${token}`)).status).toBe(404);
  });
});
