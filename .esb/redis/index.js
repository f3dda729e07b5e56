import {
  millisecondsProblem,
  sleep
} from "../chunk-DYKYEZKB.js";
import {
  InvalidOptionsError
} from "../chunk-HUATZ5KV.js";

// src/redis/cipher.ts
var FORMAT = "a1";
var encoder = new TextEncoder();
var decoder = new TextDecoder();
function createCipher(encryptionKey) {
  if (typeof encryptionKey !== "string" || !/^[A-Za-z0-9_-]{43}$/.test(encryptionKey)) {
    throw new InvalidOptionsError(
      "createRedisStore(): encryptionKey must be 32 random bytes in base64url (43 characters), e.g. from `node -e \"console.log(crypto.randomBytes(32).toString('base64url'))\"`."
    );
  }
  const key = crypto.subtle.importKey("raw", Buffer.from(encryptionKey, "base64url"), "AES-GCM", false, ["encrypt", "decrypt"]);
  return {
    async seal(plaintext, associated) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const sealed = await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: encoder.encode(associated) }, await key, encoder.encode(plaintext));
      return `${FORMAT}.${Buffer.from(iv).toString("base64url")}.${Buffer.from(sealed).toString("base64url")}`;
    },
    async open(sealed, associated) {
      const [format, iv, body] = sealed.split(".");
      if (format !== FORMAT || iv === void 0 || body === void 0) return void 0;
      try {
        const plain = await crypto.subtle.decrypt(
          { name: "AES-GCM", iv: Buffer.from(iv, "base64url"), additionalData: encoder.encode(associated) },
          await key,
          Buffer.from(body, "base64url")
        );
        return decoder.decode(plain);
      } catch {
        return void 0;
      }
    }
  };
}

