/** Bad input at the sandbox API: problem details for 400 (one per violation), 404, 405 and 409, and X-Request-ID. */
import { beforeAll, describe, expect, it } from "vitest";
import { ApiError, unwrap } from "../../src/index.js";
import { useTestSandbox, uuid } from "./fixture.js";

const t = useTestSandbox();
let token: string;
beforeAll(async () => {
  token = await t.tokenFor(["entity-services.entities.read", "entity-services.entities.write", "entity-services.contact-info.write", "entity-services.relationships.write"]);
});

const person = () => unwrap(t.client.POST("/entities", { body: { entityType: "person", firstName: "Ada", lastName: "Lovelace" } })).then(({ id }) => id);
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail("expected an ApiError"),
    (error: unknown) => error as ApiError,
  );

/** Raw call with a valid token, for inputs the typed client would not let through. */
async function raw(method: string, path: string, body?: string, headers: Record<string, string> = {}) {
  const response = await fetch(t.url(path), {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
    ...(body === undefined ? {} : { body }),
  });
  return { response, problem: (await response.json()) as { type: string; title: string; details: string[]; data: unknown } };
}

describe("400: the body, parameters and headers are checked against the spec", () => {
  it("answers one detail per violation, naming the field", async () => {
    const body = { entityType: "person", firstName: "", birthDate: "10/12/1815", nickname: "Ada" };
    const error = await rejection(unwrap(t.client.POST("/entities", { body: body as never })));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.problem).toEqual({
      type: "jackhenry/validation-failed",
      title: "The request is invalid.",
      details: ["lastName is required.", "nickname is not allowed.", "firstName must NOT have fewer than 1 characters.", "birthDate must be a valid date."],
      data: {
        violations: [
          { in: "body", name: "lastName", rule: "required" },
          { in: "body", name: "nickname", rule: "additionalProperties" },
          { in: "body", name: "firstName", rule: "minLength" },
          { in: "body", name: "birthDate", rule: "format" },
        ],
      },
    });
  });

  it("checks formats the spec declares (ajv-formats), nested fields and enums", async () => {
    const { response, problem } = await raw(
      "POST",
      "/relationships",
      JSON.stringify({ entityId: "not-a-uuid", relatedEntityId: uuid(), relationshipTypeId: uuid(), asset: { assetType: "boat" }, startDate: "2024-02-30" }),
    );
    expect(response.status).toBe(400);
    expect(problem.details).toEqual([
      "entityId must be a valid uuid.",
      "asset.assetId is required.",
      "asset.assetType must be one of: account, card, safe_deposit_box.",
      "startDate must be a valid date.",
    ]);
  });

  it("picks the entity schema by entityType and reports an unknown one once", async () => {
    const { problem } = await raw("POST", "/entities", JSON.stringify({ entityType: "robot", name: "R2" }));
    expect(problem.details).toEqual(['entityType must be one of the declared types, not "robot".']);
  });

  it("checks path and query parameters and the X-Request-ID header", async () => {
    expect((await raw("GET", "/entities/12345")).problem.details).toEqual(["Path parameter EntityId must be a valid uuid."]);
    const search = await raw("POST", "/entities/search?offset=-1&count=500&sort=name", "{}");
    expect(search.problem.details).toEqual([
      "Query parameter sort is not defined for this operation.",
      "Query parameter offset must be >= 0.",
      "Query parameter count must be <= 200.",
    ]);
    const header = await raw("GET", `/entities/${uuid()}`, undefined, { "x-request-id": "not-a-uuid" });
    expect(header.problem.details).toEqual(["Header X-Request-ID must be a valid uuid."]);
  });

  it("refuses malformed JSON and a missing body", async () => {
    expect((await raw("POST", "/entities", "{ not json")).problem.details).toEqual([expect.stringMatching(/^The body is not valid JSON: /)]);
    expect((await raw("POST", "/entities")).problem.details).toEqual(["A JSON request body is required."]);
  });

  it("refuses to turn a person into an organization", async () => {
    const id = await person();
    const error = await rejection(unwrap(t.client.PUT("/entities/{EntityId}", { params: { path: { EntityId: id } }, body: { entityType: "organization", legalName: "Ada Inc" } })));
    expect(error.status).toBe(400);
    expect(error.problem?.details).toEqual(["entityType cannot change: this entity is a person, not a organization."]);
  });

  it("checks a digital contact point's value against its type", async () => {
    const id = await person();
    const body = { digitalContactPointLabelId: t.ref("digitalContactPointLabels", "personal"), type: "email" as const, value: "https://ada.example", isPrimary: false };
    const error = await rejection(unwrap(t.client.POST("/entities/{EntityId}/digital-contact-points", { params: { path: { EntityId: id } }, body })));
    expect(error.problem?.details).toEqual(["value must be an email address when type is email."]);
  });
});

