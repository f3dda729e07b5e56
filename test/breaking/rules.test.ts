import { describe, expect, it } from "vitest";
import { checkAcknowledgement, findVersionHeading, major } from "../../scripts/breaking/acknowledge.js";
import { compareSpecs } from "../../scripts/breaking/compare.js";
import type { Json } from "../../scripts/lib/spec-document.js";

// Rules the fixture pairs do not reach, on small inline documents (already bundled: internal $refs only).

type Op = Json;

const spec = (paths: Record<string, Record<string, Op>>, schemas: Json = {}, extra: Json = {}) => ({
  root: { openapi: "3.0.3", info: { title: "t", version: "1.0.0" }, paths, components: { schemas }, ...extra },
});

const json = (schema: Json) => ({ content: { "application/json": { schema } } });
const get = (schema: Json, rest: Op = {}): Op => ({
  operationId: "getThing",
  responses: { "200": { description: "ok", ...json(schema) } },
  ...rest,
});
const post = (schema: Json, rest: Op = {}): Op => ({
  operationId: "postThing",
  requestBody: { required: true, ...json(schema) },
  responses: { "204": { description: "ok" } },
  ...rest,
});
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function findings(base: ReturnType<typeof spec>, head: ReturnType<typeof spec>) {
  return compareSpecs(base, head).findings.map(({ rule, operation, location, message }) => ({
    rule,
    operation,
    location,
    message,
  }));
}

describe("schemas", () => {
  it("stops on recursive schemas and still reports inside them", () => {
    const node = (withLabel: boolean): Json => ({
      type: "object",
      properties: { children: { type: "array", items: ref("Node") }, ...(withLabel ? { label: { type: "string" } } : {}) },
    });
    const result = findings(spec({ "/nodes": { get: get(ref("Node")) } }, { Node: node(true) }), spec({ "/nodes": { get: get(ref("Node")) } }, { Node: node(false) }));
    expect(result).toEqual([
      {
        rule: "response-property-removed",
        operation: "GET /nodes",
        location: "response 200 application/json $.label (schema Node)",
        message: "property `label` removed",
      },
    ]);
  });

  it("merges allOf members before comparing", () => {
    const base = {
      Base: { type: "object", required: ["id"], properties: { id: { type: "string" } } },
      Thing: { allOf: [ref("Base"), { properties: { name: { type: "string" } } }] },
    };
    const head = {
      Base: { type: "object", properties: {} },
      Thing: { allOf: [ref("Base"), { properties: { name: { type: "string" } } }] },
    };
    const result = findings(spec({ "/t": { get: get(ref("Thing")) } }, base), spec({ "/t": { get: get(ref("Thing")) } }, head));
    expect(result.map((f) => [f.rule, f.location])).toEqual([["response-property-removed", "response 200 application/json $.id (schema Thing)"]]);
  });

  it("lets a response narrow number to integer and a request widen integer to number, not the reverse", () => {
    const n = { type: "object", properties: { v: { type: "number" } } };
    const i = { type: "object", properties: { v: { type: "integer" } } };
    const paths = (response: Json, request: Json) => ({ "/t": { get: get(response), post: post(request) } });
    expect(findings(spec(paths(n, i)), spec(paths(i, n)))).toEqual([]);
    // Operations are visited in method order (get, then post).
    expect(findings(spec(paths(i, n)), spec(paths(n, i))).map((f) => [f.rule, f.message])).toEqual([
      ["response-type-changed", "type changed from integer to number"],
      ["request-type-changed", "type changed from number to integer"],
    ]);
  });

  it("reports null handling in the direction that hurts", () => {
    const s = (nullable: boolean) => ({ type: "object", properties: { v: { type: "string", nullable } } });
    expect(findings(spec({ "/t": { post: post(s(true)), get: get(s(false)) } }), spec({ "/t": { post: post(s(false)), get: get(s(true)) } })).map((f) => f.rule)).toEqual([
      "response-nullable-added",
      "request-nullable-removed",
    ]);
  });

  it("reports tightened request constraints and ignores loosened ones", () => {
    const s = (max: number, pattern?: string) => ({
      type: "string",
      maxLength: max,
      ...(pattern === undefined ? {} : { pattern }),
    });
    const tightened = findings(spec({ "/t": { post: post(s(50)) } }), spec({ "/t": { post: post(s(20, "^[A-Z]+$")) } }));
    expect(tightened.map((f) => [f.rule, f.message])).toEqual([["request-constraint-narrowed", "maxLength 50 → 20; pattern added: ^[A-Z]+$"]]);
    expect(findings(spec({ "/t": { post: post(s(20)) } }), spec({ "/t": { post: post(s(50)) } }))).toEqual([]);
  });

  it("ignores readOnly properties in requests and writeOnly ones in responses", () => {
    const base = { type: "object", properties: { name: { type: "string" }, secret: { type: "string", writeOnly: true } } };
    const head = {
      type: "object",
      required: ["id"],
      properties: { id: { type: "string", readOnly: true }, name: { type: "string" } },
    };
    expect(findings(spec({ "/t": { post: post(base), get: get(base) } }), spec({ "/t": { post: post(head), get: get(head) } })).map((f) => f.rule)).toEqual([
      "request-property-removed", // `secret` was sendable; clients still send it
    ]);
  });

  it("compares oneOf unions by variant: requests may gain variants, responses may lose them", () => {
    const schemas = {
      A: { type: "object", properties: { a: { type: "string" } } },
      B: { type: "object", properties: { b: { type: "string" } } },
    };
    const one = { oneOf: [ref("A")] };
    const two = { oneOf: [ref("A"), ref("B")] };
    const paths = (request: Json, response: Json) => ({ "/t": { post: post(request), get: get(response) } });
    expect(findings(spec(paths(one, two), schemas), spec(paths(two, one), schemas))).toEqual([]);
    expect(findings(spec(paths(two, one), schemas), spec(paths(one, two), schemas)).map((f) => [f.rule, f.message])).toEqual([
      ["response-variant-added", "may now be variant `B`"],
      ["request-variant-removed", "variant `B` is no longer accepted"],
    ]);
  });
});

