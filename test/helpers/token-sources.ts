import type { AccessToken, DpopBinding, TokenSource } from "../../src/auth/token-source.js";

/** How {@link countingTokenSource} mints its tokens. */
export interface MintOptions {
  /** The raw value of the n-th token (from 1). @default `token-${n}` */
  readonly value?: (n: number) => string;
  /** How the tokens are presented. @default "Bearer" */
  readonly type?: AccessToken["type"];
}

/** A token source handing out numbered tokens with the scopes it is told to grant; counts what the client asked for. */
export function countingTokenSource(grant: (requested: readonly string[]) => readonly string[] = (requested) => requested, mint: MintOptions = {}) {
  const requestedScopes: (readonly string[])[] = [];
  const invalidated: string[] = [];
  let issued = 0;
  const source: TokenSource = {
    async getToken(scopes) {
      requestedScopes.push(scopes);
      issued += 1;
      return { value: mint.value?.(issued) ?? `token-${issued}`, type: mint.type ?? "Bearer", scopes: grant(scopes), expiresAt: undefined } satisfies AccessToken;
    },
    invalidate(token) {
      invalidated.push(token.value);
    },
  };
  return { source, requestedScopes, invalidated, issuedCount: () => issued };
}

/**
 * A counting source whose tokens are DPoP-bound to a stub binding: every API request gets the
 * header `DPoP: <proof>`, so a test can see where proofs travel (no real key or signature).
 */
export function stubDpopTokenSource(proof = "stub-dpop-proof-4b7e") {
  const counting = countingTokenSource(undefined, { type: "DPoP" });
  const dpop: DpopBinding = {
    addProof: async (_url, headers) => void headers.set("DPoP", proof),
    handleResponse: () => false,
  };
  return { ...counting, source: { ...counting.source, dpop } satisfies TokenSource };
}

/** A token source that never answers until the caller's signal aborts (a hung authorization server). */
export function neverAnsweringTokenSource(): TokenSource {
  return {
    getToken: (_, options) => new Promise((_, reject) => options?.signal?.addEventListener("abort", () => reject(options.signal?.reason), { once: true })),
    invalidate: () => undefined,
  };
}