describe("404 and 405", () => {
  it("answers 404 for an unknown entity, and for an entry of another entity", async () => {
    const missing = uuid();
    const error = await rejection(unwrap(t.client.GET("/entities/{EntityId}", { params: { path: { EntityId: missing } } })));
    expect(error).toMatchObject({ status: 404, problem: { type: "jackhenry/not-found", details: [`No entity ${missing}.`], data: { entityId: missing } } });

    const [ada, byron] = [await person(), await person()];
    const address = await unwrap(
      t.client.POST("/entities/{EntityId}/addresses", {
        params: { path: { EntityId: ada } },
        body: { addressLabelId: t.ref("addressLabels", "home"), line1: "12 Main Street", city: "Springfield", country: "US", isPrimary: false },
      }),
    );
    const other = await rejection(unwrap(t.client.GET("/entities/{EntityId}/addresses/{AddressId}", { params: { path: { EntityId: byron, AddressId: address.id } } })));
    expect(other.status).toBe(404);
    expect(other.problem?.details).toEqual([`The entity ${byron} has no address ${address.id}.`]);
  });

  it("answers 404 problems for unknown reports, enterprise users, routes and institutions", async () => {
    expect((await t.client.GET("/reports/{ReportId}", { params: { path: { ReportId: uuid() } } })).response.status).toBe(404);
    expect((await t.client.GET("/enterprise/{EnterpriseUserId}/abilities", { params: { path: { EnterpriseUserId: uuid() } } })).response.status).toBe(404);
    const route = await raw("GET", "/accounts");
    expect(route.response.status).toBe(404);
    expect(route.problem.details).toEqual(["No operation at GET " + new URL(t.url("/accounts")).pathname + "."]);
    const institution = await fetch(`${t.sandbox.baseUrl}/${uuid()}/entities/search`, { method: "POST", body: "{}" });
    expect(institution.status).toBe(404);
    expect(((await institution.json()) as { details: string[] }).details[0]).toContain(`serves institution ${t.sandbox.institutionUniversalId}`);
  });

  it("answers 405 for a method a path does not have (entities are retired, never deleted)", async () => {
    const { response, problem } = await raw("DELETE", `/entities/${uuid()}`);
    expect(response.status).toBe(405);
    expect(problem.type).toBe("jackhenry/method-not-allowed");
  });
});

describe("409: references to unknown or inactive ids, duplicates", () => {
  it("refuses an address label that is not in the institution's list, or is inactive", async () => {
    const id = await person();
    const address = (addressLabelId: string) =>
      rejection(
        unwrap(
          t.client.POST("/entities/{EntityId}/addresses", {
            params: { path: { EntityId: id } },
            body: { addressLabelId, line1: "1 Elm", city: "Springfield", country: "US", isPrimary: false },
          }),
        ),
      );
    const unknown = uuid();
    expect((await address(unknown)).problem).toMatchObject({ type: "jackhenry/conflict", details: [`addressLabelId ${unknown} is not an Address Label of this institution.`] });
    const inactive = t.ref("addressLabels", "previous");
    expect((await address(inactive)).problem?.details).toEqual([
      `addressLabelId ${inactive} (previous) is an inactive Address Label; only active ones are accepted on new writes.`,
    ]);
  });

  it("refuses a relationship whose entities are not entities, one detail each", async () => {
    const [entityId, relatedEntityId] = [uuid(), uuid()];
    const error = await rejection(unwrap(t.client.POST("/relationships", { body: { entityId, relatedEntityId, relationshipTypeId: t.ref("relationshipTypes", "owner") } })));
    expect(error.status).toBe(409);
    expect(error.problem?.details).toEqual([
      `entityId ${entityId} is not an entity of this institution.`,
      `relatedEntityId ${relatedEntityId} is not an entity of this institution.`,
    ]);
  });

  it("refuses a duplicate active relationship and a second opt-out of the same type", async () => {
    const [a, b] = [await person(), await person()];
    const body = { entityId: a, relatedEntityId: b, relationshipTypeId: t.ref("relationshipTypes", "guardian") };
    const first = await unwrap(t.client.POST("/relationships", { body }));
    const duplicate = await rejection(unwrap(t.client.POST("/relationships", { body })));
    expect(duplicate).toMatchObject({ status: 409, problem: { details: [`An identical active relationship already exists: ${first.id}.`] } });

    const optOut = { privacyOptOutTypeId: t.ref("privacyOptOutTypes", "joint_marketing"), optedOut: true };
    await unwrap(t.client.POST("/entities/{EntityId}/privacy-opt-outs", { params: { path: { EntityId: a } }, body: optOut }));
    expect((await t.client.POST("/entities/{EntityId}/privacy-opt-outs", { params: { path: { EntityId: a } }, body: optOut })).response.status).toBe(409);
  });

  it("refuses a report on entities the institution does not have", async () => {
    const [known, unknown] = [await person(), uuid()];
    const error = await rejection(unwrap(t.client.POST("/reports", { body: { reportType: "entity_profile", entityIds: [known, unknown], format: "pdf" } })));
    expect(error.problem?.details).toEqual([`entityIds: ${unknown} is not an entity of this institution.`]);
  });
});

describe("X-Request-ID", () => {
  it("echoes the caller's id, and generates one when it is absent or not a uuid", async () => {
    const mine = uuid();
    const echoed = await raw("GET", `/entities/${uuid()}`, undefined, { "x-request-id": mine });
    expect(echoed.response.headers.get("x-request-id")).toBe(mine);
    const generated = await fetch(t.url("/address-labels"));
    expect(generated.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const replaced = await raw("GET", `/entities/${uuid()}`, undefined, { "x-request-id": "abc" });
    expect(replaced.response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("is the id the client sent and reports on its errors", async () => {
    const error = await rejection(unwrap(t.client.GET("/entities/{EntityId}", { params: { path: { EntityId: uuid() } } })));
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error.message).toContain(`[X-Request-ID ${error.requestId}]`);
  });
});
