/**
 * The contract: the real client against the sandbox, one case per operation of the generated map,
 * with every response validated against the spec. An operation without a case fails here.
 */
import { describe, expect, it } from "vitest";
import { unwrap, type OperationId } from "../../src/index.js";
import { operationIds, referenceLists, useTestSandbox, uuid } from "./fixture.js";

const t = useTestSandbox();

type Result = { data?: unknown; error?: unknown; response: Response };
type Init = { params?: { path?: Record<string, string>; query?: Record<string, unknown> }; body?: unknown; parseAs?: "arrayBuffer" | "text" };
/** The client without path typing, for the cases generated from a table. */
type LooseClient = Record<"GET" | "POST" | "PUT" | "DELETE", (path: string, init?: Init) => Promise<Result>>;
const loose = () => t.client as unknown as LooseClient;

function expectStatus(result: Result, status: number): void {
  expect(result.response.status, JSON.stringify(result.error ?? null)).toBe(status);
}

async function newPerson(lastName = `Person-${uuid().slice(0, 8)}`): Promise<string> {
  return (await unwrap(t.client.POST("/entities", { body: { entityType: "person", firstName: "Test", lastName } }))).id;
}

// The seven per-entity collections: a valid body to create one entry, and a different one to replace it.
const collections: Record<string, { singular: string; path: string; create: () => Record<string, unknown>; update: () => Record<string, unknown> }> = {
  addresses: {
    singular: "Address",
    path: "addresses",
    create: () => ({ addressLabelId: t.ref("addressLabels", "home"), line1: "12 Elm Street", city: "Springfield", country: "US" }),
    update: () => ({
      addressLabelId: t.ref("addressLabels", "mailing"),
      line1: "PO Box 7",
      city: "Springfield",
      region: "MO",
      postalCode: "65801",
      country: "US",
      isPrimary: true,
    }),
  },
  phoneNumbers: {
    singular: "PhoneNumber",
    path: "phone-numbers",
    create: () => ({ phoneNumberLabelId: t.ref("phoneNumberLabels", "mobile"), number: "+14175550100" }),
    update: () => ({ phoneNumberLabelId: t.ref("phoneNumberLabels", "work"), number: "+14175550199", extension: "12", smsCapable: false, isPrimary: true }),
  },
  digitalContactPoints: {
    singular: "DigitalContactPoint",
    path: "digital-contact-points",
    create: () => ({ digitalContactPointLabelId: t.ref("digitalContactPointLabels", "personal"), type: "email", value: "test@example.com" }),
    update: () => ({ digitalContactPointLabelId: t.ref("digitalContactPointLabels", "work"), type: "website", value: "https://example.com/about", isPrimary: true }),
  },
  identifications: {
    singular: "Identification",
    path: "identifications",
    create: () => ({ identificationTypeId: t.ref("identificationTypes", "passport"), number: "X1234567", issuingCountry: "US" }),
    update: () => ({ identificationTypeId: t.ref("identificationTypes", "drivers_license"), number: "M-200-300", issuingRegion: "MO", expirationDate: "2031-01-01" }),
  },
  privacyOptOuts: {
    singular: "PrivacyOptOut",
    path: "privacy-opt-outs",
    create: () => ({ privacyOptOutTypeId: t.ref("privacyOptOutTypes", "nonaffiliated_sharing"), optedOut: true }),
    update: () => ({ privacyOptOutTypeId: t.ref("privacyOptOutTypes", "nonaffiliated_sharing"), optedOut: false, effectiveDate: "2025-01-01" }),
  },
  affiliateOptOuts: {
    singular: "AffiliateOptOut",
    path: "affiliate-opt-outs",
    create: () => ({ affiliateOptOutTypeId: t.ref("affiliateOptOutTypes", "affiliate_marketing"), optedOut: true }),
    update: () => ({
      affiliateOptOutTypeId: t.ref("affiliateOptOutTypes", "affiliate_marketing"),
      affiliateOptOutExceptionReasonId: t.ref("affiliateOptOutExceptionReasons", "consumer_initiated"),
      optedOut: false,
      expirationDate: "2030-01-01",
    }),
  },
  employments: {
    singular: "Employment",
    path: "employments",
    create: () => ({ employerName: "Analytical Engines LLC", employmentTypeId: t.ref("employmentTypes", "full_time") }),
    update: () => ({ employerName: "Difference Engines Ltd", employmentTypeId: t.ref("employmentTypes", "part_time"), annualIncome: "85000.00", startDate: "2020-01-01" }),
  },
};

