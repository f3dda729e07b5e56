/** Reports and notices download as well-formed documents: a PDF whose cross-reference table is right, RFC 4180 CSV. */
import { describe, expect, it } from "vitest";
import { unwrap } from "../../src/index.js";
import { useTestSandbox } from "./fixture.js";

const t = useTestSandbox();

async function report(format: "pdf" | "csv", legalNames: readonly string[]): Promise<Buffer> {
  const entityIds = [];
  for (const legalName of legalNames) entityIds.push((await unwrap(t.client.POST("/entities", { body: { entityType: "organization", legalName } }))).id);
  const { id } = await unwrap(t.client.POST("/reports", { body: { reportType: "entity_profile", entityIds, format } }));
  const { data } = await t.client.GET("/reports/{ReportId}", { params: { path: { ReportId: id } }, parseAs: "arrayBuffer" });
  return Buffer.from(data as ArrayBuffer);
}

/** Checks what a PDF reader relies on: header, every xref offset at its object, startxref at the table, the trailer, EOF. */
function expectWellFormedPdf(pdf: Buffer): { pages: number } {
  const text = pdf.toString("latin1");
  expect(text.startsWith("%PDF-1.4\n")).toBe(true);
  expect(text.endsWith("%%EOF\n")).toBe(true);
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
  expect(text.slice(startxref, startxref + 5)).toBe("xref\n");
  const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(text.slice(startxref)) ?? [];
  expect(first).toBe("0");
  const entries = text
    .slice(startxref)
    .split("\n")
    .slice(2, 2 + Number(count));
  entries.forEach((entry, id) => {
    expect(entry).toMatch(/^\d{10} \d{5} [fn] $/);
    if (id > 0) expect(text.slice(Number(entry.slice(0, 10))).startsWith(`${id} 0 obj\n`), `object ${id}`).toBe(true);
  });
  expect(text).toMatch(new RegExp(`trailer\\n<< /Size ${count} /Root 1 0 R /Info 4 0 R >>`));
  for (const [, length, stream] of text.matchAll(/<< \/Length (\d+) >>\nstream\n([\s\S]*?)\nendstream/g)) {
    expect(Buffer.byteLength(stream ?? "", "latin1")).toBe(Number(length));
  }
  return { pages: Number(/\/Type \/Pages \/Kids \[[^\]]*\] \/Count (\d+)/.exec(text)?.[1]) };
}

describe("downloaded documents", () => {
  it("are well-formed PDFs, over several pages when long, with PDF strings escaped", async () => {
    expect(expectWellFormedPdf(await report("pdf", ["Engines (Holdings) \\ Co"])).pages).toBe(1);
    const long = await report(
      "pdf",
      Array.from({ length: 8 }, (_, i) => `Company ${i}`),
    );
    expect(expectWellFormedPdf(long).pages).toBe(2);
    expect(long.toString("latin1")).toContain("(    name: Company 7) Tj");
  });

  it("are RFC 4180 CSV, quoting what needs it", async () => {
    const csv = (await report("csv", ['Smith, Jones & "Partners"'])).toString("utf8");
    const [header, row, end] = csv.split("\r\n");
    expect(header?.split(",")).toHaveLength(9);
    expect(row).toContain(',organization,"Smith, Jones & ""Partners""",active,');
    expect(end).toBe("");
  });

  it("render a notice for the entity, with its primary address", async () => {
    const EntityId = (await unwrap(t.client.POST("/entities", { body: { entityType: "person", firstName: "Ada", lastName: "Lovelace" } }))).id;
    const address = { addressLabelId: t.ref("addressLabels", "home"), line1: "12 Main Street", city: "Springfield", postalCode: "65801", country: "US", isPrimary: true };
    await unwrap(t.client.POST("/entities/{EntityId}/addresses", { params: { path: { EntityId } }, body: address }));
    const { id } = await unwrap(
      t.client.POST("/entities/{EntityId}/notices", { params: { path: { EntityId } }, body: { noticeType: "initial_privacy_notice", deliveryPreference: "email" } }),
    );
    const { data, response } = await t.client.GET("/notices/{NoticeId}", { params: { path: { NoticeId: id } }, parseAs: "arrayBuffer" });
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="initial-privacy-notice-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const pdf = Buffer.from(data as ArrayBuffer);
    expectWellFormedPdf(pdf);
    expect(pdf.toString("latin1")).toContain("(12 Main Street, Springfield 65801) Tj");
  });
});
