/** validateResponses: a response that drifts from the spec fails loudly (500 problem) and is recorded. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError, unwrap } from "../../src/index.js";
import { problemResponse, type OperationHandler } from "../../src/sandbox/index.js";
import { startTestSandbox, uuid, type TestSandbox } from "./fixture.js";

// Handlers that answer what the spec does not allow.
const drifting: Record<string, OperationHandler> = {
  getEntity: ({ params }) => ({ status: 200, body: { id: params["EntityId"], entityType: "person", name: "Ada" }, contentType: "application/json" }),
  listAddressLabels: () => ({ status: 418, body: { type: "teapot", title: "I'm a teapot", details: [] }, contentType: "application/problem+json" }),
  getRelationship: () => ({ status: 404, body: { message: "nope" }, contentType: "application/problem+json" }),
  downloadNotice: () => ({ status: 200, body: new TextEncoder().encode("{}"), contentType: "application/json" }),
  // An outage without the Retry-After the spec declares for 503.
  getEmployment: () => problemResponse(503),
  // A body JSON cannot write: a cycle.
  listPhoneNumberLabels: () => {
    const cycle: Record<string, unknown> = {};
    cycle["self"] = cycle;
    return { status: 200, body: cycle, contentType: "application/json" };
  },
};

let strict: TestSandbox;
let lenient: TestSandbox;
beforeAll(async () => {
  [strict, lenient] = await Promise.all([startTestSandbox({ handlers: drifting }), startTestSandbox({ handlers: drifting, validateResponses: false })]);
});
afterAll(async () => {
  await Promise.all([strict.sandbox.stop(), lenient.sandbox.stop()]);
});

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail("expected an ApiError"),
    (error: unknown) => error as ApiError,
  );

describe("validateResponses", () => {
  it("replaces a drifting answer with a 500 problem naming what drifted, and records it", async () => {
    const EntityId = uuid();
    const error = await failure(unwrap(strict.client.GET("/entities/{EntityId}", { params: { path: { EntityId } } })));
    expect(error.status).toBe(500);
    expect(error.problem?.type).toBe("sandbox/response-invalid");
    expect(error.problem?.details[0]).toBe("The sandbox's 200 answer does not match the spec:");
    expect(error.problem?.details).toContain("body must have required property 'lastName'");

    const violation = strict.sandbox.responseViolations.at(-1);
    expect(violation).toMatchObject({ operationId: "getEntity", method: "GET", status: 200, requestId: error.requestId, path: expect.stringContaining(EntityId) });
    expect(violation?.errors).toEqual(expect.arrayContaining(["body must have required property 'createdAt'"]));
  });

  it("catches an undeclared status, a problem that is not a ProblemDetails, an undeclared Content-Type and a missing declared header", async () => {
    const count = strict.sandbox.responseViolations.length;
    await strict.client.GET("/address-labels");
    await strict.client.GET("/relationships/{RelationshipId}", { params: { path: { RelationshipId: uuid() } } });
    await strict.client.GET("/notices/{NoticeId}", { params: { path: { NoticeId: uuid() } }, parseAs: "text" });
    await strict.client.GET("/entities/{EntityId}/employments/{EmploymentId}", { params: { path: { EntityId: uuid(), EmploymentId: uuid() } } });
    const recorded = strict.sandbox.responseViolations.slice(count);
    expect(recorded.map((v) => [v.operationId, v.status, v.errors[0]])).toEqual([
      ["listAddressLabels", 418, "status 418 is not declared for listAddressLabels"],
      ["getRelationship", 404, "body must have required property 'type'"],
      ["downloadNotice", 200, 'Content-Type "application/json" is not declared for status 200 (declared: application/pdf)'],
      ["getEmployment", 503, "header Retry-After is declared for status 503 but was not sent"],
    ]);
  });

  it("answers a body that cannot be written with a 500 problem, validated or not, instead of dropping the connection", async () => {
    for (const { client } of [strict, lenient]) {
      const { error, response } = await client.GET("/phone-number-labels");
      expect(response.status).toBe(500);
      expect(error?.details).toEqual([expect.stringMatching(/^The sandbox could not write its 200 answer: Converting circular structure to JSON/)]);
    }
  });

  it("lets drift through untouched when off (the default outside tests)", async () => {
    const { data, response } = await lenient.client.GET("/entities/{EntityId}", { params: { path: { EntityId: uuid() } } });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ name: "Ada" });
    expect(lenient.sandbox.responseViolations).toEqual([]);
  });
});
