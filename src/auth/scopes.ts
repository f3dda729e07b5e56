/** Scope sets: normalised (deduplicated, sorted) so equal sets share a cache key. */

/** Deduplicates and sorts scopes; an empty list means "the server's default". */
export function normalizeScopes(scopes: Iterable<string>): readonly string[] {
  return [...new Set(scopes)].sort();
}

/** Splits a space-delimited `scope` value as the authorization server returns it. */
export function parseScope(scope: string | undefined): readonly string[] | undefined {
  return scope === undefined ? undefined : normalizeScopes(scope.split(" ").filter(Boolean));
}

/** True when `granted` contains every scope in `needed`. */
export function coversScopes(granted: ReadonlySet<string>, needed: readonly string[]): boolean {
  return needed.every((s) => granted.has(s));
}
