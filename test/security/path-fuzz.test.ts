import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { operations, type OperationInfo } from "../../generated/operations.js";
import { createEntityManagementClient } from "../../src/index.js";
import { countingTokenSource } from "../helpers/token-sources.js";

const institution = "4e3cde86-37ea-48bb-adef-4f820ba70b0f";
const serviceRoot = "https://bank.example/a/api/entity-svcs/v1";
const withPathParams: OperationInfo[] = Object.values(operations).filter((operation) => operation.path.includes("{"));

// Captures the URL each call would send, without a network: 10 000 cases in a few seconds.
let sent: URL[] = [];
const client = createEntityManagementClient({
  institutionUniversalId: institution,
  baseUrl: serviceRoot,
  auth: countingTokenSource().source,
  retry: false,
  fetch: async (input) => {
    sent.push(new URL(input));
    return new Response(null, { status: 204 });
  },
});
type LooseCall = (path: string, init: Record<string, unknown>) => Promise<unknown>;
const request = (method: string, path: string, init: Record<string, unknown>) => (client as unknown as Record<string, LooseCall>)[method]?.(path, init);

const idText = fc.oneof(
  fc.string({ minLength: 1 }),
  fc.string({ unit: "grapheme", minLength: 1 }),
  fc.constantFrom("../x?y#z", "..%2f..", "%2e%2e", "a/b", "?count=1", "#frag", " ", "\\..\\", "@evil.example", "//evil.example"),
);
const wellFormed = (value: string) => !["", ".", ".."].includes(value) && !/[\uD800-\uDFFF]/.test(value.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ""));

describe("path and query fuzzing", () => {
  it("never lets a request leave its operation's path (10 000 cases over every templated operation)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...withPathParams),
        fc.array(idText.filter(wellFormed), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 10_000 }),
        async (operation, values, offset) => {
          sent = [];
          const names = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? "");
          const path = Object.fromEntries(names.map((name, index) => [name, values[index]]));
          const query = operation.pagination ? { offset, count: 10 } : undefined;
          await request(operation.method, operation.path, {
            params: { path, ...(query ? { query } : {}) },
            ...(operation.method === "POST" || operation.method === "PUT" ? { body: {} } : {}),
          });

          const url = sent[0];
          expect(url?.origin).toBe("https://bank.example");
          const expectedPrefix = `/a/api/entity-svcs/v1/${institution}`;
          expect(url?.pathname.startsWith(`${expectedPrefix}/`)).toBe(true);
          const segments = (url?.pathname ?? "").slice(expectedPrefix.length + 1).split("/");
          const template = operation.path.slice(1).split("/");
          expect(segments).toHaveLength(template.length);
          template.forEach((part, index) => {
            const name = /^\{(.+)\}$/.exec(part)?.[1];
            expect(decodeURIComponent(segments[index] ?? "")).toBe(name === undefined ? part : path[name]);
          });
          expect(url?.hash).toBe("");
          expect([...(url?.searchParams.keys() ?? [])].sort()).toEqual(query ? ["count", "offset"] : []);
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
