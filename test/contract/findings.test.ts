/** Findings are built from the schema, never from the data: keys from the data are masked, branch names come from the spec. */
import { beforeAll, describe, expect, it } from "vitest";
import { parseChallenge } from "../../src/contract/scopes.js";
import { schemaFindings } from "../../src/contract/schema-findings.js";
import { loadSpecModel, type Schema, type SpecModel } from "../../src/contract/spec-model.js";

let model: SpecModel;
beforeAll(async () => {
  model = await loadSpecModel();
});

const findingsFor = (schema: Schema, data: unknown) => {
  const validate = model.compileResponse(schema);
  expect(validate(data)).toBe(false);
  return schemaFindings(model, schema, validate.errors ?? [], data, "response.body");
};
const entitySchema = () => model.byId.get("getEntity")?.responses["200"]?.content?.["application/json"]?.schema ?? {};

describe("schema findings", () => {
  it("name the property and the branch the discriminator selected", () => {
    const person = { id: crypto.randomUUID(), entityType: "person", status: "active", firstName: "Ada", createdAt: "2024-05-01T14:03:07Z", updatedAt: "2024-05-01T14:03:07Z" };
    expect(findingsFor(entitySchema(), person)).toEqual([
      { where: "response.body/lastName", rule: "required", message: "required property is missing (Person)", expected: "present", observed: "absent" },
    ]);
  });

  it("say a discriminator value is unknown without repeating it", () => {
    const [finding] = findingsFor(entitySchema(), { entityType: "Ada Lovelace" });
    expect(finding).toMatchObject({ where: "response.body/entityType", rule: "discriminator", expected: "person, organization", observed: "an undeclared value" });
    expect(JSON.stringify(finding)).not.toContain("Ada");
  });

  it("mask object keys the spec does not declare, and never name an undeclared property", () => {
    const map = { type: "object", additionalProperties: { type: "string" } };
    expect(findingsFor(map, { "ada@example.com": 1 })).toEqual([{ where: "response.body/*", rule: "type", message: "must be string", expected: "string", observed: "integer" }]);
    const closed = { type: "object", additionalProperties: false, properties: { lastName: { type: "string" } } };
    const [finding] = findingsFor(closed, { lastName: "x", "078-05-1120": "Ada" });
    expect(finding).toMatchObject({ where: "response.body", rule: "additionalProperties" });
    expect(JSON.stringify(finding)).not.toMatch(/078|Ada/);
  });

  it("collapse a finding repeated across array items, keeping the first index", () => {
    const list = { type: "array", items: { type: "object", required: ["id"] } };
    expect(findingsFor(list, [{}, {}, {}])).toEqual([expect.objectContaining({ where: "response.body/0/id", rule: "required", occurrences: 3 })]);
  });

  it("give limits from the schema and only the direction from the data", () => {
    const [finding] = findingsFor({ type: "string", maxLength: 3 }, "Lovelace");
    expect(finding).toEqual({ where: "response.body", rule: "maxLength", message: "is longer than 3", expected: "maxLength 3", observed: "longer" });
  });
});

describe("parseChallenge", () => {
  it("reads error and scope from an RFC 6750 challenge", () => {
    expect(parseChallenge('Bearer realm="x", error="insufficient_scope", scope="a.read b.write"')).toEqual({ insufficientScope: true, scopes: ["a.read", "b.write"] });
    expect(parseChallenge("Bearer error=insufficient_scope, scope=a.read")).toEqual({ insufficientScope: true, scopes: ["a.read"] });
  });

  it("ignores descriptions and anything that is not a scope token", () => {
    expect(parseChallenge('Bearer error="invalid_token", error_description="scope=secret"')).toEqual({ insufficientScope: false, scopes: [] });
    expect(parseChallenge('Bearer error_description="no, scope=secret", error="insufficient_scope"')).toEqual({ insufficientScope: true, scopes: [] });
    expect(parseChallenge('Bearer error="insufficient_scope", scope="ok \\bad"')).toEqual({ insufficientScope: true, scopes: ["ok"] });
    expect(parseChallenge(null)).toEqual({ insufficientScope: false, scopes: [] });
  });
});
