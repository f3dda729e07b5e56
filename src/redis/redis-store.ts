/**
 * The {@link SharedStore} on Redis, through node-redis. Each entry is one string value,
 * `version|data`, under `<keyPrefix>:<name>`; leases are `SET NX PX`, the conditional writes are
 * Lua scripts comparing the version, and the data is sealed with AES-256-GCM (see cipher.ts).
 */
import type { RateLimiter, SharedStore, StoreEntry, StoredEntry } from "../store/shared-store.js";
import type { Cipher } from "./cipher.js";
import type { RedisHealth } from "./health.js";
import { createRedisRateLimiter } from "./rate-limiter.js";

/** What the store uses of a node-redis client (`createClient()` from `redis`). */
export interface RedisConnection {
  readonly isOpen: boolean;
  readonly isReady: boolean;
  connect(): Promise<unknown>;
  sendCommand<T = unknown>(args: readonly string[], options?: { timeout?: number }): Promise<T>;
  duplicate(): RedisConnection;
  subscribe(channel: string, listener: (message: string) => void): Promise<void>;
  unsubscribe(channel: string, listener: (message: string) => void): Promise<void>;
  on(event: "error" | "ready", listener: (error: unknown) => void): unknown;
  close(): Promise<void>;
}

// The value if the version matches `ARGV[1]` (empty: if absent); then `SET … PX`.
const COMPARE_AND_SET = `local current = redis.call('GET', KEYS[1])
if ARGV[1] == '' then
  if current then return 0 end
elseif not current or string.sub(current, 1, #ARGV[1] + 1) ~= ARGV[1] .. '|' then
  return 0
end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
return 1`;

const COMPARE_AND_DELETE = `local current = redis.call('GET', KEYS[1])
if current and string.sub(current, 1, #ARGV[1] + 1) == ARGV[1] .. '|' then
  return redis.call('DEL', KEYS[1])
end
return 0`;

const GET_WITH_TTL = `local value = redis.call('GET', KEYS[1])
if not value then return false end
return {value, redis.call('PTTL', KEYS[1])}`;

/** Settings of a {@link RedisSharedStore}, already checked. */
export interface RedisStoreSettings {
  readonly redis: RedisConnection;
  readonly cipher: Cipher | undefined;
  readonly health: RedisHealth;
  readonly keyPrefix: string;
  readonly leaseMs: number;
}

/** A shared store on Redis; `close()` ends its connections. */
export class RedisSharedStore implements SharedStore {
  readonly leaseMs: number;
  readonly #redis: RedisConnection;
  readonly #cipher: Cipher | undefined;
  readonly #health: RedisHealth;
  readonly #prefix: string;
  #subscriber: Promise<RedisConnection> | undefined;

  constructor(settings: RedisStoreSettings) {
    this.leaseMs = settings.leaseMs;
    this.#redis = settings.redis;
    this.#cipher = settings.cipher;
    this.#health = settings.health;
    this.#prefix = `${settings.keyPrefix}:`;
  }

  async get(key: string): Promise<StoredEntry | undefined> {
    const name = this.#prefix + key;
    const reply = await this.#command<[string, number] | null>(["EVAL", GET_WITH_TTL, "1", name]);
    if (!Array.isArray(reply)) return undefined;
    const [value, ttlMs] = reply;
    const bar = value.indexOf("|");
    if (bar < 1) return undefined;
    const version = value.slice(0, bar);
    const data = await this.#open(value.slice(bar + 1), name, version);
    // -1: an entry without expiry, which this store never writes; read it as expiring now.
    return { version, data, ttlMs: Math.max(0, Number(ttlMs)) };
  }

  async setIfAbsent(key: string, entry: StoreEntry, ttlMs: number): Promise<boolean> {
    const name = this.#prefix + key;
    const value = await this.#seal(entry, name);
    return (await this.#command(["SET", name, value, "NX", "PX", milliseconds(ttlMs)])) === "OK";
  }

  async compareAndSet(key: string, expected: string | undefined, entry: StoreEntry, ttlMs: number): Promise<boolean> {
    const name = this.#prefix + key;
    const value = await this.#seal(entry, name);
    return Number(await this.#command(["EVAL", COMPARE_AND_SET, "1", name, checkVersion(expected ?? ""), value, milliseconds(ttlMs)])) === 1;
  }

  async compareAndDelete(key: string, expected: string): Promise<boolean> {
    return Number(await this.#command(["EVAL", COMPARE_AND_DELETE, "1", this.#prefix + key, checkVersion(expected)])) === 1;
  }

  async publish(channel: string, message: string): Promise<void> {
    await this.#command(["PUBLISH", this.#prefix + channel, message]);
  }

  subscribe(channel: string, listener: (message: string) => void): () => void {
    const name = this.#prefix + channel;
    const handler = (message: string): void => listener(message);
    // A connection of its own (a subscribed connection runs no other commands); it resubscribes after reconnecting.
    const subscriber = (this.#subscriber ??= this.#connectSubscriber());
    const subscribed = subscriber.then((connection) => connection.subscribe(name, handler)).catch(() => undefined);
    return () => void subscribed.then(() => subscriber.then((connection) => connection.unsubscribe(name, handler))).catch(() => undefined);
  }

  createRateLimiter(name: string, requestsPerSecond: number): RateLimiter {
    return createRedisRateLimiter({ redis: this.#redis, health: this.#health, keyPrefix: `${this.#prefix}rate`, name, requestsPerSecond });
  }

  /** Closes the client it was given and the subscriber connection it opened. */
  async close(): Promise<void> {
    const subscriber = this.#subscriber;
    this.#subscriber = undefined;
    await Promise.allSettled([this.#redis.close(), subscriber?.then((connection) => connection.close())]);
  }

  #command<T>(args: string[]): Promise<T> {
    // node-redis's own timeout drops a command still queued (e.g. while reconnecting); the health's bounds the wait for an answer.
    return this.#health.run(
      () => this.#redis.isReady,
      (timeout) => this.#redis.sendCommand<T>(args, { timeout }),
    );
  }

  async #connectSubscriber(): Promise<RedisConnection> {
    const connection = this.#redis.duplicate();
    connection.on("error", (error) => this.#health.down(error));
    await connection.connect();
    return connection;
  }

  async #seal(entry: StoreEntry, name: string): Promise<string> {
    const version = checkVersion(entry.version);
    if (version === "") throw new RangeError("A store entry needs a non-empty version.");
    const data = entry.data === "" || !this.#cipher ? entry.data : await this.#cipher.seal(entry.data, `${name}|${version}`);
    return `${version}|${data}`;
  }

  async #open(data: string, name: string, version: string): Promise<string> {
    if (data === "" || !this.#cipher) return data;
    // Not sealed for this name and version with this key (tampered, moved, another key): nothing usable.
    return (await this.#cipher.open(data, `${name}|${version}`)) ?? "";
  }
}

function checkVersion(version: string): string {
  if (version.includes("|")) throw new RangeError("A store entry's version can't contain `|`.");
  return version;
}

function milliseconds(ttlMs: number): string {
  return String(Math.max(1, Math.ceil(ttlMs)));
}
