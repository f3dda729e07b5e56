/**
 * The Redis adapter against a real redis-server: the conditional writes, leases, expiry as time
 * left, sealed data bound to its key name, the refusal to start without a key, and failing fast
 * (with one warn line) while Redis is down or slow.
 */
import { randomBytes } from "node:crypto";
import { inspect as utilInspect } from "node:util";
import { createClient } from "redis";
import { afterEach, describe, expect, it } from "vitest";
import { InvalidOptionsError } from "../../src/index.js";
import { createRedisStore, type RedisStore, type StoreLogger } from "../../src/redis/index.js";
import { startRedisServer } from "../helpers/redis-server.js";
import { useRedisServer } from "./helpers/use-redis.js";

const redisServer = useRedisServer();
const encryptionKey = randomBytes(32).toString("base64url");
const opened: RedisStore[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});

let prefixes = 0;
function store(options: { logger?: StoreLogger; commandTimeoutMs?: number; key?: string } = {}) {
  const created = createRedisStore({
    redis: createClient({ url: redisServer.server.url }),
    encryptionKey: options.key ?? encryptionKey,
    keyPrefix: `t${(prefixes += 1)}`,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.commandTimeoutMs ? { commandTimeoutMs: options.commandTimeoutMs } : {}),
  });
  opened.push(created);
  return created;
}

const plainClient = (url: string) => createClient({ url });

/** Runs `look` with a plain client, looking at what Redis holds as an operator would. */
async function inspect<T>(look: (redis: ReturnType<typeof plainClient>) => Promise<T>, url = redisServer.server.url): Promise<T> {
  const redis = plainClient(url);
  redis.on("error", () => undefined);
  await redis.connect();
  try {
    return await look(redis);
  } finally {
    await redis.close();
  }
}

function recording(): { logger: StoreLogger; lines: { level: string; message: string }[] } {
  const lines: { level: string; message: string }[] = [];
  return {
    lines,
    logger: { warn: (message) => void lines.push({ level: "warn", message }), info: (message) => void lines.push({ level: "info", message }) },
  };
}

describe("conditional writes", () => {
  it("setIfAbsent writes once; compareAndSet and compareAndDelete act only on the version they name", async () => {
    const s = store();
    expect(await s.setIfAbsent("k", { version: "1", data: "one" }, 10_000)).toBe(true);
    expect(await s.setIfAbsent("k", { version: "2", data: "two" }, 10_000)).toBe(false);
    expect(await s.compareAndSet("k", undefined, { version: "2", data: "two" }, 10_000)).toBe(false);
    expect(await s.compareAndSet("k", "0", { version: "2", data: "two" }, 10_000)).toBe(false);
    expect(await s.compareAndSet("k", "1", { version: "2", data: "two" }, 10_000)).toBe(true);
    expect(await s.get("k")).toMatchObject({ version: "2", data: "two" });
    expect(await s.compareAndDelete("k", "1")).toBe(false);
    expect(await s.compareAndDelete("k", "2")).toBe(true);
    expect(await s.get("k")).toBeUndefined();
    expect(await s.compareAndSet("k", undefined, { version: "3", data: "" }, 10_000)).toBe(true);
  });

  it("a version is compared whole, not as a prefix", async () => {
    const s = store();
    await s.setIfAbsent("k", { version: "12", data: "x" }, 10_000);
    expect(await s.compareAndSet("k", "1", { version: "13", data: "y" }, 10_000)).toBe(false);
    expect(await s.compareAndDelete("k", "1")).toBe(false);
    expect((await s.get("k"))?.version).toBe("12");
  });

  it("reads tell the time an entry has left, and expired entries are gone", async () => {
    const s = store();
    await s.setIfAbsent("k", { version: "1", data: "x" }, 60_000);
    const entry = await s.get("k");
    expect(entry?.ttlMs).toBeGreaterThan(50_000);
    expect(entry?.ttlMs).toBeLessThanOrEqual(60_000);
    await s.setIfAbsent("short", { version: "1", data: "x" }, 1);
    // Redis's own clock decides; 5 ms of it is enough for a 1 ms entry.
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await s.get("short")).toBeUndefined();
  });

  it("delivers published messages to subscribers", async () => {
    const b = createRedisStore({ redis: createClient({ url: redisServer.server.url }), encryptionKey, keyPrefix: "pubsub" });
    const c = createRedisStore({ redis: createClient({ url: redisServer.server.url }), encryptionKey, keyPrefix: "pubsub" });
    opened.push(b, c);
    const received: string[] = [];
    const done = new Promise<void>((resolve) => {
      b.subscribe("news", (message) => {
        received.push(message);
        resolve();
      });
    });
    // The subscription is made in the background: publish until it arrives.
    for (let i = 0; received.length === 0 && i < 100; i++) {
      await c.publish("news", "1500");
      await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 20))]);
    }
    expect(received[0]).toBe("1500");
  });
});

