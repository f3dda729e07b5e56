import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEntityManagementClient, EntityManagementError } from "../../src/index.js";
import { sendJson, startTestApiServer, type TestApiServer } from "../helpers/api-server.js";
import { countingTokenSource } from "../helpers/token-sources.js";

const institution = "4e3cde86-37ea-48bb-adef-4f820ba70b0f";
const prefix = `/a/api/entity-svcs/v1/${institution}/entities/`;
let api: TestApiServer;

beforeAll(async () => {
  api = await startTestApiServer();
  api.handle((_, response) => sendJson(response, 200, { addresses: [] }));
});
afterAll(() => api.close());

const client = () =>
  createEntityManagementClient({
    institutionUniversalId: institution,
    baseUrl: `${api.origin}/a/api/entity-svcs/v1`,
    auth: countingTokenSource().source,
    retry: false,
  });

const isWellFormed = (value: string) => (value as string & { isWellFormed(): boolean }).isWellFormed();

describe("path parameters", () => {
  it("keep any id inside its own segment (fuzzed)", async () => {
    const c = client();
    const id = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.constantFrom("../x?y#z", "a/b", "%2e%2e", "?", "#", "..%2f"));
    await fc.assert(
      fc.asyncProperty(id.filter((value) => !["", ".", ".."].includes(value) && isWellFormed(value)), async (EntityId) => {
        api.requests.length = 0;
        await c.GET("/entities/{EntityId}/addresses", { params: { path: { EntityId } } });
        const received = api.requests[0]?.url ?? "";
        expect(received.startsWith(prefix)).toBe(true);
        const rest = received.slice(prefix.length).split("/");
        expect(rest).toHaveLength(2);
        expect(rest[1]).toBe("addresses");
        expect(decodeURIComponent(rest[0] ?? "")).toBe(EntityId);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses empty, '.' and '..' ids before sending", async () => {
    api.requests.length = 0;
    for (const EntityId of ["", ".", "..", "a\uD800b"]) {
      const failure = await client()
        .GET("/entities/{EntityId}", { params: { path: { EntityId } } })
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(EntityManagementError);
      expect(failure).toMatchObject({ code: "INVALID_PATH_PARAM" });
    }
    expect(api.requests).toHaveLength(0);
  });
});