describe("operations, parameters and bodies", () => {
  const op = (rest: Op = {}): Op => ({ operationId: "getThing", responses: { "204": { description: "ok" } }, ...rest });
  const param = (name: string, where: string, extra: Json = {}) => ({ name, in: where, schema: { type: "string" }, ...extra });

  it("follows an operation whose path changed by its operationId", () => {
    const id = param("ThingId", "path", { required: true });
    expect(findings(spec({ "/things/{ThingId}": { get: op({ parameters: [id] }) } }), spec({ "/items/{ThingId}": { get: op({ parameters: [id] }) } }))).toEqual([
      {
        rule: "path-changed",
        operation: "GET /things/{ThingId}",
        location: "path",
        message: "operation moved to GET /items/{ThingId}",
      },
    ]);
    const other = param("OtherId", "path", { required: true });
    expect(findings(spec({ "/things": { get: op() } }), spec({ "/things/{OtherId}": { get: op({ parameters: [other] }) } })).map((f) => f.rule)).toEqual(["path-param-added"]);
  });

  it("treats header names case-insensitively and does not call a retyped swap a rename", () => {
    const base = spec({ "/t": { get: op({ parameters: [param("X-Channel", "header"), param("from", "query")] }) } });
    const head = spec({
      "/t": {
        get: op({ parameters: [param("x-channel", "header"), { name: "since", in: "query", schema: { type: "integer" } }] }),
      },
    });
    expect(findings(base, head).map((f) => [f.rule, f.location])).toEqual([["param-removed", "query parameter from"]]);
  });

  it("reports a removed or newly required request body", () => {
    const body = { requestBody: { ...json({ type: "object" }) } };
    expect(findings(spec({ "/t": { post: op(body) } }), spec({ "/t": { post: op() } })).map((f) => f.rule)).toEqual(["request-body-removed"]);
    expect(findings(spec({ "/t": { post: op(body) } }), spec({ "/t": { post: op({ requestBody: { required: true, ...body.requestBody } }) } })).map((f) => f.rule)).toEqual([
      "request-body-required",
    ]);
  });

  it("lets a 2XX range stand in for a removed 200", () => {
    const responses = (status: string) => ({ responses: { [status]: { description: "ok", ...json({ type: "string" }) } } });
    expect(findings(spec({ "/t": { get: op(responses("200")) } }), spec({ "/t": { get: op(responses("2XX")) } }))).toEqual([]);
  });
});