describe("options", () => {
  const redis = () => createClient({ url: "redis://127.0.0.1:1" });

  it("refuses to start without an encryption key, unless told the Redis is private", () => {
    expect(() => createRedisStore({ redis: redis() })).toThrow(InvalidOptionsError);
    expect(() => createRedisStore({ redis: redis() })).toThrow(/encryptionKey. is required/);
    const insecure = createRedisStore({ redis: redis(), insecureNoEncryption: true });
    opened.push(insecure);
  });

  it("never shows its key: not in JSON, String() or util.inspect", () => {
    const s = createRedisStore({ redis: redis(), encryptionKey });
    opened.push(s);
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- what String() shows of the store is what this checks.
    for (const text of [JSON.stringify(s), String(s), utilInspect(s, { showHidden: true, depth: 5 })]) expect(text).not.toContain(encryptionKey);
  });

  it("refuses a key that is not 32 bytes of base64url, both switches at once, and unknown options", () => {
    const short = randomBytes(16).toString("base64url");
    expect(() => createRedisStore({ redis: redis(), encryptionKey: short })).toThrow(/32 random bytes in base64url/);
    expect(() => createRedisStore({ redis: redis(), encryptionKey: randomBytes(32).toString("base64") + "+" })).toThrow(/32 random bytes/);
    expect(() => createRedisStore({ redis: redis(), encryptionKey, insecureNoEncryption: true })).toThrow(/not both/);
    expect(() => createRedisStore({ redis: redis(), encryptionKey, ttl: 5 } as never)).toThrow(/ttl is not an option/);
    expect(() => createRedisStore({ redis: {} as never, encryptionKey })).toThrow(/node-redis client/);
    // A refused key is never echoed back.
    try {
      createRedisStore({ redis: redis(), encryptionKey: short });
    } catch (error) {
      expect(String((error as Error).message)).not.toContain(short);
    }
  });
});

describe("data at rest", () => {
  it("is sealed: Redis holds neither the data nor anything derived from it in the clear", async () => {
    const s = store();
    const secret = `token-${randomBytes(24).toString("base64url")}`;
    await s.setIfAbsent("k", { version: "1", data: JSON.stringify({ value: secret }) }, 10_000);
    const raw = await inspect(async (redis) => {
      const names = await redis.keys("*");
      return Promise.all(names.map(async (name) => `${name} ${await redis.get(name)}`));
    });
    expect(raw.join("\n")).toMatch(/\|a1\./);
    expect(raw.join("\n")).not.toContain(secret);
    expect((await s.get("k"))?.data).toContain(secret);
  });

  it("is bound to its key name and version: a value copied elsewhere, or read with another key, reads as nothing", async () => {
    const s = store();
    await s.setIfAbsent("original", { version: "1", data: "secret data" }, 10_000);
    const prefix = await inspect(async (redis) => {
      const [name] = await redis.keys("*:original");
      const value = (await redis.get(name!))!;
      const p = name!.slice(0, -":original".length);
      await redis.set(`${p}:copy`, value, { PX: 10_000 });
      await redis.set(`${p}:bumped`, value.replace(/^1\|/, "2|"), { PX: 10_000 });
      return p;
    });
    expect(prefix).toMatch(/^t\d+$/);
    expect((await s.get("original"))?.data).toBe("secret data");
    expect((await s.get("copy"))?.data).toBe("");
    expect((await s.get("bumped"))?.data).toBe("");
    const other = createRedisStore({ redis: createClient({ url: redisServer.server.url }), encryptionKey: randomBytes(32).toString("base64url"), keyPrefix: prefix });
    opened.push(other);
    expect((await other.get("original"))?.data).toBe("");
  });
});

describe("availability", () => {
  it("a slow Redis: commands give up after the timeout, fail fast afterwards, one warn line, one info line when it answers again", async () => {
    const { logger, lines } = recording();
    const s = store({ logger, commandTimeoutMs: 100 });
    await s.setIfAbsent("k", { version: "1", data: "x" }, 60_000);
    const slept = inspect((redis) => redis.sendCommand(["DEBUG", "SLEEP", "1.5"]));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await expect(s.get("k")).rejects.toThrow(/no answer within 100 ms/);
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => s.get("k")));
    // Well before the 1.5 s the server sleeps: nothing waited for it.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    expect(lines.filter((l) => l.level === "warn")).toHaveLength(1);
    await slept;
    await expect
      .poll(
        () =>
          s.get("k").then(
            (e) => e?.version,
            () => "down",
          ),
        { timeout: 5_000, interval: 100 },
      )
      .toBe("1");
    expect(lines.map((l) => l.level)).toEqual(["warn", "info"]);
  });

  it("Redis stopped: commands fail fast with one warn line; it comes back and so does sharing", async () => {
    const own = await startRedisServer();
    try {
      const { logger, lines } = recording();
      const s = createRedisStore({ redis: createClient({ url: own.url }), encryptionKey, logger });
      opened.push(s);
      expect(await s.setIfAbsent("k", { version: "1", data: "x" }, 60_000)).toBe(true);
      await own.stop();
      const results = await Promise.allSettled(Array.from({ length: 50 }, () => s.get("k")));
      expect(results.every((r) => r.status === "rejected")).toBe(true);
      expect(lines.filter((l) => l.level === "warn")).toHaveLength(1);
      expect(JSON.stringify(lines)).not.toContain(String(own.port));
      await own.start();
      // The server restarted empty; writing works again once the client has reconnected.
      await expect.poll(() => s.setIfAbsent("k", { version: "2", data: "y" }, 60_000).catch(() => "down"), { timeout: 10_000, interval: 100 }).toBe(true);
      expect(lines.filter((l) => l.level === "warn")).toHaveLength(1);
      expect(lines.at(-1)?.level).toBe("info");
    } finally {
      await own.stop();
    }
  });
});
