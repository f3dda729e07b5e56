/**
 * A fleet of processes on one Redis (`entity-management-client/redis`; needs the optional peer
 * `redis`, and `rate-limiter-flexible` for the client's `rateLimit`): one token request per scope
 * set for the whole fleet, refresh tokens rotated once between processes, and a `Retry-After` seen
 * by one process pausing them all. Tokens are encrypted at rest. Redis is never a single point of
 * failure: when it is down or slow, each process goes on with its own cache and pauses.
 *
 * @example
 * import { createClient } from "redis";
 * import { createRedisStore } from "entity-management-client/redis";
 * const store = createRedisStore({ redis: createClient({ url }), encryptionKey: process.env.TOKEN_STORE_KEY });
 * const auth = clientCredentials({ issuer, clientId, privateKey, store });
 * const client = createEntityManagementClient({ host, institutionUniversalId, auth, store });
 */
import { InvalidOptionsError } from "../errors/invalid-options-error.js";
import type { SharedStore } from "../store/shared-store.js";
import { millisecondsProblem } from "../utils/milliseconds.js";
import { createCipher } from "./cipher.js";
import { RedisHealth, type StoreLogger } from "./health.js";
import { RedisSharedStore, type RedisConnection } from "./redis-store.js";

export type { RedisConnection } from "./redis-store.js";
export type { StoreLogger } from "./health.js";
export type { RateLimiter, SharedStore, StoreEntry, StoredEntry } from "../store/shared-store.js";

/** Options of {@link createRedisStore}. */
export interface RedisStoreOptions {
  /** A node-redis client, e.g. `createClient({ url })` from `redis`; the store connects it if it isn't, and owns it from then on. */
  readonly redis: RedisConnection;
  /**
   * 32 random bytes in base64url (43 characters), the same in every process of the fleet: tokens
   * and refresh tokens are stored encrypted with it (AES-256-GCM). Generate one with
   * `node -e "console.log(crypto.randomBytes(32).toString('base64url'))"` and keep it with your
   * other secrets. Changing it makes what is stored unreadable: the fleet then fetches anew.
   */
  readonly encryptionKey?: string | undefined;
  /**
   * DANGEROUS: stores access and refresh tokens in Redis as plain text, readable by anyone who can
   * run `GET` on it. Only for a Redis that nothing else can reach (a local development instance);
   * without it, a missing `encryptionKey` refuses to start.
   * @default false
   */
  readonly insecureNoEncryption?: boolean;
  /** Prefix of every key and channel, to share one Redis between apps. @default "emc" */
  readonly keyPrefix?: string;
  /** Longest wait for Redis to answer a command before the process goes on without it. @default 200 */
  readonly commandTimeoutMs?: number;
  /** How long a lease lasts unrenewed: a process that dies holding one (mid token request) is replaced after this long. @default 5000 */
  readonly leaseMs?: number;
  /** Gets one `warn` line when Redis becomes unavailable and one `info` line when it answers again; `console` fits. */
  readonly logger?: StoreLogger;
}

/** The shared store on Redis: pass it as `store` to token sources and to the client. */
export interface RedisStore extends SharedStore {
  /** Closes the store's connections: the client you gave it and the subscriber it opened. */
  close(): Promise<void>;
}

const knownOptions = new Set(["redis", "encryptionKey", "insecureNoEncryption", "keyPrefix", "commandTimeoutMs", "leaseMs", "logger"]);

/** Creates the shared store of a fleet on a node-redis client; throws INVALID_OPTIONS on a bad option or a missing key. */
export function createRedisStore(options: RedisStoreOptions): RedisStore {
  if (typeof options !== "object" || options === null) throw new InvalidOptionsError("createRedisStore() needs an options object.");
  for (const key of Object.keys(options)) {
    if (!knownOptions.has(key)) throw new InvalidOptionsError(`createRedisStore(): ${key} is not an option; the options are ${[...knownOptions].join(", ")}.`);
  }
  const { redis, encryptionKey, insecureNoEncryption = false, keyPrefix = "emc", commandTimeoutMs = 200, leaseMs = 5_000, logger } = options;
  if (typeof redis?.sendCommand !== "function" || typeof redis.duplicate !== "function") {
    throw new InvalidOptionsError("createRedisStore(): `redis` must be a node-redis client, e.g. createClient({ url }) from the redis package.");
  }
  if (insecureNoEncryption !== true && insecureNoEncryption !== false) throw new InvalidOptionsError("createRedisStore(): `insecureNoEncryption` must be true or false.");
  if (encryptionKey === undefined && !insecureNoEncryption) {
    throw new InvalidOptionsError(
      "createRedisStore(): `encryptionKey` is required: tokens in Redis are stored encrypted with it. Pass 32 random bytes in base64url (the same in every process), or insecureNoEncryption: true for a Redis nothing else can reach.",
    );
  }
  if (encryptionKey !== undefined && insecureNoEncryption)
    throw new InvalidOptionsError("createRedisStore(): pass either `encryptionKey` or `insecureNoEncryption: true`, not both.");
  if (typeof keyPrefix !== "string" || !/^[\w.:-]{1,64}$/.test(keyPrefix))
    throw new InvalidOptionsError("createRedisStore(): `keyPrefix` must be 1 to 64 letters, digits, `_`, `.`, `:` or `-`.");
  for (const [name, value] of [
    ["commandTimeoutMs", commandTimeoutMs],
    ["leaseMs", leaseMs],
  ] as const) {
    const problem = millisecondsProblem(`createRedisStore(): \`${name}\``, value);
    if (problem) throw new InvalidOptionsError(problem);
  }
  if (logger !== undefined && (typeof logger !== "object" || logger === null))
    throw new InvalidOptionsError("createRedisStore(): `logger` must be an object with optional warn and info methods, such as console.");

  const cipher = encryptionKey === undefined ? undefined : createCipher(encryptionKey);
  const health = new RedisHealth(logger, commandTimeoutMs);
  // Without an error listener node-redis would crash the process on the first connection error.
  redis.on("error", (error) => health.down(error));
  redis.on("ready", () => health.up());
  // It reconnects by itself after a failure; while it does, commands fail fast (see RedisHealth).
  if (!redis.isReady) health.connecting(new Promise((resolve) => redis.on("ready", () => resolve())));
  if (!redis.isOpen) redis.connect().catch((error: unknown) => health.down(error));
  return new RedisSharedStore({ redis, cipher, health, keyPrefix, leaseMs });
}