describe("security", () => {
  const op = (security?: Json[]): Op => ({
    operationId: "getThing",
    responses: { "204": { description: "ok" } },
    ...(security === undefined ? {} : { security }),
  });
  const rules = (base: ReturnType<typeof spec>, head: ReturnType<typeof spec>) => findings(base, head).map((f) => [f.rule, f.message]);

  it("inherits the document's security and reports a scope added on the operation", () => {
    const root = { security: [{ jhid: ["read"] }] };
    expect(rules(spec({ "/t": { get: op() } }, {}, root), spec({ "/t": { get: op([{ jhid: ["read", "write"] }]) } }, {}, root))).toEqual([
      ["scope-added", "a token with jhid [read] is no longer enough; also requires jhid: write"],
    ]);
  });

  it("reports security added to a public operation", () => {
    expect(rules(spec({ "/t": { get: op([]) } }), spec({ "/t": { get: op([{ jhid: ["read"] }]) } }))).toEqual([["security-added", "now requires jhid [read]"]]);
  });

  it("reports a dropped alternative, and allows an added one or fewer scopes", () => {
    const both = [{ jhid: ["read"] }, { apiKey: [] }];
    expect(rules(spec({ "/t": { get: op(both) } }), spec({ "/t": { get: op([{ jhid: ["read"] }]) } }))).toEqual([
      ["security-scheme-changed", "apiKey no longer accepted; now requires jhid [read]"],
    ]);
    expect(rules(spec({ "/t": { get: op([{ jhid: ["read", "write"] }]) } }), spec({ "/t": { get: op([{ jhid: ["read"] }, { apiKey: [] }]) } }))).toEqual([]);
  });
});

describe("acknowledgement", () => {
  it("finds the version in a Markdown heading only, as a whole version", () => {
    expect(findVersionHeading("# Changelog\n\n## [2.0.0] - 2026-11-25\n", "2.0.0")).toBe("## [2.0.0] - 2026-11-25");
    expect(findVersionHeading("### v2.0.0 (breaking)\n", "2.0.0")).toBe("### v2.0.0 (breaking)");
    expect(findVersionHeading("## 12.0.0\n## 2.0.0-rc.1\n## 2.0.0.1\n", "2.0.0")).toBeNull();
    expect(findVersionHeading("- 2.0.0 removes deleteEntity\n", "2.0.0")).toBeNull();
  });

  it("reads the major number of loose semantic versions", () => {
    expect([major("2.1.0"), major("v3"), major("0.4"), major("draft"), major(null)]).toEqual([2, 3, 0, null, null]);
  });

  it("needs both the major bump and the heading", () => {
    const input = { changelogName: "spec/CHANGELOG.md", baseVersion: "1.2.0", headVersion: "2.0.0" };
    expect(checkAcknowledgement({ ...input, changelog: "## 2.0.0\n" }).acknowledged).toBe(true);
    expect(checkAcknowledgement({ ...input, changelog: null }).reason).toBe("info.version 1.2.0 → 2.0.0 is a major bump, but spec/CHANGELOG.md does not exist.");
    expect(checkAcknowledgement({ ...input, headVersion: "1.3.0", changelog: "## 1.3.0\n" }).reason).toBe("info.version 1.2.0 → 1.3.0 is not a major bump.");
    expect(checkAcknowledgement({ ...input, baseVersion: "draft", changelog: "## 2.0.0\n" }).acknowledged).toBe(false);
  });
});