async function withEntry(key: string): Promise<{ entityId: string; id: string; collection: (typeof collections)[string] }> {
  const collection = collections[key]!;
  const entityId = await newPerson();
  const created = await loose().POST(`/entities/{EntityId}/${collection.path}`, { params: { path: { EntityId: entityId } }, body: collection.create() });
  expectStatus(created, 201);
  return { entityId, id: (created.data as { id: string }).id, collection };
}

const itemPath = (c: { singular: string; path: string }) => `/entities/{EntityId}/${c.path}/{${c.singular}Id}`;
const pathParams = (c: { singular: string }, entityId: string, id: string) => ({ path: { EntityId: entityId, [`${c.singular}Id`]: id } });

const collectionCases = Object.fromEntries(
  Object.entries(collections).flatMap(([key, c]) => [
    [
      `list${key.charAt(0).toUpperCase()}${key.slice(1)}`,
      async () => {
        const { entityId, id } = await withEntry(key);
        const listed = await loose().GET(`/entities/{EntityId}/${c.path}`, { params: { path: { EntityId: entityId } } });
        expectStatus(listed, 200);
        expect((listed.data as Record<string, { id: string }[]>)[key]!.map((entry) => entry.id)).toEqual([id]);
      },
    ],
    [
      `create${c.singular}`,
      async () => {
        const { entityId, id } = await withEntry(key);
        const read = await loose().GET(itemPath(c), { params: pathParams(c, entityId, id) });
        expect(read.data).toMatchObject({ ...c.create(), id });
      },
    ],
    [
      `get${c.singular}`,
      async () => {
        const { entityId, id } = await withEntry(key);
        const read = await loose().GET(itemPath(c), { params: pathParams(c, entityId, id) });
        expectStatus(read, 200);
        expect(read.data).toMatchObject({ id, createdAt: expect.any(String), updatedAt: expect.any(String) });
      },
    ],
    [
      `update${c.singular}`,
      async () => {
        const { entityId, id } = await withEntry(key);
        expectStatus(await loose().PUT(itemPath(c), { params: pathParams(c, entityId, id), body: c.update() }), 204);
        const read = await loose().GET(itemPath(c), { params: pathParams(c, entityId, id) });
        expect(read.data).toMatchObject({ ...c.update(), id });
      },
    ],
    [
      `delete${c.singular}`,
      async () => {
        const { entityId, id } = await withEntry(key);
        expectStatus(await loose().DELETE(itemPath(c), { params: pathParams(c, entityId, id) }), 204);
        expectStatus(await loose().GET(itemPath(c), { params: pathParams(c, entityId, id) }), 404);
      },
    ],
  ]),
) as Record<string, () => Promise<void>>;

const referenceListCases = Object.fromEntries(
  Object.entries(referenceLists).map(([key, path]) => [
    `list${key.charAt(0).toUpperCase()}${key.slice(1)}`,
    async () => {
      const listed = await loose().GET(path);
      expectStatus(listed, 200);
      const items = (listed.data as Record<string, { isActive: boolean; code: string; name: string }[]>)[key]!;
      expect(items.length).toBeGreaterThan(2);
      expect(items.some((item) => item.isActive) && items.some((item) => !item.isActive)).toBe(true);
    },
  ]),
) as Record<string, () => Promise<void>>;

async function newRelationship(assetId = uuid()): Promise<{ id: string; entityId: string; relatedEntityId: string }> {
  const entityId = await newPerson();
  const relatedEntityId = await newPerson();
  const body = { entityId, relatedEntityId, relationshipTypeId: t.ref("relationshipTypes", "joint_owner"), asset: { assetType: "account" as const, assetId } };
  return { id: (await unwrap(t.client.POST("/relationships", { body }))).id, entityId, relatedEntityId };
}

async function download(path: "/reports/{ReportId}" | "/notices/{NoticeId}", id: string): Promise<{ type: string | null; disposition: string | null; text: string }> {
  const result = await loose().GET(path, { params: { path: path === "/reports/{ReportId}" ? { ReportId: id } : { NoticeId: id } }, parseAs: "text" });
  expectStatus(result, 200);
  return { type: result.response.headers.get("content-type"), disposition: result.response.headers.get("content-disposition"), text: result.data as string };
}

