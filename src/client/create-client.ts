import createClient from "openapi-fetch";
import type { paths } from "../../generated/entity-management.js";
import type { OperationMethods } from "../../generated/operation-methods.js";
import { findOperation } from "../../generated/operations.js";
import { InvalidRequestError } from "../errors/invalid-request-error.js";
import { acceptFor } from "./accept.js";
import { resolveCallOptions } from "./call-options.js";
import { CallRequest } from "./call-request.js";
import type { CallMethod } from "./call-types.js";
import { resolveClientOptions, type EntityManagementClientOptions } from "./client-options.js";
import { createOperationMethods } from "./operation-methods.js";
import { paginate, type PaginateOptions, type SearchItem, type SearchOperationId, type SearchPath, type SearchPathOf } from "./paginate.js";
import { serializePath } from "./path-serializer.js";
import { createTransport, type CallContext } from "./transport.js";

/** A client bound to one institution: a method per operation, path-style calls typed by the spec, and a search paginator. */
export interface EntityManagementClient extends OperationMethods {
  /** Calls a GET operation by its path template, e.g. `client.GET("/entities/{EntityId}", { params: { path: { EntityId } } })`. */
  readonly GET: CallMethod<"get">;
  /** Calls a PUT operation by its path template (updates answer 204). */
  readonly PUT: CallMethod<"put">;
  /** Calls a POST operation by its path template (creates and searches). Never retried. */
  readonly POST: CallMethod<"post">;
  /** Calls a DELETE operation by its path template. */
  readonly DELETE: CallMethod<"delete">;
  /**
   * Iterates every item of a search, page by page; name the search by its operationId or its path.
   * @example for await (const entity of client.paginate("searchEntities", { body: { name: "Garden" } })) { … }
   */
  paginate<S extends SearchOperationId | SearchPath>(search: S, options: PaginateOptions<SearchPathOf<S>>): AsyncGenerator<SearchItem<SearchPathOf<S>>, void, undefined>;
}

/** What a call resolves to before openapi-fetch's types are applied. */
export interface LooseResult {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

/** The untyped core every call goes through: method, path template, init. */
export type SendCall = (method: string, path: string, init?: Readonly<Record<string, unknown>>) => Promise<LooseResult>;

type LooseOpenApiFetch = { request(method: string, path: string, init: Record<string, unknown>): Promise<LooseResult> };

/** Creates a client bound to one institution; every call gets a token for exactly the scopes its operation requires. */
export function createEntityManagementClient(options: EntityManagementClientOptions): EntityManagementClient {
  const resolved = resolveClientOptions(options);
  const transport = createTransport(resolved);
  const inner = createClient<paths>({
    baseUrl: resolved.baseUrl,
    pathSerializer: serializePath,
    headers: resolved.headers,
    // Middleware gets real Requests; without it, one lighter object instead of a second undici Request.
    ...(resolved.middleware.length === 0 ? { Request: CallRequest as unknown as typeof Request } : {}),
  }) as unknown as LooseOpenApiFetch & ReturnType<typeof createClient<paths>>;
  inner.use(...resolved.middleware);

  const send: SendCall = async (method, path, init) => {
    const operation = typeof path === "string" ? findOperation(method, path) : undefined;
    if (!operation) {
      throw new InvalidRequestError(
        "UNKNOWN_OPERATION",
        `${method} ${String(path).slice(0, 200)} is not an operation of the spec, so its scopes are unknown; nothing was sent. Call a path the generated types list, or regenerate after changing the spec.`,
      );
    }
    const call = resolveCallOptions(init, operation, resolved);
    const context: CallContext = { operation, timeoutMs: call.timeoutMs, retry: call.retry, signal: call.signal };
    const { header: _header, ...params } = (init?.["params"] ?? {}) as Record<string, unknown>;
    return inner.request(method, path, {
      params,
      body: init?.["body"],
      parseAs: call.parseAs,
      // One id per logical call: the transport sends these headers with every retry.
      headers: { accept: acceptFor(operation), ...call.headers, "user-agent": resolved.userAgent, "x-request-id": call.headers["x-request-id"] ?? crypto.randomUUID() },
      fetch: (request: Request | CallRequest) => transport(request, context),
    });
  };

  const method = (name: string) => ((path: string, init?: Readonly<Record<string, unknown>>) => send(name, path, init)) as never;
  return {
    ...createOperationMethods(send),
    GET: method("GET"),
    PUT: method("PUT"),
    POST: method("POST"),
    DELETE: method("DELETE"),
    paginate: <S extends SearchOperationId | SearchPath>(search: S, paginateOptions: PaginateOptions<SearchPathOf<S>>) => paginate(send, search, paginateOptions),
  };
}
