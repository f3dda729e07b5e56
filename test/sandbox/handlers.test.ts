/** Handlers replacing built-in ones (fault injection): async answers and the exported answer helpers. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyResponse, jsonResponse, problemResponse, serviceUnavailable, tooManyRequests, type OperationHandler } from "../../src/sandbox/index.js";
import { startTestSandbox, uuid, type TestSandbox } from "./fixture.js";

/** A promise resolved from outside, to hold an answer back until the test lets it go. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

const entered = deferred();
const release = deferred();
const slow: OperationHandler = async ({ params, store }) => {
  entered.resolve();
  await release.promise;
  return jsonResponse(store.enterpriseUsers.get(params["EnterpriseUserId"] ?? ""));
};

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox({
    handlers: {
      getAbilities: slow,
      getEntity: ({ params }) =>
        jsonResponse(
          { id: params["EntityId"], entityType: "organization", legalName: "Injected LLC", status: "active", createdAt: "2024-01-01T00:00:00Z", updatedAt: "2024-01-01T00:00:00Z" },
          { headers: { "x-injected": "yes" } },
        ),
      getRelationship: () => problemResponse(404, { type: "jackhenry/not-found", details: ["Gone."] }),
      deleteRelationship: () => emptyResponse(),
      getTaxIdNumber: () => serviceUnavailable(2),
      createEntity: () => tooManyRequests(1),
    },
  });
});
afterAll(async () => {
  expect(t.sandbox.responseViolations).toEqual([]);
  await t.sandbox.stop();
});

describe("async handlers", () => {
  it("hold the answer until their promise settles", async () => {
    let answered = false;
    const EnterpriseUserId = t.sandbox.enterpriseUsers.administrator;
    const call = t.client.GET("/enterprise/{EnterpriseUserId}/abilities", { params: { path: { EnterpriseUserId } } }).then((result) => ((answered = true), result));
    await entered.promise;
    expect(answered).toBe(false);
    release.resolve();
    const { data, response } = await call;
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ viewEntities: true, deleteAddresses: true });
  });
});

describe("answer helpers", () => {
  it("jsonResponse sends the body as application/json with the given headers", async () => {
    const EntityId = uuid();
    const { data, response } = await t.client.GET("/entities/{EntityId}", { params: { path: { EntityId } } });
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("x-injected")).toBe("yes");
    expect(data).toMatchObject({ id: EntityId, legalName: "Injected LLC" });
  });

  it("problemResponse fills the Digital Core problem, emptyResponse answers 204, both with X-Request-ID", async () => {
    const RelationshipId = uuid();
    const { error, response } = await t.client.GET("/relationships/{RelationshipId}", { params: { path: { RelationshipId } } });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(error).toEqual({ type: "jackhenry/not-found", title: "Not Found", details: ["Gone."], data: null });
    const deleted = await t.client.DELETE("/relationships/{RelationshipId}", { params: { path: { RelationshipId } } });
    expect(deleted.response.status).toBe(204);
    expect(deleted.response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("serviceUnavailable and tooManyRequests answer as the spec declares for every operation, so validateResponses records no violation", async () => {
    const outage = await t.client.GET("/entities/{EntityId}/tax-id-number", { params: { path: { EntityId: uuid() } } });
    expect(outage.response.status).toBe(503);
    expect(outage.response.headers.get("retry-after")).toBe("2");
    expect(outage.error).toMatchObject({ type: "jackhenry/service-unavailable", details: ["Retry after 2 s."] });
    const limited = await t.client.POST("/entities", { body: { entityType: "person", firstName: "Ada", lastName: "Lovelace" } });
    expect(limited.response.status).toBe(429);
    expect(limited.response.headers.get("retry-after")).toBe("1");
    expect(t.sandbox.responseViolations).toEqual([]);
  });

  it("build what a handler returns, with defaults for what is left out", () => {
    expect(jsonResponse([1], { status: 202 })).toEqual({ status: 202, body: [1], contentType: "application/json" });
    expect(emptyResponse({ status: 202, headers: { location: "/x" } })).toEqual({ status: 202, headers: { location: "/x" } });
    expect(problemResponse(418)).toEqual({
      status: 418,
      body: { type: "sandbox/injected-fault", title: "I'm a Teapot", details: [], data: null },
      contentType: "application/problem+json",
      headers: {},
    });
    expect(serviceUnavailable(2)).toMatchObject({ status: 503, headers: { "retry-after": "2" }, body: { type: "jackhenry/service-unavailable" } });
    expect(tooManyRequests()).toMatchObject({ status: 429, headers: { "retry-after": "1" }, body: { type: "jackhenry/too-many-requests" } });
    expect(() => serviceUnavailable(1.5)).toThrow(RangeError);
    expect(() => tooManyRequests(-1)).toThrow("retryAfterSeconds must be a whole number of seconds >= 0; got -1.");
  });
});