const cases: Partial<Record<OperationId, () => Promise<void>>> = {
  ...collectionCases,
  ...referenceListCases,

  async createEntity() {
    const { data, response } = await t.client.POST("/entities", { body: { entityType: "organization", legalName: "Difference Engines Ltd", establishedDate: "1822-06-14" } });
    expect(response.status).toBe(201);
    const read = await unwrap(t.client.GET("/entities/{EntityId}", { params: { path: { EntityId: data?.id ?? "" } } }));
    expect(read).toMatchObject({ entityType: "organization", legalName: "Difference Engines Ltd", status: "active" });
  },
  async getEntity() {
    const id = await newPerson("Lovelace-get");
    const { data, response } = await t.client.GET("/entities/{EntityId}", { params: { path: { EntityId: id } } });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ id, entityType: "person", firstName: "Test", lastName: "Lovelace-get", status: "active" });
  },
  async updateEntity() {
    const id = await newPerson();
    const body = { entityType: "person", firstName: "Augusta", lastName: "King", status: "inactive" } as const;
    expect((await t.client.PUT("/entities/{EntityId}", { params: { path: { EntityId: id } }, body })).response.status).toBe(204);
    expect(await unwrap(t.client.GET("/entities/{EntityId}", { params: { path: { EntityId: id } } }))).toMatchObject(body);
  },
  async searchEntities() {
    const name = `Searchable-${uuid().slice(0, 8)}`;
    const id = await newPerson(name);
    const page = await unwrap(t.client.POST("/entities/search", { params: { query: { offset: 0, count: 10 } }, body: { name: name.toLowerCase(), entityType: "person" } }));
    expect(page.entities.map((entity) => entity.id)).toEqual([id]);
    expect(page.paging).toEqual({ nextOffset: null, results: 1, total: 1 });
  },

  async getTaxIdNumber() {
    const id = await newPerson();
    await unwrap(t.client.PUT("/entities/{EntityId}/tax-id-number", { params: { path: { EntityId: id } }, body: { taxIdType: "ssn", value: "123456789" } }));
    const masked = await unwrap(t.client.GET("/entities/{EntityId}/tax-id-number", { params: { path: { EntityId: id } } }));
    expect(masked).toMatchObject({ taxIdType: "ssn", maskedValue: "***-**-6789", lastFour: "6789" });
    expect(JSON.stringify(masked)).not.toContain("12345");
  },
  async updateTaxIdNumber() {
    const id = await newPerson();
    const put = (value: string) => t.client.PUT("/entities/{EntityId}/tax-id-number", { params: { path: { EntityId: id } }, body: { taxIdType: "ein", value } });
    expect((await put("123456789")).response.status).toBe(204);
    expect((await put("987654321")).response.status).toBe(204);
    expect(await unwrap(t.client.GET("/entities/{EntityId}/tax-id-number", { params: { path: { EntityId: id } } }))).toMatchObject({ maskedValue: "**-***4321" });
  },
  async getForeignTaxIdNumber() {
    const id = await newPerson();
    expectStatus(await t.client.GET("/entities/{EntityId}/foreign-tax-id-number", { params: { path: { EntityId: id } } }), 404);
    await unwrap(t.client.PUT("/entities/{EntityId}/foreign-tax-id-number", { params: { path: { EntityId: id } }, body: { country: "GB", value: "AB123456C" } }));
    const masked = await unwrap(t.client.GET("/entities/{EntityId}/foreign-tax-id-number", { params: { path: { EntityId: id } } }));
    expect(masked).toMatchObject({ country: "GB", maskedValue: "*****456C", lastFour: "456C" });
  },
  async updateForeignTaxIdNumber() {
    const id = await newPerson();
    const { response } = await t.client.PUT("/entities/{EntityId}/foreign-tax-id-number", { params: { path: { EntityId: id } }, body: { country: "DE", value: "12 345 678 901" } });
    expect(response.status).toBe(204);
  },

  async createRelationship() {
    const { id, entityId } = await newRelationship();
    expect(await unwrap(t.client.GET("/relationships/{RelationshipId}", { params: { path: { RelationshipId: id } } }))).toMatchObject({
      id,
      entityId,
      startDate: expect.any(String),
    });
  },
  async getRelationship() {
    const { id, relatedEntityId } = await newRelationship();
    const { data, response } = await t.client.GET("/relationships/{RelationshipId}", { params: { path: { RelationshipId: id } } });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ id, relatedEntityId, asset: { assetType: "account" } });
  },
  async updateRelationship() {
    const { id, entityId, relatedEntityId } = await newRelationship();
    const body = { entityId, relatedEntityId, relationshipTypeId: t.ref("relationshipTypes", "beneficiary"), startDate: "2024-01-01", endDate: "2024-12-31" };
    expect((await t.client.PUT("/relationships/{RelationshipId}", { params: { path: { RelationshipId: id } }, body })).response.status).toBe(204);
    const read = await unwrap(t.client.GET("/relationships/{RelationshipId}", { params: { path: { RelationshipId: id } } }));
    expect(read).toMatchObject(body);
    expect(read.asset).toBeUndefined();
  },
  async deleteRelationship() {
    const { id } = await newRelationship();
    expect((await t.client.DELETE("/relationships/{RelationshipId}", { params: { path: { RelationshipId: id } } })).response.status).toBe(204);
    expectStatus(await t.client.GET("/relationships/{RelationshipId}", { params: { path: { RelationshipId: id } } }), 404);
  },
  async searchRelationships() {
    const assetId = uuid();
    const { id } = await newRelationship(assetId);
    const page = await unwrap(t.client.POST("/relationships/search", { body: { assetType: "account", assetId, activeOn: new Date().toISOString().slice(0, 10) } }));
    expect(page.relationships.map((r) => r.id)).toEqual([id]);
    expect(page.paging).toEqual({ nextOffset: null, results: 1, total: 1 });
  },
  async listEntityRelationships() {
    const { id, relatedEntityId } = await newRelationship();
    const listed = await unwrap(t.client.GET("/entities/{EntityId}/relationships", { params: { path: { EntityId: relatedEntityId } } }));
    expect(listed.relationships.map((r) => r.id)).toEqual([id]);
  },

  async generateReport() {
    const id = await newPerson();
    const { data, response } = await t.client.POST("/reports", { body: { reportType: "entity_profile", entityIds: [id], format: "csv" } });
    expect(response.status).toBe(201);
    expect((await download("/reports/{ReportId}", data?.id ?? "")).text).toContain(id);
  },
  async downloadReport() {
    const id = await newPerson("Reported");
    const csv = await unwrap(t.client.POST("/reports", { body: { reportType: "entity_profile", entityIds: [id], format: "csv" } }));
    const pdf = await unwrap(t.client.POST("/reports", { body: { reportType: "relationship_summary", entityIds: [id], format: "pdf" } }));
    const asCsv = await download("/reports/{ReportId}", csv.id);
    expect(asCsv.type).toBe("text/csv");
    expect(asCsv.disposition).toMatch(/^attachment; filename="entity-profile-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(asCsv.text.split("\r\n")[0]).toBe("entity_id,entity_type,name,status,primary_address,primary_phone,primary_email,identifications,employments");
    expect(asCsv.text).toContain(`${id},person,Test Reported,active`);
    const asPdf = await download("/reports/{ReportId}", pdf.id);
    expect(asPdf.type).toBe("application/pdf");
    expect(asPdf.text.startsWith("%PDF-1.4")).toBe(true);
    expect(asPdf.text.trimEnd().endsWith("%%EOF")).toBe(true);
  },
  async generateNotice() {
    const id = await newPerson();
    const { data, response } = await t.client.POST("/entities/{EntityId}/notices", { params: { path: { EntityId: id } }, body: { noticeType: "annual_privacy_notice" } });
    expect(response.status).toBe(201);
    expect((await download("/notices/{NoticeId}", data?.id ?? "")).text).toContain("Annual privacy notice");
  },
  async downloadNotice() {
    const id = await newPerson("Noticed");
    const notice = await unwrap(
      t.client.POST("/entities/{EntityId}/notices", { params: { path: { EntityId: id } }, body: { noticeType: "affiliate_marketing_notice", deliveryPreference: "mail" } }),
    );
    const pdf = await download("/notices/{NoticeId}", notice.id);
    expect(pdf.type).toBe("application/pdf");
    expect(pdf.text).toContain("(For: Test Noticed");
  },

  async getAbilities() {
    const admin = await unwrap(t.client.GET("/enterprise/{EnterpriseUserId}/abilities", { params: { path: { EnterpriseUserId: t.sandbox.enterpriseUsers.administrator } } }));
    expect(Object.values(admin).every(Boolean)).toBe(true);
    const teller = await unwrap(t.client.GET("/enterprise/{EnterpriseUserId}/abilities", { params: { path: { EnterpriseUserId: t.sandbox.enterpriseUsers.teller } } }));
    expect(teller).toMatchObject({ viewEntities: true, searchEntities: true, addEntities: false, editTaxIdNumber: false, downloadReports: true });
  },
  async getEntitlements() {
    const { entitlements } = await unwrap(
      t.client.GET("/enterprise/{EnterpriseUserId}/entitlements", { params: { path: { EnterpriseUserId: t.sandbox.enterpriseUsers.teller } } }),
    );
    expect(entitlements).toContainEqual({ name: "ViewEntities", allowed: true, description: "View entities." });
    expect(entitlements).toContainEqual(expect.objectContaining({ name: "AddEntities", allowed: false }));
  },
};

describe("every operation of the generated map, through the client, against the sandbox", () => {
  it("has a case for every operation and none for an unknown one", () => {
    expect(Object.keys(cases).sort()).toEqual([...operationIds].sort());
  });

  it.each(operationIds)("%s", async (operationId) => {
    const run = cases[operationId];
    if (!run) throw new Error(`No contract case for ${operationId}: add one to the table.`);
    await run();
  });
});
