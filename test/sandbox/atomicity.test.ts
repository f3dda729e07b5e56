/** Writes are atomic per request: concurrent creates all land exactly once, and a refused write changes nothing. */
import { describe, expect, it } from "vitest";
import { unwrap } from "../../src/index.js";
import { useTestSandbox, uuid } from "./fixture.js";

const t = useTestSandbox();

const get = (EntityId: string) => unwrap(t.client.GET("/entities/{EntityId}", { params: { path: { EntityId } } }));
const addresses = (EntityId: string) => unwrap(t.client.GET("/entities/{EntityId}/addresses", { params: { path: { EntityId } } })).then((list) => list.addresses);

describe("concurrent writes", () => {
  it("persists 1 000 concurrent creates, each exactly once", async () => {
    const prefix = `Burst-${uuid().slice(0, 8)}`;
    const names = Array.from({ length: 1000 }, (_, i) => `${prefix}-${String(i).padStart(4, "0")}`);
    const results = await Promise.all(names.map((lastName) => t.client.POST("/entities", { body: { entityType: "person", firstName: "Load", lastName } })));
    expect(results.filter((result) => result.response.status !== 201)).toEqual([]);
    const ids = results.map((result) => result.data?.id);
    expect(new Set(ids).size).toBe(1000);

    const found = [];
    for await (const entity of t.client.paginate("/entities/search", { body: { name: prefix }, pageSize: 200 })) found.push(entity);
    expect(found).toHaveLength(1000);
    expect(new Set(found.map((entity) => entity.id))).toEqual(new Set(ids));
    expect(found.map((entity) => (entity.entityType === "person" ? entity.lastName : "")).sort()).toEqual(names);
    // One token served the whole burst (the client's single-flight, against the real authorization server).
    const tokens = t.sandbox.authorizationServer.events.requests.filter((r) => r.outcome === "success" && r.scope === "entity-services.entities.write");
    expect(tokens).toHaveLength(1);
  });

  it("lets exactly one of 50 concurrent duplicate opt-outs through", async () => {
    const EntityId = (await unwrap(t.client.POST("/entities", { body: { entityType: "person", firstName: "Once", lastName: "Only" } }))).id;
    const body = { privacyOptOutTypeId: t.ref("privacyOptOutTypes", "affiliate_creditworthiness"), optedOut: true };
    const results = await Promise.all(Array.from({ length: 50 }, () => t.client.POST("/entities/{EntityId}/privacy-opt-outs", { params: { path: { EntityId } }, body })));
    expect(results.map((result) => result.response.status).sort()).toEqual([201, ...Array<number>(49).fill(409)]);
    expect((await unwrap(t.client.GET("/entities/{EntityId}/privacy-opt-outs", { params: { path: { EntityId } } }))).privacyOptOuts).toHaveLength(1);
  });
});

describe("a refused write is not partially applied", () => {
  it("keeps the primary address when a new primary one is refused (409) or invalid (400)", async () => {
    const EntityId = (await unwrap(t.client.POST("/entities", { body: { entityType: "person", firstName: "Ada", lastName: "Lovelace" } }))).id;
    const home = { addressLabelId: t.ref("addressLabels", "home"), line1: "12 Main Street", city: "Springfield", country: "US", isPrimary: true };
    const work = { ...home, addressLabelId: t.ref("addressLabels", "work"), line1: "1 Engine Row", isPrimary: false };
    await unwrap(t.client.POST("/entities/{EntityId}/addresses", { params: { path: { EntityId } }, body: home }));
    const second = await unwrap(t.client.POST("/entities/{EntityId}/addresses", { params: { path: { EntityId } }, body: work }));
    const before = await addresses(EntityId);

    const unknownLabel = { ...work, isPrimary: true, addressLabelId: uuid() };
    const put = await t.client.PUT("/entities/{EntityId}/addresses/{AddressId}", { params: { path: { EntityId, AddressId: second.id } }, body: unknownLabel });
    expect(put.response.status).toBe(409);
    const invalid = { ...home, country: "usa" };
    expect((await t.client.POST("/entities/{EntityId}/addresses", { params: { path: { EntityId } }, body: invalid })).response.status).toBe(400);
    const inactive = { ...home, addressLabelId: t.ref("addressLabels", "previous") };
    expect((await t.client.POST("/entities/{EntityId}/addresses", { params: { path: { EntityId } }, body: inactive })).response.status).toBe(409);

    expect(await addresses(EntityId)).toEqual(before);
    // The same change with a valid label goes through, and moves the primary flag.
    await unwrap(t.client.PUT("/entities/{EntityId}/addresses/{AddressId}", { params: { path: { EntityId, AddressId: second.id } }, body: { ...work, isPrimary: true } }));
    expect((await addresses(EntityId)).filter((a) => a.isPrimary).map((a) => a.id)).toEqual([second.id]);
  });

  it("leaves an entity unchanged after an invalid replacement", async () => {
    const EntityId = (await unwrap(t.client.POST("/entities", { body: { entityType: "organization", legalName: "Analytical Engines LLC", dbaName: "Engines" } }))).id;
    const before = await get(EntityId);
    const body = { entityType: "organization", legalName: "", dbaName: "Renamed", status: "closed" };
    expect((await t.client.PUT("/entities/{EntityId}", { params: { path: { EntityId } }, body: body as never })).response.status).toBe(400);
    expect(await get(EntityId)).toEqual(before);
  });

  it("stores no relationship when one side is unknown", async () => {
    const EntityId = (await unwrap(t.client.POST("/entities", { body: { entityType: "person", firstName: "Solo", lastName: "Entity" } }))).id;
    const body = { entityId: EntityId, relatedEntityId: uuid(), relationshipTypeId: t.ref("relationshipTypes", "owner") };
    expect((await t.client.POST("/relationships", { body })).response.status).toBe(409);
    expect((await unwrap(t.client.GET("/entities/{EntityId}/relationships", { params: { path: { EntityId } } }))).relationships).toEqual([]);
  });
});
