/**
 * One token request per scope set for a whole fleet: the second level behind a source's in-memory
 * {@link TokenCache}, used on its misses only, so a call with a cached token never touches the store.
 *
 * - The token entry is named by issuer, client id, resource and scope set (hashed). A process that
 *   finds a fresh token there uses it; otherwise it takes the key's lease and fetches, while the
 *   others poll for the result, serving the token they have while it is still good.
 * - Fencing: each token write names the generation it replaces (compare-and-set), so a holder whose
 *   lease ran out and was taken over can't overwrite its successor's token.
 * - Invalidating a token replaces its entry with an empty next generation, only if that token is
 *   still the current one: late 401s for a replaced token change nothing, as in the token cache.
 * - Any store failure: this process fetches on its own (the store's adapter logs the outage once).
 */
import { storeKeyName } from "../store/key-name.js";
import { takeLease } from "../store/lease.js";
import { bestEffort, type SharedStore } from "../store/shared-store.js";
import { sleep } from "../utils/sleep.js";
import type { GrantContext } from "./grant-context.js";
import { decodeRecord, encodeRecord, entryTtlLeft, freshlyFetched, isFresh, isServable, type SharedRecord } from "./shared-record.js";
import type { AccessToken } from "./token-source.js";

/** How a source's tokens go through the fleet's store: what its token cache fetches with and invalidates through. */
export interface FleetSharing {
  /** Fetches a token for the (normalised) scopes through the store. */
  fetch(scopes: readonly string[]): Promise<AccessToken>;
  /** Tells the fleet `token` was rejected, if it is still the shared one. */
  invalidate(token: AccessToken): void;
}

/** Waits between reads of an entry another process is working on: short at first, then at most {@link MAX_POLL_MS}. */
export const FIRST_POLL_MS = 10;
export const MAX_POLL_MS = 100;
/** A signal that never aborts: the shared wait serves several callers, each of which stops waiting on its own signal. */
export const NEVER = new AbortController().signal;

/** A store failure, as opposed to a failure of the token request itself. */
export class StoreUnavailable extends Error {}

/** Runs a store operation, turning its failure into {@link StoreUnavailable}. */
export function storeCall<T>(operation: () => Promise<T>): Promise<T> {
  return operation().catch(() => {
    throw new StoreUnavailable("The shared store is unavailable.");
  });
}

/** Where a scope set's token and lease live. */
interface Names {
  readonly token: string;
  readonly lease: string;
}

/** Shares the tokens `fetchToken` gets through `store`; `undefined` for DPoP-bound tokens (bound to this process's key). */
export function shareTokens(ctx: GrantContext, fetchToken: (scopes: readonly string[]) => Promise<AccessToken>): FleetSharing | undefined {
  const store = ctx.options.store;
  return store && !ctx.dpop ? new SharedTokens(ctx, store, fetchToken) : undefined;
}

class SharedTokens implements FleetSharing {
  readonly #ctx: GrantContext;
  readonly #store: SharedStore;
  readonly #fetchToken: (scopes: readonly string[]) => Promise<AccessToken>;
  // Bounded by the scope sets in use, like the token cache.
  readonly #names = new Map<string, Promise<Names>>();
  // The entry each shared token came from, to invalidate exactly that generation.
  // The last invalidation in flight: a fetch after it must not read the entry it is replacing.
  #invalidating: Promise<unknown> = Promise.resolve();
  readonly #origins = new WeakMap<AccessToken, { readonly key: string; readonly record: SharedRecord }>();

  constructor(ctx: GrantContext, store: SharedStore, fetchToken: (scopes: readonly string[]) => Promise<AccessToken>) {
    this.#ctx = ctx;
    this.#store = store;
    this.#fetchToken = fetchToken;
  }

  async fetch(scopes: readonly string[]): Promise<AccessToken> {
    await this.#invalidating;
    try {
      return await this.#viaStore(await this.#namesOf(scopes), scopes);
    } catch (error) {
      if (error instanceof StoreUnavailable) return this.#fetchToken(scopes);
      throw error;
    }
  }

  invalidate(token: AccessToken): void {
    const origin = this.#origins.get(token);
    if (!origin) return;
    const now = this.#ctx.options.clock();
    const { key, record } = origin;
    this.#invalidating = bestEffort(() => this.#store.compareAndSet(key, record.version, encodeRecord(record.version, {}, 0, now), entryTtlLeft(record, now)));
  }

  async #viaStore(names: Names, scopes: readonly string[]): Promise<AccessToken> {
    const { clock, refreshSkewMs } = this.#ctx.options;
    for (let delay = FIRST_POLL_MS; ; delay = Math.min(delay * 1.5, MAX_POLL_MS)) {
      const seen = await this.#read(names.token);
      if (seen.token && isFresh(seen.token, refreshSkewMs, clock())) return seen.token.token;
      const lease = await storeCall(() => takeLease(this.#store, names.lease));
      if (lease) {
        try {
          // The previous holder may have written its token between our read and our lease.
          const current = await this.#read(names.token);
          if (current.token && isFresh(current.token, refreshSkewMs, clock())) return current.token.token;
          const token = await this.#fetchToken(scopes);
          await this.#publish(names.token, current, token);
          return token;
        } finally {
          lease.release();
        }
      }
      // Another process is fetching: keep serving the token we have while it is still good.
      if (seen.token && isServable(seen.token, refreshSkewMs, clock())) return seen.token.token;
      await sleep(delay, NEVER);
    }
  }

  async #read(key: string): Promise<SharedRecord> {
    const entry = await storeCall(() => this.#store.get(key));
    const record = decodeRecord(entry, this.#ctx.options.clock(), this.#ctx.redactor);
    if (record.token) this.#origins.set(record.token.token, { key, record });
    return record;
  }

  async #publish(key: string, replaced: SharedRecord, token: AccessToken): Promise<void> {
    const now = this.#ctx.options.clock();
    if (token.expiresAt === undefined || token.expiresAt <= now) return;
    const ttlMs = token.expiresAt - now;
    const entry = encodeRecord(replaced.version, { token: freshlyFetched(token, now) }, ttlMs, now);
    if (await bestEffort(() => this.#store.compareAndSet(key, replaced.version, entry, ttlMs))) {
      this.#origins.set(token, { key, record: { version: entry.version, ttlMs, readAt: now } });
    }
  }

  #namesOf(scopes: readonly string[]): Promise<Names> {
    const id = scopes.join(" ");
    let names = this.#names.get(id);
    if (!names) {
      const { issuer, clientId } = this.#ctx.options;
      const parts = [issuer.href, clientId, this.#ctx.resource ?? "", id];
      names = Promise.all([storeKeyName("token", parts), storeKeyName("token-lease", parts)]).then(([token, lease]) => ({ token, lease }));
      this.#names.set(id, names);
    }
    return names;
  }
}
