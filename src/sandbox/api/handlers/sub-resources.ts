/**
 * The seven per-entity collections (addresses, phone numbers, digital contact points,
 * identifications, privacy and affiliate opt-outs, employments): one generic set of CRUD
 * handlers, driven by a table of what differs between them.
 */
import { randomUUID } from "node:crypto";
import { badRequest, conflict, created, emptyResponse, jsonResponse, notFound } from "../responses.js";
import {
  nowIso,
  referenceConflict,
  requireEntity,
  throwConflicts,
  todayIso,
  type ChildCollection,
  type EntityRecord,
  type ReferenceListKey,
  type Store,
  type StoredChild,
} from "../store.js";
import { capitalize, type BuiltInHandler, type HandlerMap } from "./context.js";

type Input = Readonly<Record<string, unknown>>;

/** What differs between the collections. */
interface CollectionRules {
  /** Singular in operationIds and path parameters: `Address` → `createAddress`, `AddressId`. */
  readonly singular: string;
  /** Fields holding ids from a reference list; each must name an active entry (409 otherwise). */
  readonly references: Readonly<Record<string, ReferenceListKey>>;
  /** At most one entry per value of this field (409 on a duplicate). */
  readonly uniqueBy?: string;
  /** `isPrimary` is exclusive among the entity's entries (with the same value of `within`, if given). */
  readonly primary?: { readonly within?: string };
  /** Defaults the spec states in prose (a schema `default` is applied by the validator already). */
  readonly defaults?: () => Input;
  /** Rules the spec states in prose, as problem details. */
  readonly check?: (input: Input) => string[];
}

const today = (): Input => ({ effectiveDate: todayIso() });

const rules: Record<ChildCollection, CollectionRules> = {
  addresses: { singular: "Address", references: { addressLabelId: "addressLabels" }, primary: {} },
  phoneNumbers: { singular: "PhoneNumber", references: { phoneNumberLabelId: "phoneNumberLabels" }, primary: {} },
  digitalContactPoints: {
    singular: "DigitalContactPoint",
    references: { digitalContactPointLabelId: "digitalContactPointLabels" },
    primary: { within: "type" },
    check: checkContactPointValue,
  },
  identifications: { singular: "Identification", references: { identificationTypeId: "identificationTypes" } },
  privacyOptOuts: { singular: "PrivacyOptOut", references: { privacyOptOutTypeId: "privacyOptOutTypes" }, uniqueBy: "privacyOptOutTypeId", defaults: today },
  affiliateOptOuts: {
    singular: "AffiliateOptOut",
    references: { affiliateOptOutTypeId: "affiliateOptOutTypes", affiliateOptOutExceptionReasonId: "affiliateOptOutExceptionReasons" },
    uniqueBy: "affiliateOptOutTypeId",
    defaults: today,
  },
  employments: { singular: "Employment", references: { employmentTypeId: "employmentTypes" } },
};

/** Handlers of the seven collections: `list…`, `create…`, `get…`, `update…` and `delete…` for each. */
export const subResourceHandlers: HandlerMap = Object.fromEntries(
  (Object.entries(rules) as [ChildCollection, CollectionRules][]).flatMap(([collection, rule]) => Object.entries(collectionHandlers(collection, rule))),
);

function collectionHandlers(collection: ChildCollection, rule: CollectionRules): Record<string, BuiltInHandler> {
  const idParam = `${rule.singular}Id`;
  const noun = rule.singular.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  const lookup = (record: EntityRecord, id: string | undefined): StoredChild => {
    const child = record.children[collection].get(id ?? "");
    if (!child) throw notFound(`The entity ${record.entity.id} has no ${noun} ${id}.`, { entityId: record.entity.id, [idParam]: id });
    return child;
  };
  // Everything is checked before anything is written: a refused write leaves the entity untouched.
  const write = (store: Store, record: EntityRecord, input: Input, previous: StoredChild | undefined): StoredChild => {
    const details = rule.check?.(input) ?? [];
    if (details.length > 0) throw badRequest(details);
    throwConflicts(
      Object.entries(rule.references).map(([field, list]) => {
        const value = input[field];
        return typeof value === "string" ? referenceConflict(store, list, field, value) : undefined;
      }),
    );
    const siblings = [...record.children[collection].values()].filter((child) => child.id !== previous?.id);
    const unique = rule.uniqueBy;
    if (unique !== undefined && siblings.some((child) => child[unique] === input[unique])) {
      throw conflict([`The entity already has a ${noun} with ${unique} ${String(input[unique])}; update that one instead.`]);
    }
    const at = nowIso();
    const stored: StoredChild = { ...rule.defaults?.(), ...input, id: previous?.id ?? randomUUID(), createdAt: previous?.createdAt ?? at, updatedAt: at };
    if (rule.primary && stored["isPrimary"] === true) {
      const within = rule.primary.within;
      for (const sibling of siblings) {
        if (sibling["isPrimary"] === true && (within === undefined || sibling[within] === stored[within])) {
          record.children[collection].set(sibling.id, { ...sibling, isPrimary: false, updatedAt: at });
        }
      }
    }
    record.children[collection].set(stored.id, stored);
    return stored;
  };

  return {
    [`list${capitalize(collection)}`]: ({ params, store }) => {
      const record = requireEntity(store, params["EntityId"]);
      return jsonResponse({ [collection]: [...record.children[collection].values()] });
    },
    [`create${rule.singular}`]: ({ params, body, store }) => created(write(store, requireEntity(store, params["EntityId"]), body as Input, undefined).id),
    [`get${rule.singular}`]: ({ params, store }) => jsonResponse(lookup(requireEntity(store, params["EntityId"]), params[idParam])),
    [`update${rule.singular}`]: ({ params, body, store }) => {
      const record = requireEntity(store, params["EntityId"]);
      write(store, record, body as Input, lookup(record, params[idParam]));
      return emptyResponse();
    },
    [`delete${rule.singular}`]: ({ params, store }) => {
      const record = requireEntity(store, params["EntityId"]);
      record.children[collection].delete(lookup(record, params[idParam]).id);
      return emptyResponse();
    },
  };
}

// `email` values are addresses; `website` and `social` values are absolute http(s) URLs (the spec's prose).
function checkContactPointValue(input: Input): string[] {
  const value = String(input["value"]);
  if (input["type"] === "email") return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? [] : [`value must be an email address when type is email.`];
  return /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value) ? [] : [`value must be an absolute http or https URL when type is ${String(input["type"])}.`];
}
