import type { Client } from "openapi-fetch";
import type { paths } from "../../generated/entity-management.js";
import { operationIdsByRoute, operations } from "../../generated/operations.js";
import { InvalidResponseError } from "../errors/invalid-response-error.js";
import { getCallInfo } from "./buffered-response.js";
import { toApiError } from "./to-api-error.js";

type JsonBody<T> = T extends { content: { "application/json": infer B } } ? B : never;
type SearchResponse<P extends keyof paths> = paths[P] extends { post: { responses: { 200: infer R } } } ? JsonBody<R> : never;
type ItemsKey<P extends keyof paths> = Exclude<keyof SearchResponse<P>, "paging">;

/** Paths of the search operations: `POST …/search?offset=&count=` answering `{ <items>, paging }`. */
export type SearchPath = { [P in keyof paths]: SearchResponse<P> extends { paging: unknown } ? P : never }[keyof paths];

/** The item type a search yields, e.g. `Entity` for `/entities/search`. */
export type SearchItem<P extends SearchPath> = {
  [K in ItemsKey<P>]: SearchResponse<P>[K] extends readonly (infer I)[] | undefined ? I : never;
}[ItemsKey<P>];

/** The search filter body of a search path. */
export type SearchFilter<P extends SearchPath> = paths[P] extends { post: { requestBody?: infer B } } ? JsonBody<NonNullable<B>> : never;

/** Options of {@link EntityManagementClient.paginate}. */
export interface PaginateOptions<P extends SearchPath> {
  /** The search filter, sent with every page. */
  readonly body: SearchFilter<P>;
  /** Items per page (`count`). @default 50 */
  readonly pageSize?: number;
  /** Stop after this many items in all. */
  readonly max?: number;
  /** Aborts the current page request and ends the iteration. */
  readonly signal?: AbortSignal;
}

type LoosePost = (path: string, init: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** Walks every page of a search (`paging.nextOffset` until null), yielding items one by one; throws `ApiError` on an error page. */
export async function* paginate<P extends SearchPath>(
  client: Client<paths>,
  path: P,
  options: PaginateOptions<P>,
): AsyncGenerator<SearchItem<P>, void, undefined> {
  const operationId = operationIdsByRoute[`POST ${path}`];
  const itemsKey = operationId === undefined ? undefined : (operations[operationId] as { pagination?: { itemsKey: string } }).pagination?.itemsKey;
  if (itemsKey === undefined) throw new TypeError(`${path} is not a search operation of the spec.`);
  const post = client.POST.bind(client) as unknown as LoosePost;
  const count = options.pageSize ?? 50;
  let offset = 0;
  let yielded = 0;
  for (;;) {
    const { data, error, response } = await post(path, {
      params: { query: { offset, count } },
      body: options.body,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (!response.ok) throw toApiError(response, error);
    const page = data as Record<string, unknown> & { paging?: { nextOffset?: string | null } };
    for (const item of (page[itemsKey] ?? []) as SearchItem<P>[]) {
      if (options.max !== undefined && yielded >= options.max) return;
      yield item;
      yielded += 1;
    }
    const next = page.paging?.nextOffset;
    if (next === null || next === undefined || (options.max !== undefined && yielded >= options.max)) return;
    const nextOffset = Number(next);
    // A server that does not advance would loop forever; refuse instead.
    if (!Number.isSafeInteger(nextOffset) || nextOffset <= offset) {
      const request = getCallInfo(response)?.request ?? { method: "POST", url: path, operationId, requestId: undefined };
      throw new InvalidResponseError(request, response.status, `paging.nextOffset "${next}" does not advance past offset ${offset}`);
    }
    offset = nextOffset;
  }
}
