import type { AccessToken, TokenSource } from "../../src/auth/token-source.js";

/** A token source handing out numbered tokens with the scopes it is told to grant; counts what the client asked for. */
export function countingTokenSource(grant: (requested: readonly string[]) => readonly string[] = (requested) => requested) {
  const requestedScopes: (readonly string[])[] = [];
  const invalidated: string[] = [];
  let issued = 0;
  const source: TokenSource = {
    async getToken(scopes) {
      requestedScopes.push(scopes);
      issued += 1;
      return { value: `token-${issued}`, type: "Bearer", scopes: grant(scopes), expiresAt: undefined } satisfies AccessToken;
    },
    invalidate(token) {
      invalidated.push(token.value);
    },
  };
  return { source, requestedScopes, invalidated, issuedCount: () => issued };
}

/** A token source that never answers until the caller's signal aborts (a hung authorization server). */
export function neverAnsweringTokenSource(): TokenSource {
  return {
    getToken: (_, options) =>
      new Promise((_, reject) => options?.signal?.addEventListener("abort", () => reject(options.signal?.reason), { once: true })),
    invalidate: () => undefined,
  };
}
