/**
 * The tax id number and the foreign tax id number: singletons of an entity, written in full with
 * PUT and only ever read back masked.
 */
import { emptyResponse, jsonResponse, notFound } from "../responses.js";
import { nowIso, requireEntity, type StoredSingleton } from "../store.js";
import { capitalize, type HandlerMap } from "./context.js";

/** How each singleton is shown: masked, with its last four characters. */
const views = {
  taxIdNumber: {
    noun: "tax id number",
    view: ({ input, updatedAt }: StoredSingleton) => {
      const value = input["value"] ?? "";
      const lastFour = value.slice(-4);
      // EINs are written 12-3456789, the other kinds 123-45-6789.
      const maskedValue = input["taxIdType"] === "ein" ? `**-***${lastFour}` : `***-**-${lastFour}`;
      return { taxIdType: input["taxIdType"], maskedValue, lastFour, updatedAt };
    },
  },
  foreignTaxIdNumber: {
    noun: "foreign tax id number",
    view: ({ input, updatedAt }: StoredSingleton) => {
      const value = input["value"] ?? "";
      const lastFour = value.slice(-4);
      return { country: input["country"], maskedValue: `${"*".repeat(value.length - lastFour.length)}${lastFour}`, lastFour, updatedAt };
    },
  },
} as const;

/** Handlers of the Tax Id Number and Foreign Tax Id Number tags: `get…` (masked) and `update…` (full value). */
export const taxIdHandlers: HandlerMap = Object.fromEntries(
  Object.entries(views).flatMap(([key, { noun, view }]) => {
    const singleton = key as keyof typeof views;
    return [
      [
        `get${capitalize(key)}`,
        ({ params, store }) => {
          const record = requireEntity(store, params["EntityId"]);
          const stored = record.singletons.get(singleton);
          if (!stored) throw notFound(`The entity ${record.entity.id} has no ${noun}.`, { entityId: record.entity.id });
          return jsonResponse(view(stored));
        },
      ],
      [
        `update${capitalize(key)}`,
        ({ params, body, store }) => {
          requireEntity(store, params["EntityId"]).singletons.set(singleton, { input: body as Record<string, string>, updatedAt: nowIso() });
          return emptyResponse();
        },
      ],
    ] satisfies [string, HandlerMap[keyof HandlerMap]][];
  }),
);
