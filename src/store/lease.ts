/**
 * Leases: who in the fleet does a piece of work (a token request, a refresh). A lease is an entry
 * written only if absent (or only over the version its taker saw), renewed by its holder while it
 * works, and released by compare-and-delete, so a holder can never release someone else's lease.
 * A holder that dies stops renewing: its lease runs out after `store.leaseMs` and another takes over.
 */
import { randomId } from "./key-name.js";
import { bestEffort, type SharedStore, type StoredEntry } from "./shared-store.js";

const LEASE_PREFIX = "lease.";

/** A lease this process holds. */
export interface Lease {
  /** The lease entry's version, for replacing it with a result by compare-and-set. */
  readonly version: string;
  /** Stops renewing (the entry is about to be replaced with a result). */
  stop(): void;
  /** Stops renewing and deletes the lease if it is still this one. */
  release(): void;
}

/** Whether `entry` is someone's lease (rather than a result). */
export function isLease(entry: StoredEntry | undefined): boolean {
  return entry?.version.startsWith(LEASE_PREFIX) ?? false;
}

/**
 * Takes the lease on `key`: where no entry is, or over the entry at version `over` (a result that
 * needs redoing). Resolves to `undefined` when another process got there first; rejects when the
 * store is unavailable.
 */
export async function takeLease(store: SharedStore, key: string, over?: string): Promise<Lease | undefined> {
  const version = `${LEASE_PREFIX}${randomId()}`;
  const entry = { version, data: "" };
  const taken = over === undefined ? await store.setIfAbsent(key, entry, store.leaseMs) : await store.compareAndSet(key, over, entry, store.leaseMs);
  if (!taken) return undefined;
  // Renewed three times per lease length, so one late renewal doesn't lose it.
  const renewal = setInterval(() => void bestEffort(() => store.compareAndSet(key, version, entry, store.leaseMs)), store.leaseMs / 3);
  renewal.unref();
  return {
    version,
    stop: () => clearInterval(renewal),
    release() {
      clearInterval(renewal);
      void bestEffort(() => store.compareAndDelete(key, version));
    },
  };
}
