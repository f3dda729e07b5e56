import type { paths } from "../../generated/entity-management.js";
import { operations, type OperationId } from "../../generated/operations.js";
import { InvalidOptionsError } from "../errors/invalid-options-error.js";
import { InvalidRequestError } from "../errors/invalid-request-error.js";
import { InvalidResponseError } from "../errors/invalid-response-error.js";
import { getCallInfo } from "./buffered-response.js";
import type { SendCall } from "./create-client.js";
import { toApiError } from "./to-api-error.js";

type JsonBody<T> = T extends { content: { "application/json": infer B } } ? B : never;
type SearchResponse<P extends keyof paths> = paths[P] extends { post: { responses: { 200: infer R } } } ? JsonBody<R> : never;
type ItemsKey<P extends keyof paths> = Exclude<keyof SearchResponse<P>, "paging">;
type SearchOperation = { [K in OperationId]: (typeof operations)[K] extends { pagination: object } ? (typeof operations)[K] : never }[OperationId];

/** Paths of the search operations (`POST …/search?offset=&count=` answering `{ <items>, paging }`), and only those. */
export type SearchPath = SearchOperation["path"];

/** operationIds of the search operations, e.g. `"searchEntities"`. */
export type SearchOperationId = SearchOperation["operationId"];

/** The path of a search named by its operationId or its path. */
export type SearchPathOf<S extends SearchOperationId | SearchPath> = S extends SearchOperationId ? (typeof operations)[S]["path"] : S;

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
  /** Items per page (`count`); the API decides the largest it accepts (the spec says 200). @default 50 */
  readonly pageSize?: number;
  /** Stop after this many items in all. */
  readonly max?: number;
  /** Aborts the current page request and ends the iteration. */
  readonly signal?: AbortSignal;
}

interface Paging {
  readonly nextOffset?: string | null;
  readonly total?: number;
}

/**
 * Walks every page of a search (`paging.nextOffset` until null), yielding items one by one; throws
 * `ApiError` on an error page and `InvalidResponseError` on paging that would never end: an offset
 * that does not advance, an empty page that claims more, or an offset past `paging.total`.
 */
export async function* paginate<S extends SearchOperationId | SearchPath>(
  send: SendCall,
  name: S,
  options: PaginateOptions<SearchPathOf<S>>,
): AsyncGenerator<SearchItem<SearchPathOf<S>>, void, undefined> {
  const search = Object.values(operations).find((operation) => (operation.path === name || operation.operationId === name) && "pagination" in operation);
  if (!search || !("pagination" in search))
    throw new InvalidRequestError("NOT_A_SEARCH_OPERATION", `paginate(): ${String(name).slice(0, 200)} is not a search operation of the spec.`);
  const { path } = search;
  const { pageSize: count = 50, max = Number.POSITIVE_INFINITY, signal } = checkOptions(options);
  const { itemsKey } = search.pagination;
  let offset = 0;
  let yielded = 0;
  while (yielded < max) {
    const { data, error, response } = await send("POST", path, { params: { query: { offset, count } }, body: options.body, ...(signal ? { signal } : {}) });
    if (!response.ok) throw toApiError(response, error);
    const page = (data ?? {}) as Record<string, unknown> & { paging?: Paging };
    const items = page[itemsKey];
    const invalid = (reason: string) =>
      new InvalidResponseError(getCallInfo(response)?.request ?? { method: "POST", url: path, operationId: search.operationId, requestId: undefined }, response.status, reason);
    if (!Array.isArray(items)) throw invalid(`the page has no ${itemsKey} array`);
    for (const item of items as SearchItem<SearchPathOf<S>>[]) {
      if (yielded >= max) return;
      yield item;
      yielded += 1;
    }
    const next = page.paging?.nextOffset;
    if (next === null || next === undefined || yielded >= max) return;
    const shown = `paging.nextOffset "${String(next).slice(0, 40)}"`;
    if (items.length === 0) throw invalid(`an empty page at offset ${offset} carries ${shown}; it would never end`);
    const nextOffset = Number(next);
    if (!Number.isSafeInteger(nextOffset) || nextOffset <= offset) throw invalid(`${shown} does not advance past offset ${offset}`);
    const total = page.paging?.total;
    if (typeof total === "number" && nextOffset > total) throw invalid(`${shown} is past paging.total ${total}`);
    offset = nextOffset;
  }
}

function checkOptions<P extends SearchPath>(options: PaginateOptions<P>): PaginateOptions<P> {
  if (typeof options !== "object" || options === null) throw new InvalidOptionsError("paginate() needs options with the search filter: { body }.");
  const { pageSize, max, signal } = options;
  if (pageSize !== undefined && (!Number.isSafeInteger(pageSize) || pageSize < 1))
    throw new InvalidOptionsError(`paginate(): pageSize must be a positive whole number; got ${String(pageSize)}.`);
  if (max !== undefined && (!Number.isSafeInteger(max) || max < 0))
    throw new InvalidOptionsError(`paginate(): max must be a whole number of items, 0 or more; got ${String(max)}.`);
  if (signal !== undefined && !(signal instanceof AbortSignal)) throw new InvalidOptionsError("paginate(): signal must be an AbortSignal.");
  return options;
}
