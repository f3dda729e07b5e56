/**
 * Refresh-token rotation across a fleet. Every process restored from the same refresh token must
 * redeem it at most once between them: a rotated refresh token is single-use, and redeeming it
 * twice gets `invalid_grant` (and, at many servers, the whole grant revoked).
 *
 * The store keeps a chain, one entry per refresh token (named by a hash of it):
 * - spent: the refresh token that replaced it, written by compare-and-set over the redeemer's
 *   lease, so no second process ever redeems it;
 * - current: the access token the newest refresh token's redemption bought (shared unless
 *   DPoP-bound), until it expires;
 * - a lease: a process is redeeming it (the others wait, serving the current token while good);
 * - absent: not redeemed yet, as far as the fleet knows.
 * A process follows the chain from the refresh token it knows to the newest one. Only the redeemer
 * calls `onRefreshTokenRotated`: once per rotation for the whole fleet. When the store is
 * unreachable the source refreshes on its own, as without a store.
 */
import { storeKeyName } from "../store/key-name.js";
import { isLease, takeLease, type Lease } from "../store/lease.js";
import { bestEffort, type SharedStore } from "../store/shared-store.js";
import { sleep } from "../utils/sleep.js";
import type { GrantContext } from "./grant-context.js";
import { coversScopes } from "./scopes.js";
import { decodeRecord, encodeRecord, freshlyFetched, isFresh, isServable, type SharedRecord, type SharedToken } from "./shared-record.js";
import { FIRST_POLL_MS, MAX_POLL_MS, NEVER, StoreBackedSharing, storeCall, type FleetSharing, type Origin } from "./fleet-sharing.js";
import type { AccessToken } from "./token-source.js";

/** A source's refresh-token state, and how it redeems and reports. */
export interface RefreshChain {
  /** The refresh token to redeem next, as far as this process knows. */
  current: string;
  /** Redeems `spent` for an access token; `rotated` is the refresh token that replaced it, if the server rotated it. */
  redeem(spent: string, scopes: readonly string[]): Promise<{ readonly token: AccessToken; readonly rotated: string | undefined }>;
  /** Makes `refreshToken` current and reports it (`onRefreshTokenRotated`). */
  rotated(refreshToken: string): Promise<void>;
}

// How long a spent refresh token keeps pointing at its successor: a process that still holds it
// (restored from an old copy, or idle for long) finds its way to the newest one within this time.
const SPENT_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** The newest refresh token of the chain and what the fleet knows about it. */
interface Head {
  readonly key: string;
  readonly refreshToken: string;
  readonly record: SharedRecord;
  readonly leased: boolean;
}

/** Rotation of `chain` through `store`. `local` refreshes as a lone process does. */
export function sharedRefresh(ctx: GrantContext, store: SharedStore, chain: RefreshChain, local: (scopes: readonly string[]) => Promise<AccessToken>): FleetSharing {
  return new SharedRefresh(ctx, store, chain, local);
}

class SharedRefresh extends StoreBackedSharing {
  readonly #chain: RefreshChain;

  constructor(ctx: GrantContext, store: SharedStore, chain: RefreshChain, local: (scopes: readonly string[]) => Promise<AccessToken>) {
    super(ctx, store, local);
    this.#chain = chain;
  }

  // Only a current entry holds a token; deleting it (if still this one) leaves the refresh token unredeemed.
  protected retire({ key, record }: Origin): Promise<unknown> {
    return record.version === undefined ? Promise.resolve(false) : this.store.compareAndDelete(key, record.version);
  }

  protected async viaStore(scopes: readonly string[]): Promise<AccessToken> {
    const { clock, refreshSkewMs } = this.ctx.options;
    for (let delay = FIRST_POLL_MS; ; delay = Math.min(delay * 1.5, MAX_POLL_MS)) {
      const head = await this.#walk();
      const token = head.record.token && coversScopes(new Set(head.record.token.token.scopes), scopes) ? head.record.token : undefined;
      if (token && isFresh(token, refreshSkewMs, clock())) return this.#handOut(token, head);
      if (head.leased) {
        if (token && isServable(token, refreshSkewMs, clock())) return this.#handOut(token, head);
        await sleep(delay, NEVER);
        continue;
      }
      const lease = await storeCall(() => takeLease(this.store, head.key, head.record.version));
      // Another process took it first: the next walk finds its lease, or its result.
      if (lease) return this.#redeem(head, lease, scopes);
    }
  }

  /** Follows the chain from the refresh token this process knows to the newest one. */
  async #walk(): Promise<Head> {
    const visited = new Set<string>();
    for (;;) {
      const refreshToken = this.#chain.current;
      visited.add(refreshToken);
      const key = await this.#keyOf(refreshToken);
      const entry = await storeCall(() => this.store.get(key));
      const record = decodeRecord(entry, this.ctx.options.clock(), this.ctx.redactor);
      if (record.next === undefined || visited.has(record.next)) return { key, refreshToken, record, leased: isLease(entry) };
      // Someone else redeemed it and reported the successor; this process just moves on.
      this.#chain.current = record.next;
    }
  }

  async #redeem(head: Head, lease: Lease, scopes: readonly string[]): Promise<AccessToken> {
    let result: Awaited<ReturnType<RefreshChain["redeem"]>>;
    try {
      result = await this.#chain.redeem(head.refreshToken, scopes);
    } catch (error) {
      lease.release();
      throw error;
    }
    lease.stop();
    const { token, rotated } = result;
    const now = this.ctx.options.clock();
    // A DPoP-bound token is bound to this process's key: the fleet gets the rotation, not the token.
    const shared = this.ctx.dpop || token.expiresAt === undefined || token.expiresAt <= now ? undefined : freshlyFetched(token, now);
    const tokenTtlMs = (token.expiresAt ?? now) - now;
    if (rotated === undefined) {
      if (shared) await this.#putCurrent(head.key, lease.version, shared, tokenTtlMs, now);
      else lease.release();
      return token;
    }
    // The successor's entry first: a process that follows the chain finds the token there.
    if (shared) await this.#putCurrent(await this.#keyOf(rotated), undefined, shared, tokenTtlMs, now);
    await bestEffort(() => this.store.compareAndSet(head.key, lease.version, encodeRecord(lease.version, { next: rotated }, 0, now), SPENT_TTL_MS));
    await this.#chain.rotated(rotated);
    return token;
  }

  async #putCurrent(key: string, over: string | undefined, shared: SharedToken, ttlMs: number, now: number): Promise<void> {
    const entry = encodeRecord(over, { token: shared }, ttlMs, now);
    if (await bestEffort(() => this.store.compareAndSet(key, over, entry, ttlMs))) {
      this.origins.set(shared.token, { key, record: { version: entry.version, ttlMs, readAt: now } });
    }
  }

  #keyOf(refreshToken: string): Promise<string> {
    const { issuer, clientId } = this.ctx.options;
    return storeKeyName("refresh", [issuer.href, clientId, refreshToken]);
  }

  #handOut(shared: SharedToken, head: Head): AccessToken {
    this.origins.set(shared.token, { key: head.key, record: head.record });
    return shared.token;
  }
}
