/**
 * How src/auth loads code on first need: the token-request side (oauth4webapi and the code around
 * it) stays out of an app's start-up, and out of the up-front bundle of an app that splits its
 * dynamic imports.
 */

/**
 * A loader for `load` (an `import()`): the first call starts it and later calls share that
 * promise. A failed load is forgotten, so the next call tries again instead of failing for good.
 */
export function lazyModule<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

/**
 * The token-request side (token-requests.ts): every source's first request to the authorization
 * server, first DPoP proof and first use of a `store` load it. One module rather than one per
 * grant: what it shares with the definitions then goes into one chunk of a split bundle, not several.
 */
export const tokenRequests = lazyModule(() => import("./token-requests.js"));
