/** Entities: create, get, replace (no delete: retire with `status: inactive`) and search. */
import { randomUUID } from "node:crypto";
import { page, type PageQuery } from "../paging.js";
import { badRequest, created, emptyResponse, jsonResponse } from "../responses.js";
import { insertEntity, nowIso, requireEntity, type EntityRecord, type Schemas } from "../store.js";
import type { HandlerMap } from "./context.js";

type EntityInput = Schemas["EntityInput"];

/** Handlers of the Entities tag. */
export const entityHandlers: HandlerMap = {
  createEntity: ({ body, store }) => {
    const at = nowIso();
    const { entity } = insertEntity(store, toEntity(body as EntityInput, randomUUID(), at, at));
    return created(entity.id);
  },

  getEntity: ({ params, store }) => jsonResponse(requireEntity(store, params["EntityId"]).entity),

  updateEntity: ({ params, body, store }) => {
    const record = requireEntity(store, params["EntityId"]);
    const input = body as EntityInput;
    if (input.entityType !== record.entity.entityType) {
      throw badRequest([`entityType cannot change: this entity is a ${record.entity.entityType}, not a ${input.entityType}.`], {
        violations: [{ in: "body", name: "entityType", rule: "immutable" }],
      });
    }
    record.entity = toEntity(input, record.entity.id, record.entity.createdAt, nowIso());
    return emptyResponse();
  },

  searchEntities: ({ query, body, store }) => {
    const filter = body as Schemas["EntitySearchFilter"];
    const matches = [...store.entities.values()].filter((record) => matchesFilter(record, filter)).map((record) => record.entity);
    const { items, paging } = page(matches, query as PageQuery);
    return jsonResponse({ entities: items, paging } satisfies Schemas["EntitySearchResponse"]);
  },
};

// A PUT replaces every field: optional ones left out are cleared, `status` falls back to active.
function toEntity(input: EntityInput, id: string, createdAt: string, updatedAt: string): Schemas["Entity"] {
  return { ...input, id, status: input.status ?? "active", createdAt, updatedAt };
}

function matchesFilter(record: EntityRecord, filter: Schemas["EntitySearchFilter"]): boolean {
  const { entity, children } = record;
  const names = entity.entityType === "person" ? [entity.firstName, entity.lastName] : [entity.legalName, entity.dbaName];
  const birthDate = entity.entityType === "person" ? entity.birthDate : undefined;
  const lastFour = record.singletons.get("taxIdNumber")?.input["value"]?.slice(-4);
  const values = (collection: Map<string, { readonly [field: string]: unknown }>, field: string) => [...collection.values()].map((child) => child[field]);
  const emails = [...children.digitalContactPoints.values()].filter((point) => point["type"] === "email").map((point) => String(point["value"]).toLowerCase());
  return (
    (filter.entityType === undefined || entity.entityType === filter.entityType) &&
    (filter.status === undefined || entity.status === filter.status) &&
    (filter.name === undefined || names.some((name) => name?.toLowerCase().startsWith(filter.name?.toLowerCase() ?? ""))) &&
    (filter.birthDate === undefined || birthDate === filter.birthDate) &&
    (filter.taxIdNumberLastFour === undefined || lastFour === filter.taxIdNumberLastFour) &&
    (filter.postalCode === undefined || values(children.addresses, "postalCode").includes(filter.postalCode)) &&
    (filter.phoneNumber === undefined || values(children.phoneNumbers, "number").includes(filter.phoneNumber)) &&
    (filter.email === undefined || emails.includes(filter.email.toLowerCase()))
  );
}
