/**
 * What reports and notices say: a table per report type (rendered as CSV or as PDF lines) and
 * the text of each notice type, built from the store at generation time.
 */
import { displayName, type EntityRecord, type ReferenceListKey, type Schemas, type Store } from "../store.js";

/** A report as a table. */
export interface ReportTable {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

type ReportType = Schemas["ReportType"];
type Row = readonly string[];

const reports: Record<ReportType, { title: string; columns: readonly string[]; rows: (store: Store, record: EntityRecord) => Row[] }> = {
  entity_profile: {
    title: "Entity profile",
    columns: ["entity_id", "entity_type", "name", "status", "primary_address", "primary_phone", "primary_email", "identifications", "employments"],
    rows: (_, { entity, children }) => {
      const primary = (map: Map<string, { readonly [field: string]: unknown }>, show: (child: { readonly [field: string]: unknown }) => string) =>
        [...map.values()].filter((child) => child["isPrimary"] === true).map(show)[0] ?? "";
      return [
        [
          entity.id,
          entity.entityType,
          displayName(entity),
          entity.status,
          primary(children.addresses, (a) => [a["line1"], a["city"], a["region"], a["postalCode"], a["country"]].filter(Boolean).join(", ")),
          primary(children.phoneNumbers, (p) => String(p["number"])),
          primary(children.digitalContactPoints, (d) => (d["type"] === "email" ? String(d["value"]) : "")),
          String(children.identifications.size),
          String(children.employments.size),
        ],
      ];
    },
  },
  relationship_summary: {
    title: "Relationship summary",
    columns: ["entity_id", "entity_name", "relationship_id", "relationship_type", "related_entity_id", "related_entity_name", "asset", "start_date", "end_date"],
    rows: (store, { entity }) =>
      [...store.relationships.values()]
        .filter((r) => r.entityId === entity.id || r.relatedEntityId === entity.id)
        .map((r) => {
          const otherId = r.entityId === entity.id ? r.relatedEntityId : r.entityId;
          const other = store.entities.get(otherId)?.entity;
          const asset = r.asset ? `${r.asset.assetType} ${r.asset.assetId}` : "";
          return [
            entity.id,
            displayName(entity),
            r.id,
            label(store, "relationshipTypes", r.relationshipTypeId),
            otherId,
            other ? displayName(other) : "",
            asset,
            r.startDate,
            r.endDate ?? "",
          ];
        }),
  },
  privacy_opt_out_status: {
    title: "Privacy opt-out status",
    columns: ["entity_id", "entity_name", "kind", "type", "opted_out", "effective_date", "expiration_date"],
    rows: (store, { entity, children }) => [
      ...[...children.privacyOptOuts.values()].map((o) => [
        entity.id,
        displayName(entity),
        "privacy",
        label(store, "privacyOptOutTypes", String(o["privacyOptOutTypeId"])),
        String(o["optedOut"]),
        String(o["effectiveDate"]),
        "",
      ]),
      ...[...children.affiliateOptOuts.values()].map((o) => [
        entity.id,
        displayName(entity),
        "affiliate",
        label(store, "affiliateOptOutTypes", String(o["affiliateOptOutTypeId"])),
        String(o["optedOut"]),
        String(o["effectiveDate"]),
        typeof o["expirationDate"] === "string" ? o["expirationDate"] : "",
      ]),
    ],
  },
};

/** The report of `type` on `records`, in their order. */
export function buildReport(store: Store, type: ReportType, records: readonly EntityRecord[]): ReportTable {
  const { title, columns, rows } = reports[type];
  return { title, columns, rows: records.flatMap((record) => rows(store, record)) };
}

/** The report as RFC 4180 CSV (CRLF line ends, quotes only where needed). */
export function reportCsv(report: ReportTable): Uint8Array {
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return Buffer.from([report.columns, ...report.rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n", "utf8");
}

/** The report as lines of text, one block per row, for the PDF. */
export function reportLines(report: ReportTable): string[] {
  if (report.rows.length === 0) return ["No rows."];
  return report.rows.flatMap((row, index) => [`#${index + 1}`, ...report.columns.map((column, i) => `    ${column}: ${row[i] ?? ""}`), ""]);
}

const notices: Record<Schemas["NoticeType"], { title: string; body: readonly string[] }> = {
  initial_privacy_notice: {
    title: "Initial privacy notice",
    body: [
      "FACTS: What does this institution do with your personal information?",
      "We collect and share your information as this notice describes, to run our everyday business.",
      "You may limit sharing with nonaffiliated third parties at any time.",
    ],
  },
  annual_privacy_notice: {
    title: "Annual privacy notice",
    body: ["Our privacy policy has not changed since our last notice to you.", "Your opt-out choices remain in effect until you tell us otherwise."],
  },
  affiliate_marketing_notice: {
    title: "Affiliate marketing notice",
    body: ["Your choice to limit marketing from our affiliates.", "You may limit our affiliates from using your information to market to you, for at least five years."],
  },
};

/** The title and lines of a notice for `record`. */
export function buildNotice(store: Store, type: Schemas["NoticeType"], delivery: string, record: EntityRecord): { title: string; lines: string[] } {
  const { title, body } = notices[type];
  const address = [...record.children.addresses.values()].find((a) => a["isPrimary"] === true);
  return {
    title,
    lines: [
      `Institution ${store.institutionUniversalId}`,
      `For: ${displayName(record.entity)} (${record.entity.id})`,
      ...(address ? [`${String(address["line1"])}, ${String(address["city"])} ${typeof address["postalCode"] === "string" ? address["postalCode"] : ""}`] : []),
      `Date: ${new Date().toISOString().slice(0, 10)}    Delivery: ${delivery}`,
      "",
      ...body,
    ],
  };
}

const label = (store: Store, list: ReferenceListKey, id: string): string => store.referenceLists[list].find((item) => item.id === id)?.name ?? id;