// src/redis/health.ts
var PROBE_INTERVAL_MS = 1e3;
var FIRST_CONNECT_WAIT_MS = 1e3;
var RedisUnavailableError = class extends Error {
  name = "RedisUnavailableError";
};
var RedisHealth = class {
  #logger;
  #timeoutMs;
  #down = false;
  #probeAt = 0;
  // Until the client is first ready: commands wait for it (within their timeout) instead of failing.
  #connecting;
  constructor(logger, timeoutMs) {
    this.#logger = logger;
    this.#timeoutMs = timeoutMs;
  }
  /** The client is connecting for the first time; `ready` resolves once it is ready. */
  connecting(ready) {
    this.#connecting = ready.then(() => void (this.#connecting = void 0));
  }
  /**
   * Runs `command` within the timeout; rejects at once while Redis is known to be down or the
   * connection isn't ready. `isAnswer` tells a reply that is an error (a rate limit reached) from
   * a failure of Redis.
   */
  async run(ready, command, isAnswer = () => false) {
    if (this.#down && Date.now() < this.#probeAt) throw new RedisUnavailableError("Redis is unavailable; trying again shortly.");
    if (!ready() && this.#connecting && !this.#down) await within(this.#connecting, FIRST_CONNECT_WAIT_MS, "not connected").catch(() => void 0);
    if (!ready()) return this.#fail(new RedisUnavailableError("not connected"));
    try {
      const result = await within(command(this.#timeoutMs), this.#timeoutMs, `no answer within ${this.#timeoutMs} ms`);
      this.up();
      return result;
    } catch (error) {
      if (isAnswer(error)) {
        this.up();
        throw error;
      }
      return this.#fail(error);
    }
  }
  /** Redis answered (or the connection is ready again): sharing resumes. */
  up() {
    if (!this.#down) return;
    this.#down = false;
    this.#logger?.info?.("entity-management-client: Redis answers again; sharing tokens and pauses across processes resumes.", {});
  }
  /** Records a connection error reported by the client (it reconnects by itself); logs only the first of an outage. */
  down(reason) {
    if (!this.#down) {
      this.#down = true;
      this.#logger?.warn?.("entity-management-client: Redis is unavailable; each process goes on with its own tokens and pauses until it answers again.", {
        reason: reasonOf(reason)
      });
    }
    this.#probeAt = Date.now() + PROBE_INTERVAL_MS;
  }
  #fail(reason) {
    this.down(reason);
    throw new RedisUnavailableError(`Redis is unavailable: ${reasonOf(reason)}.`);
  }
};
function reasonOf(error) {
  if (error instanceof RedisUnavailableError) return error.message;
  const code = error?.code;
  if (typeof code === "string") return code;
  return error instanceof Error ? error.name : "unknown";
}
async function within(pending, ms, reason) {
  pending.catch(() => void 0);
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => setImmediate(() => reject(new RedisUnavailableError(reason))), ms);
  });
  try {
    return await Promise.race([pending, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// src/redis/rate-limiter.ts
async function load(settings) {
  const { redis, health, keyPrefix, name, requestsPerSecond: points } = settings;
  let flexible;
  try {
    flexible = await import("rate-limiter-flexible");
  } catch {
    throw new InvalidOptionsError("rateLimit needs the rate-limiter-flexible package: npm install rate-limiter-flexible");
  }
  const { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } = flexible;
  const shared = new RateLimiterRedis({ storeClient: redis, useRedisPackage: true, points, duration: 1, keyPrefix });
  const local = new RateLimiterMemory({ points, duration: 1, keyPrefix });
  const isVerdict = (error) => error instanceof RateLimiterRes;
  const waitOf = (consumed) => consumed.then(
    () => 0,
    (error) => {
      if (isVerdict(error)) return Math.max(1, error.msBeforeNext);
      throw error;
    }
  );
  return async () => {
    try {
      return await waitOf(
        health.run(
          () => redis.isReady,
          () => shared.consume(name),
          isVerdict
        )
      );
    } catch {
      return waitOf(local.consume(name));
    }
  };
}
function createRedisRateLimiter(settings) {
  let take;
  return {
    async acquire(signal) {
      take ??= load(settings);
      const next = await take;
      for (let wait = await next(); wait > 0; wait = await next()) await sleep(wait, signal);
    }
  };
}

// src/redis/redis-store.ts
var COMPARE_AND_SET = `local current = redis.call('GET', KEYS[1])
if ARGV[1] == '' then
  if current then return 0 end
elseif not current or string.sub(current, 1, #ARGV[1] + 1) ~= ARGV[1] .. '|' then
  return 0
end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
return 1`;
var COMPARE_AND_DELETE = `local current = redis.call('GET', KEYS[1])
if current and string.sub(current, 1, #ARGV[1] + 1) == ARGV[1] .. '|' then
  return redis.call('DEL', KEYS[1])
end
return 0`;
var GET_WITH_TTL = `local value = redis.call('GET', KEYS[1])
if not value then return false end
return {value, redis.call('PTTL', KEYS[1])}`;
var RedisSharedStore = class {
  leaseMs;
  #redis;
  #cipher;
  #health;
  #prefix;
  #subscriber;
  constructor(settings) {
    this.leaseMs = settings.leaseMs;
    this.#redis = settings.redis;
    this.#cipher = settings.cipher;
    this.#health = settings.health;
    this.#prefix = `${settings.keyPrefix}:`;
  }
  async get(key) {
    const name = this.#prefix + key;
    const reply = await this.#command(["EVAL", GET_WITH_TTL, "1", name]);
    if (!Array.isArray(reply)) return void 0;
    const [value, ttlMs] = reply;
    const bar = value.indexOf("|");
    if (bar < 1) return void 0;
    const version = value.slice(0, bar);
    const data = await this.#open(value.slice(bar + 1), name, version);
    return { version, data, ttlMs: Math.max(0, Number(ttlMs)) };
  }
  async setIfAbsent(key, entry, ttlMs) {
    const name = this.#prefix + key;
    const value = await this.#seal(entry, name);
    return await this.#command(["SET", name, value, "NX", "PX", milliseconds(ttlMs)]) === "OK";
  }
  async compareAndSet(key, expected, entry, ttlMs) {
    const name = this.#prefix + key;
    const value = await this.#seal(entry, name);
    return Number(await this.#command(["EVAL", COMPARE_AND_SET, "1", name, checkVersion(expected ?? ""), value, milliseconds(ttlMs)])) === 1;
  }
  async compareAndDelete(key, expected) {
    return Number(await this.#command(["EVAL", COMPARE_AND_DELETE, "1", this.#prefix + key, checkVersion(expected)])) === 1;
  }
  async publish(channel, message) {
    await this.#command(["PUBLISH", this.#prefix + channel, message]);
  }
  subscribe(channel, listener) {
    const name = this.#prefix + channel;
    const handler = (message) => listener(message);
    const subscriber = this.#subscriber ??= this.#connectSubscriber();
    const subscribed = subscriber.then((connection) => connection.subscribe(name, handler)).catch(() => void 0);
    return () => void subscribed.then(() => subscriber.then((connection) => connection.unsubscribe(name, handler))).catch(() => void 0);
  }
  createRateLimiter(name, requestsPerSecond) {
    return createRedisRateLimiter({ redis: this.#redis, health: this.#health, keyPrefix: `${this.#prefix}rate`, name, requestsPerSecond });
  }
  /** Closes the client it was given and the subscriber connection it opened. */
  async close() {
    const subscriber = this.#subscriber;
    this.#subscriber = void 0;
    await Promise.allSettled([this.#redis.close(), subscriber?.then((connection) => connection.close())]);
  }
  #command(args) {
    return this.#health.run(
      () => this.#redis.isReady,
      (timeout) => this.#redis.sendCommand(args, { timeout })
    );
  }
  async #connectSubscriber() {
    const connection = this.#redis.duplicate();
    connection.on("error", (error) => this.#health.down(error));
    await connection.connect();
    return connection;
  }
  async #seal(entry, name) {
    const version = checkVersion(entry.version);
    if (version === "") throw new RangeError("A store entry needs a non-empty version.");
    const data = entry.data === "" || !this.#cipher ? entry.data : await this.#cipher.seal(entry.data, `${name}|${version}`);
    return `${version}|${data}`;
  }
  async #open(data, name, version) {
    if (data === "" || !this.#cipher) return data;
    return await this.#cipher.open(data, `${name}|${version}`) ?? "";
  }
};
function checkVersion(version) {
  if (version.includes("|")) throw new RangeError("A store entry's version can't contain `|`.");
  return version;
}
function milliseconds(ttlMs) {
  return String(Math.max(1, Math.ceil(ttlMs)));
}

// src/redis/index.ts
var knownOptions = /* @__PURE__ */ new Set(["redis", "encryptionKey", "insecureNoEncryption", "keyPrefix", "commandTimeoutMs", "leaseMs", "logger"]);
function createRedisStore(options) {
  if (typeof options !== "object" || options === null) throw new InvalidOptionsError("createRedisStore() needs an options object.");
  for (const key of Object.keys(options)) {
    if (!knownOptions.has(key)) throw new InvalidOptionsError(`createRedisStore(): ${key} is not an option; the options are ${[...knownOptions].join(", ")}.`);
  }
  const { redis, encryptionKey, insecureNoEncryption = false, keyPrefix = "emc", commandTimeoutMs = 200, leaseMs = 5e3, logger } = options;
  if (typeof redis?.sendCommand !== "function" || typeof redis.duplicate !== "function") {
    throw new InvalidOptionsError("createRedisStore(): `redis` must be a node-redis client, e.g. createClient({ url }) from the redis package.");
  }
  if (insecureNoEncryption !== true && insecureNoEncryption !== false) throw new InvalidOptionsError("createRedisStore(): `insecureNoEncryption` must be true or false.");
  if (encryptionKey === void 0 && !insecureNoEncryption) {
    throw new InvalidOptionsError(
      "createRedisStore(): `encryptionKey` is required: tokens in Redis are stored encrypted with it. Pass 32 random bytes in base64url (the same in every process), or insecureNoEncryption: true for a Redis nothing else can reach."
    );
  }
  if (encryptionKey !== void 0 && insecureNoEncryption)
    throw new InvalidOptionsError("createRedisStore(): pass either `encryptionKey` or `insecureNoEncryption: true`, not both.");
  if (typeof keyPrefix !== "string" || !/^[\w.:-]{1,64}$/.test(keyPrefix))
    throw new InvalidOptionsError("createRedisStore(): `keyPrefix` must be 1 to 64 letters, digits, `_`, `.`, `:` or `-`.");
  for (const [name, value] of [
    ["commandTimeoutMs", commandTimeoutMs],
    ["leaseMs", leaseMs]
  ]) {
    const problem = millisecondsProblem(`createRedisStore(): \`${name}\``, value);
    if (problem) throw new InvalidOptionsError(problem);
  }
  if (logger !== void 0 && (typeof logger !== "object" || logger === null))
    throw new InvalidOptionsError("createRedisStore(): `logger` must be an object with optional warn and info methods, such as console.");
  const cipher = encryptionKey === void 0 ? void 0 : createCipher(encryptionKey);
  const health = new RedisHealth(logger, commandTimeoutMs);
  redis.on("error", (error) => health.down(error));
  redis.on("ready", () => health.up());
  if (!redis.isReady) health.connecting(new Promise((resolve) => redis.on("ready", () => resolve())));
  if (!redis.isOpen) redis.connect().catch((error) => health.down(error));
  return new RedisSharedStore({ redis, cipher, health, keyPrefix, leaseMs });
}
export {
  createRedisStore
};
