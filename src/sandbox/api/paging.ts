/** Offset/count paging of search results, the Digital Core way. */
import type { Schemas } from "./store.js";

/** The `offset` and `count` query parameters, with the spec's defaults already applied by the validator. */
export interface PageQuery {
  readonly offset?: number;
  readonly count?: number;
}

/** One page of `matches` and its `paging` object; `nextOffset` is a string, or null on the last page. */
export function page<T>(matches: readonly T[], query: PageQuery): { items: T[]; paging: Schemas["Paging"] } {
  const offset = query.offset ?? 0;
  const count = query.count ?? 50;
  const items = matches.slice(offset, offset + count);
  const next = offset + count;
  return { items, paging: { nextOffset: next < matches.length ? String(next) : null, results: items.length, total: matches.length } };
}
