// Type tests: compiled by `npm run typecheck` (tsc), never run. Each @ts-expect-error must stay an error.
import { createEntityManagementClient, unwrap, type components } from "../../src/index.js";
import { countingTokenSource } from "../helpers/token-sources.js";

const client = createEntityManagementClient({
  institutionUniversalId: "4e3cde86-37ea-48bb-adef-4f820ba70b0f",
  auth: countingTokenSource().source,
});
const EntityId = "9b2f6a4c-1d3e-4f5a-8b7c-6d5e4f3a2b1c";

/** Paths, path params and bodies are checked against the spec. */
export async function pathsAndBodies() {
  // @ts-expect-error — no such path in the spec
  await client.GET("/entity/{EntityId}", { params: { path: { EntityId } } });
  // @ts-expect-error — the path parameter EntityId is required
  await client.GET("/entities/{EntityId}", { params: { path: {} } });
  // @ts-expect-error — DELETE is not an operation of /entities/{EntityId} (entities are inactivated, never deleted)
  await client.DELETE("/entities/{EntityId}", { params: { path: { EntityId } } });
  // @ts-expect-error — a person needs lastName
  await client.POST("/entities", { body: { entityType: "person", firstName: "Ada" } });
  // @ts-expect-error — name is a string (excess properties are not caught: openapi-fetch infers the init generically)
  await client.POST("/entities/search", { params: { query: { offset: 0, count: 10 } }, body: { name: 42 } });
  // @ts-expect-error — count is an integer
  await client.POST("/entities/search", { params: { query: { count: "10" } }, body: {} });
  await client.POST("/entities", { body: { entityType: "organization", legalName: "Garden Supply LLC" } });
}

/** `data` and `error` narrow each other. */
export async function resultNarrowing() {
  const { data, error } = await client.GET("/entities/{EntityId}", { params: { path: { EntityId } } });
  if (error) {
    const title: string = error.title;
    // @ts-expect-error — data is undefined on the error branch
    data.id;
    return title;
  }
  const id: string = data.id;
  return id;
}

/** `unwrap` returns the success type; `paginate` yields the search's item type. */
export async function unwrapAndPaginate() {
  const entity: components["schemas"]["Entity"] = await unwrap(client.GET("/entities/{EntityId}", { params: { path: { EntityId } } }));
  // @ts-expect-error — the success type has no `title`
  entity.title;
  for await (const item of client.paginate("/entities/search", { body: { entityType: "person" } })) {
    const same: components["schemas"]["Entity"] = item;
    // @ts-expect-error — items are entities, not strings
    const wrong: string = item;
    return [same, wrong];
  }
  // Only search paths paginate: see call-boundary.types.ts.
  // @ts-expect-error — the filter is the search's body type
  client.paginate("/entities/search", { body: { nickname: "x" } });
  return [entity];
}
