/** Search paging end to end: offset/count in, `paging { nextOffset, results, total }` out, and the client's paginate over it. */
import { beforeAll, describe, expect, it } from "vitest";
import { unwrap } from "../../src/index.js";
import { collect } from "../helpers/client-fixture.js";
import { useTestSandbox, uuid } from "./fixture.js";

const t = useTestSandbox();
const prefix = `Paged-${uuid().slice(0, 8)}`;
const created: string[] = [];

beforeAll(async () => {
  for (let i = 0; i < 23; i++) {
    created.push((await unwrap(t.client.POST("/entities", { body: { entityType: "organization", legalName: `${prefix} ${String(i).padStart(2, "0")}` } }))).id);
  }
});

describe("search paging", () => {
  it("answers pages of count from offset, nextOffset as a string until the last page", async () => {
    const search = (offset: number, count: number) => unwrap(t.client.POST("/entities/search", { params: { query: { offset, count } }, body: { name: prefix } }));
    const first = await search(0, 10);
    expect(first.entities.map((e) => e.id)).toEqual(created.slice(0, 10));
    expect(first.paging).toEqual({ nextOffset: "10", results: 10, total: 23 });
    const last = await search(20, 10);
    expect(last.entities.map((e) => e.id)).toEqual(created.slice(20));
    expect(last.paging).toEqual({ nextOffset: null, results: 3, total: 23 });
    expect((await search(13, 10)).paging).toEqual({ nextOffset: null, results: 10, total: 23 });
    expect((await search(40, 10)).paging).toEqual({ nextOffset: null, results: 0, total: 23 });
  });

  it("defaults to offset 0 and count 50, as the spec says", async () => {
    const page = await unwrap(t.client.POST("/entities/search", { body: { name: prefix } }));
    expect(page.paging).toEqual({ nextOffset: null, results: 23, total: 23 });
  });

  it("walks every page with the client's paginate, in order, each item once", async () => {
    const items = await collect(t.client.paginate("/entities/search", { body: { name: prefix }, pageSize: 4 }));
    expect(items.map((item) => item.id)).toEqual(created);
    expect(await collect(t.client.paginate("/entities/search", { body: { name: prefix }, pageSize: 5, max: 7 }))).toHaveLength(7);
  });

  it("pages relationship searches the same way", async () => {
    const assetId = uuid();
    const ids: string[] = [];
    for (const relatedEntityId of created.slice(0, 9)) {
      const body = { entityId: created[22] ?? "", relatedEntityId, relationshipTypeId: t.ref("relationshipTypes", "trustee"), asset: { assetType: "card" as const, assetId } };
      ids.push((await unwrap(t.client.POST("/relationships", { body }))).id);
    }
    const items = await collect(t.client.paginate("/relationships/search", { body: { assetId }, pageSize: 4 }));
    expect(items.map((item) => item.id)).toEqual(ids);
    const page = await unwrap(t.client.POST("/relationships/search", { params: { query: { offset: 8, count: 4 } }, body: { entityId: created[22] ?? "" } }));
    expect(page.paging).toEqual({ nextOffset: null, results: 1, total: 9 });
  });

  it("refuses an offset or count outside the spec's bounds", async () => {
    for (const query of [{ offset: -1 }, { count: 0 }, { count: 201 }]) {
      const { response } = await t.client.POST("/entities/search", { params: { query }, body: {} });
      expect(response.status, JSON.stringify(query)).toBe(400);
    }
  });
});
