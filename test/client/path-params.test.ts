import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { EntityManagementError } from "../../src/index.js";
import { sendJson } from "../helpers/api-server.js";
import { createTestClient, institution, useTestApiServer } from "../helpers/client-fixture.js";

const prefix = `/a/api/entity-svcs/v1/${institution}/entities/`;
const server = useTestApiServer();
beforeAll(() => server.api.handle((_, response) => sendJson(response, 200, { addresses: [] })));
const client = () => createTestClient(server.api);

const isWellFormed = (value: string) => (value as string & { isWellFormed(): boolean }).isWellFormed();

describe("path parameters", () => {
  it("keep any id inside its own segment (fuzzed)", async () => {
    const c = client();
    const id = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.constantFrom("../x?y#z", "a/b", "%2e%2e", "?", "#", "..%2f"));
    await fc.assert(
      fc.asyncProperty(
        id.filter((value) => !["", ".", ".."].includes(value) && isWellFormed(value)),
        async (EntityId) => {
          server.api.requests.length = 0;
          await c.GET("/entities/{EntityId}/addresses", { params: { path: { EntityId } } });
          const received = server.api.requests[0]?.url ?? "";
          expect(received.startsWith(prefix)).toBe(true);
          const rest = received.slice(prefix.length).split("/");
          expect(rest).toHaveLength(2);
          expect(rest[1]).toBe("addresses");
          expect(decodeURIComponent(rest[0] ?? "")).toBe(EntityId);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("refuses empty, '.' and '..' ids before sending", async () => {
    server.api.requests.length = 0;
    for (const EntityId of ["", ".", "..", "a\uD800b"]) {
      const failure = await client()
        .GET("/entities/{EntityId}", { params: { path: { EntityId } } })
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(EntityManagementError);
      expect(failure).toMatchObject({ code: "INVALID_PATH_PARAM" });
    }
    expect(server.api.requests).toHaveLength(0);
  });
});
