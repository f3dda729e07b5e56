/**
 * Request bodies for the check, built from the spec's own examples (which the spec linter keeps
 * valid) so they follow the spec as it changes: ids of the institution's reference lists and of
 * records this run created replace the example's ids, and the records the check creates at the
 * top level (entities) carry the test-data marker in every free-text field.
 */
import { schemaFindings } from "./schema-findings.js";
import type { ContractOperation, Schema, SpecModel } from "./spec-model.js";
import type { Finding } from "./types.js";

/** Where a body's ids come from. */
export interface BodySources {
  /** Ids of the records of `param` (`EntityId`) this run created, oldest first. */
  created(param: string): readonly string[];
  /** An active entry of the reference list at `path` (`/address-labels`), if it was read. */
  reference(path: string): string | undefined;
  /** Whether the check can create records of `param` at all (some create operation yields it). */
  creatable(param: string): boolean;
  /** `contract-check <timestamp>`. */
  readonly marker: string;
}

/** A body ready to send, or why there is none yet. */
export type BuiltBody = { readonly body: unknown } | { readonly waitingFor: string } | { readonly invalid: readonly Finding[] };

/** The examples a write can start from: its own, else those of operations with the same request schema. */
export function examplesFor(model: SpecModel, operation: ContractOperation): readonly unknown[] {
  if (!operation.requestBody) return [];
  if (operation.requestBody.examples.length > 0) return operation.requestBody.examples;
  const schema = operation.requestBody.schema;
  return model.operations.find((other) => other.requestBody?.schema === schema && other.requestBody.examples.length > 0)?.requestBody?.examples ?? [];
}

/** The body of a read (a search): the empty filter when the schema allows it (fewest assumptions), else the example. */
export function readBody(model: SpecModel, operation: ContractOperation, sources: BodySources): BuiltBody | undefined {
  if (!operation.requestBody) return undefined;
  if (model.compileRequest(operation.requestBody.schema)({})) return { body: {} };
  const [example] = examplesFor(model, operation);
  return example === undefined ? { waitingFor: "a request example in the spec" } : buildBody(model, operation, example, sources);
}

/** `example` with its ids replaced and, for top-level records, free text marked as test data; checked against the schema. */
export function buildBody(model: SpecModel, operation: ContractOperation, example: unknown, sources: BodySources): BuiltBody {
  const schema = operation.requestBody?.schema ?? {};
  const topLevel = /^\/[a-z-]+(\/\{[^{}]+\})?$/.test(operation.info.path);
  let waitingFor: string | undefined;
  const patch = (value: unknown, node: Schema | undefined, key: string | undefined): unknown => {
    const reference = key === undefined ? undefined : bodyReference(key);
    if (reference && (typeof value === "string" || Array.isArray(value))) {
      if (sources.creatable(reference.param)) {
        // Only records this run created: a test record never points at a real customer's.
        const id = sources.created(reference.param)[reference.related ? 1 : 0];
        if (id === undefined) waitingFor ??= `${reference.related ? "two" : "a"} ${reference.param} created by this run`;
        return reference.plural ? (id === undefined ? [] : [id]) : id;
      }
      const fromList = sources.reference(reference.listPath);
      return fromList === undefined || reference.plural ? value : fromList;
    }
    if (Array.isArray(value)) return value.map((item) => patch(item, node?.["items"] as Schema | undefined, undefined));
    if (typeof value === "object" && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([name, child]) => [name, patch(child, propertySchema(node, value as Record<string, unknown>, name), name)]));
    }
    if (topLevel && typeof value === "string" && node && isFreeText(node)) return sources.marker.slice(0, typeof node["maxLength"] === "number" ? node["maxLength"] : undefined);
    return value;
  };
  const body = patch(structuredClone(example), schema, undefined);
  if (waitingFor !== undefined) return { waitingFor };
  const validate = model.compileRequest(schema);
  return validate(body) ? { body } : { invalid: schemaFindings(model, schema, validate.errors ?? [], body, "request.body") };
}

// The schema of `object[name]`, through the `oneOf` branch whose discriminator value the object carries.
function propertySchema(node: Schema | undefined, object: Readonly<Record<string, unknown>>, name: string): Schema | undefined {
  const branches = (node?.["oneOf"] as Schema[] | undefined) ?? (node ? [node] : []);
  const tag = (node?.["discriminator"] as { propertyName?: string } | undefined)?.propertyName;
  const branch = branches.find((candidate) => {
    const properties = candidate["properties"] as Record<string, Schema> | undefined;
    const values = tag ? (properties?.[tag]?.["enum"] as unknown[] | undefined) : undefined;
    return values === undefined || values.includes(object[tag ?? ""]);
  });
  return (branch?.["properties"] as Record<string, Schema> | undefined)?.[name];
}

// Text a person typed (names, titles): not an id, a date, a code or a constrained value.
function isFreeText(schema: Schema): boolean {
  return (
    schema["type"] === "string" &&
    schema["format"] === undefined &&
    schema["pattern"] === undefined &&
    schema["enum"] === undefined &&
    (schema["maxLength"] === undefined || Number(schema["maxLength"]) >= 20)
  );
}

/** What a body key refers to, by the house naming: `addressLabelId` → the `/address-labels` list; `relatedEntityId` → a second `EntityId`. */
export interface BodyReference {
  /** The path parameter its ids fill: `EntityId`, `AddressLabelId`. */
  readonly param: string;
  /** The reference list that would hold it: `/address-labels`. */
  readonly listPath: string;
  /** `related…Id`: a second record of the kind. */
  readonly related: boolean;
  /** `…Ids`: a list of ids. */
  readonly plural: boolean;
}

/** Reads a body key like `addressLabelId`, `relatedEntityId` or `entityIds`; `undefined` for any other key. */
export function bodyReference(key: string): BodyReference | undefined {
  const match = /^(related)?([A-Za-z]+)Id(s?)$/.exec(key);
  if (!match) return undefined;
  const [, related, base = "", plural] = match;
  const camel = `${base.charAt(0).toLowerCase()}${base.slice(1)}`;
  return {
    param: `${base.charAt(0).toUpperCase()}${base.slice(1)}Id`,
    listPath: `/${camel.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}s`,
    related: related !== undefined,
    plural: plural === "s",
  };
}
