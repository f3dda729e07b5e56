/**
 * What a fleet keeps per shared entry: an access token (with its lifetime) and, for refresh-token
 * chains, the refresh token that replaced the one the entry is named after. Expiry travels as time
 * left, read from the entry's own expiry in the store, so it never depends on clocks agreeing.
 */
import { randomId } from "../store/key-name.js";
import type { StoreEntry, StoredEntry } from "../store/shared-store.js";
import { createAccessToken } from "./access-token.js";
import type { Redactor } from "./redaction.js";
import { REFRESH_JITTER } from "./token-cache.js";
import type { AccessToken } from "./token-source.js";

/** A shared access token with the lifetime it was issued with (the refresh window depends on it). */
export interface SharedToken {
  readonly token: AccessToken;
  readonly lifetimeMs: number;
}

/** A shared entry as this process read it. */
export interface SharedRecord {
  /** The entry's version (`undefined`: no entry). */
  readonly version: string | undefined;
  /** Time the entry had left when read, and when that was (for rewriting it with what remains). */
  readonly ttlMs: number;
  readonly readAt: number;
  readonly token?: SharedToken;
  /** The refresh token that replaced the one this entry is named after (refresh-token chains). */
  readonly next?: string;
}

interface TokenData {
  readonly value: string;
  readonly type: AccessToken["type"];
  readonly scopes: readonly string[];
  readonly lifetimeMs: number;
  /** Time the token had left, and the entry's TTL, when written: it expires `expiresInMs - (ttlMs - entry ttl)` after a read. */
  readonly expiresInMs: number;
  readonly ttlMs: number;
}

interface RecordData {
  readonly token?: TokenData;
  readonly next?: string;
}

/** The version after `previous`: a generation one higher (fencing: a write names the generation it replaces) and a random tail. */
export function nextVersion(previous: string | undefined): string {
  const generation = previous === undefined ? 0 : Number.parseInt(previous, 10) || 0;
  return `${generation + 1}.${randomId()}`;
}

/** The entry for `token` (and `next`), to be written with `ttlMs` at `now`. */
export function encodeRecord(previous: string | undefined, parts: { token?: SharedToken | undefined; next?: string | undefined }, ttlMs: number, now: number): StoreEntry {
  const data: { token?: TokenData; next?: string } = {};
  if (parts.token?.token.expiresAt !== undefined) {
    const { token, lifetimeMs } = parts.token;
    data.token = { value: token.value, type: token.type, scopes: token.scopes, lifetimeMs, expiresInMs: (token.expiresAt ?? now) - now, ttlMs };
  }
  if (parts.next !== undefined) data.next = parts.next;
  return { version: nextVersion(previous), data: JSON.stringify(data) };
}

/**
 * Reads an entry. Anything that doesn't parse (another version of this package, a different
 * encryption key) reads as an entry without a token, so it gets replaced rather than trusted.
 */
export function decodeRecord(entry: StoredEntry | undefined, now: number, redactor: Redactor): SharedRecord {
  if (!entry) return { version: undefined, ttlMs: 0, readAt: now };
  const record = { version: entry.version, ttlMs: entry.ttlMs, readAt: now };
  let data: RecordData;
  try {
    data = JSON.parse(entry.data) as RecordData;
  } catch {
    return record;
  }
  if (typeof data !== "object" || data === null) return record;
  const next = typeof data.next === "string" && data.next !== "" ? data.next : undefined;
  redactor.addToken(next);
  const token = tokenOf(data.token, entry.ttlMs, now, redactor);
  return { ...record, ...(token ? { token } : {}), ...(next !== undefined ? { next } : {}) };
}

function tokenOf(data: TokenData | undefined, entryTtlMs: number, now: number, redactor: Redactor): SharedToken | undefined {
  if (typeof data !== "object" || data === null || typeof data.value !== "string" || !Array.isArray(data.scopes)) return undefined;
  const { value, type, scopes, lifetimeMs, expiresInMs, ttlMs } = data;
  if (![lifetimeMs, expiresInMs, ttlMs].every(Number.isFinite) || (type !== "Bearer" && type !== "DPoP")) return undefined;
  redactor.addToken(value);
  const expiresAt = now + expiresInMs - Math.max(0, ttlMs - entryTtlMs);
  return { token: createAccessToken(value, { type, scopes: scopes.filter((s): s is string => typeof s === "string"), expiresAt }), lifetimeMs };
}

/** A token just fetched, as shared: its lifetime is what it has left now. */
export function freshlyFetched(token: AccessToken, now: number): SharedToken {
  return { token, lifetimeMs: token.expiresAt === undefined ? 0 : token.expiresAt - now };
}

/**
 * Whether the fleet should use `shared` as it is: not yet in its refresh window (the source's
 * skew, capped at half the lifetime as in the token cache, widened by up to {@link REFRESH_JITTER}).
 */
export function isFresh(shared: SharedToken, refreshSkewMs: number, now: number, random = Math.random): boolean {
  return remainingMs(shared, now) > refreshWindowMs(shared, refreshSkewMs) * (1 + REFRESH_JITTER * random());
}

/** Whether `shared` may still be handed out while another process fetches its successor: in the first half of its refresh window. */
export function isServable(shared: SharedToken, refreshSkewMs: number, now: number): boolean {
  return remainingMs(shared, now) > refreshWindowMs(shared, refreshSkewMs) / 2;
}

function refreshWindowMs(shared: SharedToken, refreshSkewMs: number): number {
  return Math.min(refreshSkewMs, shared.lifetimeMs / 2);
}

function remainingMs(shared: SharedToken, now: number): number {
  return shared.token.expiresAt === undefined ? -Infinity : shared.token.expiresAt - now;
}

/** What an entry has left at `now`, for rewriting it without extending it. */
export function entryTtlLeft(record: SharedRecord, now: number): number {
  return Math.max(1, Math.round(record.ttlMs - (now - record.readAt)));
}
