/**
 * What the two ways a fleet shares tokens have in common (client credentials by scope set, see
 * shared-tokens.ts; refresh-token chains, see shared-refresh.ts): the store behind a source's
 * token cache, going on alone whenever the store fails, and invalidations that land before the
 * next fetch reads the entry they replace.
 */
import { bestEffort, type SharedStore } from "../store/shared-store.js";
import type { GrantContext } from "./grant-context.js";
import type { SharedRecord } from "./shared-record.js";
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
/** The longest wait between two reads of an entry another process is working on. */
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

/** The entry a shared token was read from (or written to), to retire exactly that one. */
export interface Origin {
  readonly key: string;
  readonly record: SharedRecord;
}

/** A {@link FleetSharing} on a store: subclasses say how to fetch through it and how to retire a token. */
export abstract class StoreBackedSharing implements FleetSharing {
  protected readonly ctx: GrantContext;
  protected readonly store: SharedStore;
  /** Where each shared token this process handed out came from. */
  protected readonly origins = new WeakMap<AccessToken, Origin>();
  /** Fetches as a process without a store does (the token request itself, for client credentials). */
  protected readonly alone: (scopes: readonly string[]) => Promise<AccessToken>;
  // The last invalidation in flight: a fetch after it must not read the entry it is replacing.
  #invalidating: Promise<unknown> = Promise.resolve();

  /** `alone` fetches as a process without a store does. */
  constructor(ctx: GrantContext, store: SharedStore, alone: (scopes: readonly string[]) => Promise<AccessToken>) {
    this.ctx = ctx;
    this.store = store;
    this.alone = alone;
  }

  async fetch(scopes: readonly string[]): Promise<AccessToken> {
    await this.#invalidating;
    try {
      return await this.viaStore(scopes);
    } catch (error) {
      if (error instanceof StoreUnavailable) return this.alone(scopes);
      throw error;
    }
  }

  invalidate(token: AccessToken): void {
    const origin = this.origins.get(token);
    if (origin) this.#invalidating = bestEffort(() => this.retire(origin));
  }

  /** Fetches through the store; rejects with {@link StoreUnavailable} when it fails. */
  protected abstract viaStore(scopes: readonly string[]): Promise<AccessToken>;

  /** Removes the token of `origin` from the fleet, if that entry is still the current one. */
  protected abstract retire(origin: Origin): Promise<unknown>;
}
