// Type tests: compiled by `npm run typecheck` (tsc), never run. Each @ts-expect-error must stay an error.
import {
  createEntityManagementClient,
  unwrap,
  type Address,
  type Entity,
  type EntityManagementClient,
  type OperationMethods,
  type operationTypes,
  type PersonInput,
  type Relationship,
} from "../../src/index.js";
import { countingTokenSource } from "../helpers/token-sources.js";

const client: EntityManagementClient = createEntityManagementClient({
  institutionUniversalId: "4e3cde86-37ea-48bb-adef-4f820ba70b0f",
  auth: countingTokenSource().source,
});
const EntityId = "9b2f6a4c-1d3e-4f5a-8b7c-6d5e4f3a2b1c";

/** Path and query parameters are flattened by name; the body is `body`. */
export async function flattenedArguments() {
  const entity: Entity = await unwrap(client.getEntity({ EntityId }));
  // @ts-expect-error — EntityId is required
  await client.getEntity({});
  // @ts-expect-error — a misspelt parameter is an excess property
  await client.getEntity({ EntityId, entityId: EntityId });
  // @ts-expect-error — getEntity takes no body
  await client.getEntity({ EntityId, body: {} });
  const person: PersonInput = { entityType: "person", firstName: "Ada", lastName: "Lovelace" };
  const { id } = await unwrap(client.createEntity({ body: person }));
  // @ts-expect-error — createEntity needs a body
  await client.createEntity({});
  // @ts-expect-error — a person needs lastName
  await client.createEntity({ body: { entityType: "person", firstName: "Ada" } });
  await client.searchEntities({ body: { name: "Love" }, offset: 0, count: 200 });
  // @ts-expect-error — count is an integer, not a string
  await client.searchEntities({ body: {}, count: "10" });
  // @ts-expect-error — the search needs its filter body
  await client.searchEntities({ count: 10 });
  const { data } = await client.listAddresses({ EntityId: id });
  const addresses: Address[] | undefined = data?.addresses;
  return [entity, addresses];
}

/** An operation without parameters takes `{}` or nothing; the second argument is the per-call options. */
export async function noArgumentsAndOptions() {
  await client.listAddressLabels();
  await client.listAddressLabels({});
  // @ts-expect-error — listAddressLabels has no parameters
  await client.listAddressLabels({ EntityId });
  await client.getEntity({ EntityId }, { timeoutMs: 5_000, retry: false, headers: { "X-Request-ID": crypto.randomUUID() }, signal: AbortSignal.timeout(1_000) });
  // @ts-expect-error — a misspelt option is refused
  await client.getEntity({ EntityId }, { timeoutMS: 5_000 });
  // @ts-expect-error — the client owns fetch
  await client.getEntity({ EntityId }, { fetch: globalThis.fetch });
  // @ts-expect-error — parameters go in the first argument
  await client.getEntity({ EntityId }, { params: { path: { EntityId } } });
}

/** Results match the path-style call, narrow the same way, and unwrap the same way. */
export async function sameResults() {
  const viaMethod = await client.getEntity({ EntityId });
  const viaPath: typeof viaMethod = await client.GET("/entities/{EntityId}", { params: { path: { EntityId } } });
  if (viaPath.error) {
    const title: string = viaPath.error.title;
    // @ts-expect-error — data is undefined on the error branch
    viaPath.data.id;
    return title;
  }
  const relationship: Relationship = await unwrap(client.getRelationship({ RelationshipId: EntityId }));
  // @ts-expect-error — a relationship is not an entity
  const wrong: Entity = relationship;
  return [viaPath.data.id, viaMethod, wrong];
}

/** Downloads default to bytes, for the method and the path-style call; an explicit `parseAs` wins; JSON stays JSON. */
export async function downloads() {
  const report: ArrayBuffer = await unwrap(client.downloadReport({ ReportId: EntityId }));
  const notice: ArrayBuffer = await unwrap(client.GET("/notices/{NoticeId}", { params: { path: { NoticeId: EntityId } } }));
  const csv: string = await unwrap(client.downloadReport({ ReportId: EntityId }, { parseAs: "text" }));
  const blob: Blob = await unwrap(client.GET("/reports/{ReportId}", { params: { path: { ReportId: EntityId } }, parseAs: "blob" }));
  // @ts-expect-error — a report is bytes, not a string, unless parseAs says so
  const text: string = await unwrap(client.downloadReport({ ReportId: EntityId }));
  // @ts-expect-error — a JSON operation stays JSON
  const bytes: ArrayBuffer = await unwrap(client.getEntity({ EntityId }));
  return [report, notice, csv, blob, text, bytes];
}

/** `paginate` takes a search operation's id or its path, and nothing else. */
export async function paginateById() {
  for await (const entity of client.paginate("searchEntities", { body: { entityType: "person" }, pageSize: 100 })) {
    const same: Entity = entity;
    return same;
  }
  for await (const relationship of client.paginate("searchRelationships", { body: {} })) {
    const same: Relationship = relationship;
    return same;
  }
  // @ts-expect-error — getEntity is not a search
  client.paginate("getEntity", { body: {} });
  // @ts-expect-error — the filter is the search's body type
  client.paginate("searchEntities", { body: { nickname: "x" } });
  return undefined;
}

// The flattened arguments the generator spells out agree with openapi-typescript's parameter types, for every operation.
type Part<T> = [NonNullable<T>] extends [never] ? Record<never, never> : NonNullable<T>;
type SpecParameters<I extends keyof operationTypes> = Part<operationTypes[I]["parameters"]["path"]> & Part<operationTypes[I]["parameters"]["query"]>;
type MethodParameters<I extends keyof OperationMethods> = Omit<NonNullable<Parameters<OperationMethods[I]>[0]>, "body">;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Disagreeing = { [I in keyof OperationMethods]: Same<Mutable<MethodParameters<I>>, Mutable<SpecParameters<I>>> extends true ? never : I }[keyof OperationMethods];
/** Names the operations whose flattened parameters differ from the spec's, if any. */
export const everyOperationAgrees: [Disagreeing] extends [never] ? true : Disagreeing = true;
