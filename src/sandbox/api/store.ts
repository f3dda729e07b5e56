/**
 * The sandbox's in-memory data for one institution, and the lookups every handler shares.
 *
 * Atomicity: handlers are synchronous from the moment the validated request reaches them until
 * they return, and they check everything (ids, references, duplicates) before their first write.
 * Node runs one such function at a time, so each request is applied whole or not at all, and
 * concurrent requests never interleave.
 */
import { createHash } from "node:crypto";
import type { components } from "../../../generated/entity-management.js";
import { conflict, notFound } from "./responses.js";

/** The spec's schemas, as openapi-typescript generated them. */
export type Schemas = components["schemas"];

/** The per-entity collections, named by their list key in responses (`{ addresses: [...] }`). */
const childCollections = ["addresses", "phoneNumbers", "digitalContactPoints", "identifications", "privacyOptOuts", "affiliateOptOuts", "employments"] as const;
/** One of {@link childCollections}. */
export type ChildCollection = (typeof childCollections)[number];

/** The institution reference lists, named by their list key in responses. */
export const referenceListKeys = [
  "relationshipTypes",
  "addressLabels",
  "affiliateOptOutExceptionReasons",
  "affiliateOptOutTypes",
  "digitalContactPointLabels",
  "phoneNumberLabels",
  "identificationTypes",
  "privacyOptOutTypes",
  "employmentTypes",
] as const;
/** One of {@link referenceListKeys}. */
export type ReferenceListKey = (typeof referenceListKeys)[number];

/** A stored sub-resource: the input fields as sent (with defaults applied), plus id and timestamps. */
export interface StoredChild {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly [field: string]: unknown;
}

/** The full (unmasked) value of a tax id singleton, as last written. */
export interface StoredSingleton {
  readonly input: Readonly<Record<string, string>>;
  readonly updatedAt: string;
}

/** An entity and everything that belongs to it. */
export interface EntityRecord {
  entity: Schemas["Entity"];
  readonly children: Record<ChildCollection, Map<string, StoredChild>>;
  readonly singletons: Map<"taxIdNumber" | "foreignTaxIdNumber", StoredSingleton>;
}

/** A generated report or notice, kept as the bytes that will be downloaded. */
export interface StoredDocument {
  readonly bytes: Uint8Array;
  readonly contentType: string;
  readonly filename: string;
}

/** Everything the sandbox knows about its institution. */
export interface Store {
  readonly institutionUniversalId: string;
  readonly entities: Map<string, EntityRecord>;
  readonly relationships: Map<string, Schemas["Relationship"]>;
  readonly reports: Map<string, StoredDocument>;
  readonly notices: Map<string, StoredDocument>;
  readonly referenceLists: Record<ReferenceListKey, readonly Schemas["ReferenceItem"][]>;
  /** Abilities of the institution's enterprise users (employees), by their Jack Henry Identity `sub`. */
  readonly enterpriseUsers: Map<string, Schemas["Abilities"]>;
}

/** An empty store for the institution. */
export function createStore(institutionUniversalId: string): Store {
  return {
    institutionUniversalId,
    entities: new Map(),
    relationships: new Map(),
    reports: new Map(),
    notices: new Map(),
    referenceLists: Object.fromEntries(referenceListKeys.map((key) => [key, []])) as unknown as Store["referenceLists"],
    enterpriseUsers: new Map(),
  };
}

/** Adds an entity with empty collections. */
export function insertEntity(store: Store, entity: Schemas["Entity"]): EntityRecord {
  const record: EntityRecord = {
    entity,
    children: Object.fromEntries(childCollections.map((key) => [key, new Map()])) as unknown as EntityRecord["children"],
    singletons: new Map(),
  };
  store.entities.set(entity.id, record);
  return record;
}

/** The entity with this id, or a 404 problem. */
export function requireEntity(store: Store, id: string | undefined): EntityRecord {
  const record = store.entities.get(id ?? "");
  if (!record) throw notFound(`No entity ${id}.`, { entityId: id });
  return record;
}

/** Why `id` cannot be used as `field` (unknown or inactive in `list`), or `undefined` when it can. */
export function referenceConflict(store: Store, list: ReferenceListKey, field: string, id: string): string | undefined {
  const item = store.referenceLists[list].find((entry) => entry.id === id);
  const name = referenceListName(list);
  if (!item) return `${field} ${id} is not a${/^[AEIOU]/.test(name) ? "n" : ""} ${name} of this institution.`;
  if (!item.isActive) return `${field} ${id} (${item.code}) is an inactive ${name}; only active ones are accepted on new writes.`;
  return undefined;
}

/** Throws one 409 listing every conflict, if there is any. */
export function throwConflicts(details: readonly (string | undefined)[]): void {
  const found = details.filter((detail): detail is string => detail !== undefined);
  if (found.length > 0) throw conflict(found);
}

/** "addressLabels" → "Address Label", for messages. */
function referenceListName(list: ReferenceListKey): string {
  return list
    .replace(/s$/, "")
    .replace(/([A-Z])/g, " $1")
    .replace(/^./, (first) => first.toUpperCase());
}

/** The display name of an entity: "Ada Lovelace" or the legal name. */
export function displayName(entity: Schemas["Entity"]): string {
  return entity.entityType === "person" ? [entity.firstName, entity.middleName, entity.lastName, entity.suffix].filter(Boolean).join(" ") : entity.legalName;
}

/** The current time as an RFC 3339 timestamp. */
export const nowIso = (): string => new Date().toISOString();

/** Today's date (UTC) as `YYYY-MM-DD`. */
export const todayIso = (): string => nowIso().slice(0, 10);

/** A uuid derived from `name` (SHA-1, version 5 layout), so seeded ids are the same on every start. */
export function stableId(name: string): string {
  const hex = createHash("sha1").update(`entity-management-sandbox:${name}`).digest("hex");
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
