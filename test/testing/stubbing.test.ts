import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ApiError, createEntityManagementClient, staticToken, unwrap } from "../../src/index.js";
import { createEntityManagementHttp } from "../../src/testing/index.js";
import { entityId, institution } from "../helpers/client-fixture.js";

// What a user's own test looks like: typed handlers, the real client, no network.
const http = createEntityManagementHttp({ institutionUniversalId: institution, host: "bank.example" });
const server = setupServer();
// Created before listen(): the client looks fetch up per call, so msw still intercepts it.
const client = createEntityManagementClient({
  institutionUniversalId: institution,
  host: "bank.example",
  auth: staticToken("test-token"),
  retry: false,
});

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe("stubbing operations with createEntityManagementHttp", () => {
  it("answers a typed success that the client returns as data, with the client's headers visible", async () => {
    let seen: Headers | undefined;
    server.use(
      http.get("/entities/{EntityId}", ({ params, request, response }) => {
        seen = request.headers;
        const at = "2026-11-25T09:00:00Z";
        return response(200).json({ id: params.EntityId, entityType: "organization", legalName: "Garden Supply LLC", status: "active", createdAt: at, updatedAt: at });
      }),
    );
    const entity = await unwrap(client.GET("/entities/{EntityId}", { params: { path: { EntityId: entityId } } }));
    expect(entity).toMatchObject({ id: entityId, legalName: "Garden Supply LLC" });
    expect(seen?.get("authorization")).toBe("Bearer test-token");
    expect(seen?.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers a typed problem that unwrap turns into ApiError", async () => {
    server.use(
      http.post("/entities", ({ response }) => response(400).json({ type: "jackhenry/validation", title: "Invalid entity", details: ["lastName is required."], data: null })),
    );
    const failure = await unwrap(client.POST("/entities", { body: { entityType: "person", firstName: "Ada", lastName: "" } })).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 400, operationId: "createEntity", problem: { details: ["lastName is required."] } });
  });

  it("fails the test on a call nothing stubs", async () => {
    // msw reports the unhandled call on stderr; capture it here, so it is asserted rather than noise.
    const report = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const failure = await client.GET("/address-labels").catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(Error);
      expect(String(report.mock.calls[0]?.[0])).toMatch(/without a matching request handler[\s\S]*address-labels/);
    } finally {
      report.mockRestore();
    }
  });
});
