/** Relationships: CRUD, search with paging, and the relationships of one entity. */
import { randomUUID } from "node:crypto";
import { page, type PageQuery } from "../paging.js";
import { conflict, created, emptyResponse, jsonResponse, notFound } from "../responses.js";
import { nowIso, referenceConflict, requireEntity, throwConflicts, todayIso, type Schemas, type Store } from "../store.js";
import type { HandlerMap } from "./context.js";

type Relationship = Schemas["Relationship"];

/** Handlers of the Relationships tag. */
export const relationshipHandlers: HandlerMap = {
  createRelationship: ({ body, store }) => created(write(store, body as Schemas["RelationshipInput"], undefined).id),

  getRelationship: ({ params, store }) => jsonResponse(requireRelationship(store, params["RelationshipId"])),

  updateRelationship: ({ params, body, store }) => {
    write(store, body as Schemas["RelationshipInput"], requireRelationship(store, params["RelationshipId"]));
    return emptyResponse();
  },

  deleteRelationship: ({ params, store }) => {
    store.relationships.delete(requireRelationship(store, params["RelationshipId"]).id);
    return emptyResponse();
  },

  searchRelationships: ({ query, body, store }) => {
    const filter = body as Schemas["RelationshipSearchFilter"];
    const matches = [...store.relationships.values()].filter(
      (r) =>
        (filter.entityId === undefined || r.entityId === filter.entityId || r.relatedEntityId === filter.entityId) &&
        (filter.relationshipTypeId === undefined || r.relationshipTypeId === filter.relationshipTypeId) &&
        (filter.assetType === undefined || r.asset?.assetType === filter.assetType) &&
        (filter.assetId === undefined || r.asset?.assetId === filter.assetId) &&
        (filter.activeOn === undefined || activeOn(r, filter.activeOn)),
    );
    const { items, paging } = page(matches, query as PageQuery);
    return jsonResponse({ relationships: items, paging } satisfies Schemas["RelationshipSearchResponse"]);
  },

  listEntityRelationships: ({ params, store }) => {
    const { entity } = requireEntity(store, params["EntityId"]);
    const relationships = [...store.relationships.values()].filter((r) => r.entityId === entity.id || r.relatedEntityId === entity.id);
    return jsonResponse({ relationships } satisfies Schemas["RelationshipList"]);
  },
};

function requireRelationship(store: Store, id: string | undefined): Relationship {
  const relationship = store.relationships.get(id ?? "");
  if (!relationship) throw notFound(`No relationship ${id}.`, { relationshipId: id });
  return relationship;
}

const activeOn = (r: Relationship, date: string): boolean => r.startDate <= date && (r.endDate === undefined || date <= r.endDate);

// Both entities and the type must exist (409, one detail each); an identical active relationship is a duplicate (409).
function write(store: Store, input: Schemas["RelationshipInput"], previous: Relationship | undefined): Relationship {
  const unknownEntity = (field: string, id: string) => (store.entities.has(id) ? undefined : `${field} ${id} is not an entity of this institution.`);
  throwConflicts([
    unknownEntity("entityId", input.entityId),
    unknownEntity("relatedEntityId", input.relatedEntityId),
    referenceConflict(store, "relationshipTypes", "relationshipTypeId", input.relationshipTypeId),
  ]);
  const at = nowIso();
  const relationship: Relationship = {
    ...input,
    startDate: input.startDate ?? todayIso(),
    id: previous?.id ?? randomUUID(),
    createdAt: previous?.createdAt ?? at,
    updatedAt: at,
  };
  const today = todayIso();
  const duplicate = [...store.relationships.values()].find(
    (other) =>
      other.id !== relationship.id &&
      activeOn(other, today) &&
      activeOn(relationship, today) &&
      other.entityId === relationship.entityId &&
      other.relatedEntityId === relationship.relatedEntityId &&
      other.relationshipTypeId === relationship.relationshipTypeId &&
      other.asset?.assetType === relationship.asset?.assetType &&
      other.asset?.assetId === relationship.asset?.assetId,
  );
  if (duplicate) throw conflict([`An identical active relationship already exists: ${duplicate.id}.`], { relationshipId: duplicate.id });
  store.relationships.set(relationship.id, relationship);
  return relationship;
}
