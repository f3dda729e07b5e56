import { afterAll, beforeAll } from "vitest";
import { createEntityManagementClient, type EntityManagementClientOptions } from "../../src/index.js";
import { startTestApiServer, type TestApiServer } from "./api-server.js";
import { countingTokenSource } from "./token-sources.js";

/** The institution every client test calls. */
export const institution = "4e3cde86-37ea-48bb-adef-4f820ba70b0f";
/** An entity id for path parameters. */
export const entityId = "9b2f6a4c-1d3e-4f5a-8b7c-6d5e4f3a2b1c";
/** A valid person body for creates and updates. */
export const person = { entityType: "person", firstName: "Ada", lastName: "Lovelace" } as const;

/** Starts a test API server for the file's tests and stops it after them; read `.api` inside tests. */
export function useTestApiServer(): { readonly api: TestApiServer } {
  const holder = {} as { api: TestApiServer };
  beforeAll(async () => {
    holder.api = await startTestApiServer();
  });
  afterAll(() => holder.api.close());
  return holder;
}

/** A client of the test API server: counting token source, no retries unless overridden. */
export function createTestClient(api: TestApiServer, options: Partial<EntityManagementClientOptions> = {}) {
  return createEntityManagementClient({
    institutionUniversalId: institution,
    baseUrl: `${api.origin}/a/api/entity-svcs/v1`,
    auth: countingTokenSource().source,
    retry: false,
    ...options,
  });
}

/** Drains an async iterable (e.g. `client.paginate(...)`) into an array. */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}
