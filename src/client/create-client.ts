import createClient, { type Client } from "openapi-fetch";
import type { paths } from "../../generated/entity-management.js";
import { resolveClientOptions, type EntityManagementClientOptions } from "./client-options.js";
import { createOperationMiddleware } from "./operation-middleware.js";
import { paginate, type PaginateOptions, type SearchItem, type SearchPath } from "./paginate.js";
import { serializePath } from "./path-serializer.js";
import { createTransport } from "./transport.js";

/** The openapi-fetch client typed by the spec, plus a search paginator. */
export interface EntityManagementClient extends Client<paths> {
  /**
   * Iterates every item of a search, page by page.
   * @example for await (const entity of client.paginate("/entities/search", { body: { name: "Garden" } })) { … }
   */
  paginate<P extends SearchPath>(path: P, options: PaginateOptions<P>): AsyncGenerator<SearchItem<P>, void, undefined>;
}

/** Creates a client bound to one institution; every call gets a token for exactly the scopes its operation requires. */
export function createEntityManagementClient(options: EntityManagementClientOptions): EntityManagementClient {
  const resolved = resolveClientOptions(options);
  const client = createClient<paths>({
    baseUrl: resolved.baseUrl,
    fetch: createTransport({ ...resolved, auth: options.auth }),
    pathSerializer: serializePath,
    ...(options.headers ? { headers: options.headers } : {}),
  });
  client.use(createOperationMiddleware(resolved.userAgent), ...(options.middleware ?? []));
  return Object.assign(client, {
    paginate: <P extends SearchPath>(path: P, paginateOptions: PaginateOptions<P>) => paginate(client, path, paginateOptions),
  });
}
