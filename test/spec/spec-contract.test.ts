import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { findOperation, operations, scopeDescriptions } from "../../generated/operations.js";

const methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;

/** The parts of the bundled spec these checks read. */
interface SpecOperation {
  readonly operationId: string;
  readonly tags: string[];
  readonly security: { readonly jackHenryIdentity: string[] }[];
  readonly description?: string;
  readonly "x-evidence"?: string;
  readonly "x-observed"?: string;
}
interface Spec {
  readonly paths: Record<string, Partial<Record<(typeof methods)[number], SpecOperation>>>;
  readonly tags: { readonly name: string }[];
  readonly servers: { readonly url: string; readonly variables: { readonly host: { readonly default: string } } }[];
}

const spec = JSON.parse(await readFile(new URL("../../generated/entity-management.json", import.meta.url), "utf8")) as Spec;
const specOperations = Object.entries(spec.paths).flatMap(([path, item]) =>
  methods.flatMap((method) => {
    const operation = item[method];
    return operation ? [{ path, method: method.toUpperCase(), operation }] : [];
  }),
);

// The tag list published in the header of Jack Henry's Entity Services spec (the only public part).
const publicTags = [
  "Entities",
  "Addresses",
  "Phone Numbers",
  "Digital Contact Points",
  "Identifications",
  "Privacy Opt Outs",
  "Affiliate Opt Outs",
  "Employments",
  "Tax Id Number",
  "Foreign Tax Id Number",
  "Reports",
  "Notices",
  "Abilities",
  "Entitlements",
  "Relationships",
  "Relationship Types",
  "Address Labels",
  "Affiliate Opt Out Exception Reasons",
  "Affiliate Opt Out Types",
  "Digital Contact Point Labels",
];

describe("the spec and its generated operation map", () => {
  it("maps every operation of the spec, with its route, tags and the scopes of its security requirement", () => {
    expect(Object.keys(operations).sort()).toEqual(specOperations.map(({ operation }) => operation.operationId).sort());
    for (const { path, method, operation } of specOperations) {
      const entry = findOperation(method, path);
      expect(entry, `${method} ${path}`).toBeDefined();
      expect(entry).toMatchObject({ operationId: operation.operationId, method, path, tags: operation.tags });
      expect([...(entry?.scopes ?? [])]).toEqual([...operation.security[0]!.jackHenryIdentity].sort());
    }
  });

  it("requires at least one declared scope on every operation: read scopes for reads, write scopes for writes", () => {
    for (const entry of Object.values(operations)) {
      expect(entry.scopes.length, entry.operationId).toBeGreaterThan(0);
      for (const scope of entry.scopes) expect(scopeDescriptions).toHaveProperty([scope]);
      const reads = entry.method === "GET" || entry.path.endsWith("/search");
      expect(
        entry.scopes.every((scope) => scope.endsWith(reads ? ".read" : ".write")),
        entry.operationId,
      ).toBe(true);
    }
  });

  it("marks the evidence of every operation and gives the basis of inferred ones", () => {
    for (const { operation } of specOperations) {
      expect(["confirmed", "inferred", "observed"], operation.operationId).toContain(operation["x-evidence"]);
      if (operation["x-evidence"] === "inferred") expect(operation.description, operation.operationId).toMatch(/^Inferred/);
      // Recorded by `npm run check:contract -- --record-evidence` from a live run: the date it was seen conforming.
      if (operation["x-evidence"] === "observed") expect(operation["x-observed"], operation.operationId).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("has operations under every public tag, and every operation's tag is declared", () => {
    const declared = new Set(spec.tags.map((tag) => tag.name));
    const used = new Set(specOperations.flatMap(({ operation }) => operation.tags));
    for (const tag of publicTags) expect(used, tag).toContain(tag);
    for (const tag of used) expect(declared, tag).toContain(tag);
  });

  it("binds the institution in the server URL, as Digital Core services do", () => {
    expect(spec.servers[0]!.url).toBe("https://{host}/a/api/entity-svcs/v1/{InstitutionUniversalId}");
    expect(spec.servers[0]!.variables.host.default).toBe("digital.garden-fi.com");
  });

  it("finds nothing for a route the spec does not have", () => {
    expect(findOperation("DELETE", "/entities/{EntityId}")).toBeUndefined();
    expect(findOperation("get", "/entities/{EntityId}")?.operationId).toBe("getEntity");
  });
});
