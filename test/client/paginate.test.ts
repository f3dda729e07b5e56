import { describe, expect, it } from "vitest";
import { ApiError, InvalidResponseError } from "../../src/index.js";
import { sendJson } from "../helpers/api-server.js";
import { collect, createTestClient, useTestApiServer } from "../helpers/client-fixture.js";

const server = useTestApiServer();
const all = Array.from({ length: 7 }, (_, index) => ({
  id: `00000000-0000-4000-8000-00000000000${index}`,
  entityType: "organization",
  legalName: `Org ${index}`,
}));

function servePages() {
  server.api.handle((request, response) => {
    const query = new URL(request.url, server.api.origin).searchParams;
    const offset = Number(query.get("offset"));
    const count = Number(query.get("count"));
    const entities = all.slice(offset, offset + count);
    const nextOffset = offset + count < all.length ? String(offset + count) : null;
    sendJson(response, 200, { entities, paging: { nextOffset, results: entities.length, total: all.length } });
  });
}

const client = () => createTestClient(server.api);

describe("paginate", () => {
  it("walks every page by paging.nextOffset, sending the filter each time", async () => {
    servePages();
    const items = await collect(client().paginate("/entities/search", { body: { entityType: "organization" }, pageSize: 3 }));
    expect(items.map((item) => item.id)).toEqual(all.map((item) => item.id));
    expect(server.api.requests.map((request) => new URL(request.url, server.api.origin).search)).toEqual([
      "?offset=0&count=3",
      "?offset=3&count=3",
      "?offset=6&count=3",
    ]);
    expect(server.api.requests.every((request) => JSON.parse(request.body).entityType === "organization")).toBe(true);
  });

  it("stops at max without fetching further pages", async () => {
    servePages();
    const items = await collect(client().paginate("/entities/search", { body: {}, pageSize: 3, max: 4 }));
    expect(items).toHaveLength(4);
    expect(server.api.requests).toHaveLength(2);
  });

  it("throws ApiError on an error page", async () => {
    server.api.handle((_, response) => sendJson(response, 400, { type: "jackhenry/invalid", title: "Invalid count.", details: ["count must be ≤ 200"] }));
    await expect(collect(client().paginate("/entities/search", { body: {}, pageSize: 500 }))).rejects.toBeInstanceOf(ApiError);
  });

  it("refuses a nextOffset that does not advance instead of looping forever", async () => {
    server.api.handle((_, response) => sendJson(response, 200, { entities: [all[0]], paging: { nextOffset: "0", results: 1, total: 7 } }));
    await expect(collect(client().paginate("/entities/search", { body: {} }))).rejects.toBeInstanceOf(InvalidResponseError);
    expect(server.api.requests).toHaveLength(1);
  });
});
