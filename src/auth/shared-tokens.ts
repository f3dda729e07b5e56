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
import { FIRST_POLL_MS, MAX_POLL_MS, NEVER, StoreBackedSharing, storeCall, type FleetSharing, type Origin } from "./fleet-sharing.js";
import type { GrantContext } from "./grant-context.js";
import { decodeRecord, encodeRecord, entryTtlLeft, freshlyFetched, isFresh, isServable, type SharedRecord } from "./shared-record.js";
import type { AccessToken } from "./token-source.js";

/** Where a scope set's token and lease live. */
interface Names {
  readonly token: string;
  readonly lease: string;
}

/** Shares the tokens `fetchToken` gets through `store` (never DPoP-bound ones: fleet-loading.ts decides). */
export function sharedTokens(ctx: GrantContext, store: SharedStore, fetchToken: (scopes: readonly string[]) => Promise<AccessToken>): FleetSharing {
  return new SharedTokens(ctx, store, fetchToken);
}

class SharedTokens extends StoreBackedSharing {
  // Bounded by the scope sets in use, like the token cache.
  readonly #names = new Map<string, Promise<Names>>();

  protected async viaStore(scopes: readonly string[]): Promise<AccessToken> {
    return this.#viaStore(await this.#namesOf(scopes), scopes);
  }

  protected retire({ key, record }: Origin): Promise<unknown> {
    const now = this.ctx.options.clock();
    return this.store.compareAndSet(key, record.version, encodeRecord(record.version, {}, 0, now), entryTtlLeft(record, now));
  }

  async #viaStore(names: Names, scopes: readonly string[]): Promise<AccessToken> {
    const { clock, refreshSkewMs } = this.ctx.options;
    for (let delay = FIRST_POLL_MS; ; delay = Math.min(delay * 1.5, MAX_POLL_MS)) {
      const seen = await this.#read(names.token);
      if (seen.token && isFresh(seen.token, refreshSkewMs, clock())) return seen.token.token;
      const lease = await storeCall(() => takeLease(this.store, names.lease));
      if (lease) {
        try {
          // The previous holder may have written its token between our read and our lease.
          const current = await this.#read(names.token);
          if (current.token && isFresh(current.token, refreshSkewMs, clock())) return current.token.token;
          const token = await this.alone(scopes);
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
    const entry = await storeCall(() => this.store.get(key));
    const record = decodeRecord(entry, this.ctx.options.clock(), this.ctx.redactor);
    if (record.token) this.origins.set(record.token.token, { key, record });
    return record;
  }

  async #publish(key: string, replaced: SharedRecord, token: AccessToken): Promise<void> {
    const now = this.ctx.options.clock();
    if (token.expiresAt === undefined || token.expiresAt <= now) return;
    const ttlMs = token.expiresAt - now;
    const entry = encodeRecord(replaced.version, { token: freshlyFetched(token, now) }, ttlMs, now);
    if (await bestEffort(() => this.store.compareAndSet(key, replaced.version, entry, ttlMs))) {
      this.origins.set(token, { key, record: { version: entry.version, ttlMs, readAt: now } });
    }
  }

  #namesOf(scopes: readonly string[]): Promise<Names> {
    const id = scopes.join(" ");
    let names = this.#names.get(id);
    if (!names) {
      const { issuer, clientId } = this.ctx.options;
      const parts = [issuer.href, clientId, this.ctx.resource ?? "", id];
      names = Promise.all([storeKeyName("token", parts), storeKeyName("token-lease", parts)]).then(([token, lease]) => ({ token, lease }));
      this.#names.set(id, names);
    }
    return names;
  }
}
