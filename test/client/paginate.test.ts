import { describe, expect, it } from "vitest";
import { ApiError, InvalidOptionsError, InvalidRequestError, InvalidResponseError } from "../../src/index.js";
import { sendJson } from "../helpers/api-server.js";
import { collect, createTestClient, useTestApiServer } from "../helpers/client-fixture.js";
import { failureOf } from "../helpers/renderings.js";

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
    expect(server.api.requests.map((request) => new URL(request.url, server.api.origin).search)).toEqual(["?offset=0&count=3", "?offset=3&count=3", "?offset=6&count=3"]);
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

/**
 * Issue 9, defect 9: paging that would never end. The server gives up after `limit` pages (so a
 * client that keeps going still ends, and the test can count what it sent); a correct client
 * stops at the first bad page.
 */
describe("paginate on paging that never ends", () => {
  const limit = 25;
  function serveBadPaging(page: (offset: number) => { entities: unknown[]; paging: Record<string, unknown> }) {
    server.api.handle((request, response) => {
      const offset = Number(new URL(request.url, server.api.origin).searchParams.get("offset"));
      const answer = page(offset);
      if (server.api.requests.length >= limit) answer.paging = { ...answer.paging, nextOffset: null };
      sendJson(response, 200, answer);
    });
  }
  const run = (options: Record<string, unknown> = {}) => failureOf(collect(client().paginate("/entities/search", { body: {}, pageSize: 3, ...options })));

  it("an empty page that still carries a nextOffset: InvalidResponseError after one request", async () => {
    serveBadPaging((offset) => ({ entities: [], paging: { nextOffset: String(offset + 3), results: 0, total: 1_000 } }));
    const failure = await run();
    expect(failure).toBeInstanceOf(InvalidResponseError);
    expect((failure as Error).message).toMatch(/empty page at offset 0 .*would never end/);
    expect(server.api.requests).toHaveLength(1);
  });

  it("a nextOffset past paging.total: InvalidResponseError after one request", async () => {
    serveBadPaging((offset) => ({ entities: [all[0]], paging: { nextOffset: String(offset + 100), results: 1, total: 7 } }));
    const failure = await run();
    expect(failure).toBeInstanceOf(InvalidResponseError);
    expect((failure as Error).message).toMatch(/past paging.total 7/);
    expect(server.api.requests).toHaveLength(1);
  });

  it("a nextOffset that goes back: InvalidResponseError on the page that does it", async () => {
    serveBadPaging((offset) => ({ entities: all.slice(0, 3), paging: { nextOffset: offset === 0 ? "3" : "1", results: 3, total: 7 } }));
    expect(await run()).toBeInstanceOf(InvalidResponseError);
    expect(server.api.requests).toHaveLength(2);
  });

  it("max bounds the walk even when the server always claims more", async () => {
    serveBadPaging((offset) => ({ entities: all.slice(0, 3), paging: { nextOffset: String(offset + 3), results: 3, total: 1_000_000 } }));
    const items = await collect(client().paginate("/entities/search", { body: {}, pageSize: 3, max: 5 }));
    expect(items).toHaveLength(5);
    expect(server.api.requests).toHaveLength(2);
  });

  it("max: 0 sends nothing", async () => {
    servePages();
    expect(await collect(client().paginate("/entities/search", { body: {}, max: 0 }))).toEqual([]);
    expect(server.api.requests).toHaveLength(0);
  });

  it.each([
    ["max: NaN", { max: Number.NaN }, /max must be a whole number/],
    ["max: -1", { max: -1 }, /max must be a whole number/],
    ["pageSize: 0", { pageSize: 0 }, /pageSize must be a positive whole number/],
    ["pageSize: NaN", { pageSize: Number.NaN }, /pageSize must be a positive whole number/],
  ])("%s is InvalidOptionsError before any request", async (_, options, message) => {
    serveBadPaging((offset) => ({ entities: all.slice(0, 3), paging: { nextOffset: String(offset + 3), results: 3, total: 1_000_000 } }));
    const failure = await run(options);
    expect(failure).toBeInstanceOf(InvalidOptionsError);
    expect((failure as Error).message).toMatch(message);
    expect(server.api.requests).toHaveLength(0);
  });

  it("a page without its items array is InvalidResponseError, not an empty result", async () => {
    serveBadPaging(() => ({ entities: undefined as never, paging: { nextOffset: null } }));
    const failure = await run();
    expect(failure).toBeInstanceOf(InvalidResponseError);
    expect((failure as Error).message).toMatch(/no entities array/);
  });
});

describe("paginate on an operation that is not a search", () => {
  it.each(["/entities/{EntityId}", "/address-labels", "/entities", "/nowhere/search"])("%s: InvalidRequestError NOT_A_SEARCH_OPERATION, nothing sent", async (path) => {
    servePages();
    const failure = await failureOf(collect(client().paginate(path as never, { body: {} as never })));
    expect(failure).toBeInstanceOf(InvalidRequestError);
    expect(failure).toMatchObject({ code: "NOT_A_SEARCH_OPERATION", message: expect.stringContaining(path) });
    expect(server.api.requests).toHaveLength(0);
  });
});
