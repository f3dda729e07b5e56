/**
 * The store a fleet of processes shares: what the token cache, the refresh-token source and the
 * client coordinate through. Without one, each process keeps its own state (the default). The Redis
 * adapter (`entity-management-client/redis`) implements it; another one can, following these rules:
 *
 * - Every operation answers quickly or rejects (bounded by a command timeout): callers treat any
 *   rejection as "the store is unavailable" and go on alone, so a store must never hang a call.
 * - Writes are conditional on an entry's `version`, which is compared as it is. Versions and key
 *   names are never secret (callers hash what they name); `data` may be, and an adapter keeps it
 *   unreadable at rest.
 * - Entries expire after their `ttlMs`; a read tells how long an entry has left, so expiry never
 *   depends on the clocks of the processes agreeing.
 */

/** A value to write: a version the conditional writes compare, and data (possibly secret). */
export interface StoreEntry {
  /** Compared by {@link SharedStore.compareAndSet} and {@link SharedStore.compareAndDelete}; never secret, never contains `|`. */
  readonly version: string;
  /** The payload; may carry tokens, so adapters encrypt it. */
  readonly data: string;
}

/** An entry as read back, with the time it has left. */
export interface StoredEntry extends StoreEntry {
  /** Milliseconds until the entry expires. */
  readonly ttlMs: number;
}

/** A fleet-wide request rate, shared through the store. */
export interface RateLimiter {
  /** Resolves when one more request may go out, or rejects with the signal's reason. */
  acquire(signal: AbortSignal): Promise<void>;
}

/** The operations the fleet features need. */
export interface SharedStore {
  /** How long a lease lasts without being renewed; a holder that dies is replaced after this long. */
  readonly leaseMs: number;
  /** Reads an entry; `undefined` when absent or expired. */
  get(key: string): Promise<StoredEntry | undefined>;
  /** Writes only when no entry exists (a lease: `SET NX PX`); `true` when written. */
  setIfAbsent(key: string, entry: StoreEntry, ttlMs: number): Promise<boolean>;
  /** Writes only when the entry's version is `expected` (`undefined`: when absent); `true` when written. */
  compareAndSet(key: string, expected: string | undefined, entry: StoreEntry, ttlMs: number): Promise<boolean>;
  /** Deletes only when the entry's version is `expected`; `true` when deleted. */
  compareAndDelete(key: string, expected: string): Promise<boolean>;
  /** Sends `message` (never secret) to every process subscribed to `channel`. */
  publish(channel: string, message: string): Promise<void>;
  /** Calls `listener` with each message on `channel`, until the returned function is called. */
  subscribe(channel: string, listener: (message: string) => void): () => void;
  /** A limiter of `requestsPerSecond` shared by every process using `name`; needed for the client's `rateLimit`. */
  createRateLimiter?(name: string, requestsPerSecond: number): RateLimiter;
}

const methods = ["get", "setIfAbsent", "compareAndSet", "compareAndDelete", "publish", "subscribe"] as const;

/** Whether `value` looks like a {@link SharedStore} (e.g. what `createRedisStore()` returns). */
export function isSharedStore(value: unknown): value is SharedStore {
  if (typeof value !== "object" || value === null) return false;
  const store = value as Record<string, unknown>;
  const leaseMs = store["leaseMs"];
  return methods.every((name) => typeof store[name] === "function") && typeof leaseMs === "number" && Number.isFinite(leaseMs) && leaseMs > 0;
}

/** Runs a store operation whose failure changes nothing but what is shared: a rejection becomes `undefined`. */
export function bestEffort<T>(operation: () => Promise<T>): Promise<T | undefined> {
  try {
    return operation().catch(() => undefined);
  } catch {
    return Promise.resolve(undefined);
  }
}
