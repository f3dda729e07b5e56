/** The fleet options up front: `store` and `rateLimit` are checked when the client or source is created, and records read back defensively. */
import { describe, expect, it } from "vitest";
import { decodeRecord, encodeRecord, freshlyFetched, isFresh, isServable } from "../../src/auth/shared-record.js";
import { Redactor } from "../../src/auth/redaction.js";
import { clientCredentials, createAccessToken, createEntityManagementClient, InvalidOptionsError, type SharedStore } from "../../src/index.js";
import { resolveClientOptions } from "../../src/client/client-options.js";
import { countingTokenSource } from "../helpers/token-sources.js";
import { expectAuthError } from "../auth/helpers/fixtures.js";

const location = { institutionUniversalId: "4e3cde86-37ea-48bb-adef-4f820ba70b0f", baseUrl: "http://127.0.0.1:9/a/api/entity-svcs/v1" };
const auth = () => countingTokenSource().source;

/** Shaped like a store; no operation is reached by these tests. */
function storeShape(extra: Partial<SharedStore> = {}): SharedStore {
  const unused = () => Promise.reject(new Error("not reached"));
  return { leaseMs: 1_000, get: unused, setIfAbsent: unused, compareAndSet: unused, compareAndDelete: unused, publish: unused, subscribe: () => () => undefined, ...extra };
}

describe("client options", () => {
  it("no store: no gate, the calls go exactly as before", () => {
    expect(resolveClientOptions({ ...location, auth: auth() }).gate).toBeUndefined();
  });

  it("refuses a store that isn't one, and rateLimit without a store or a limiter", () => {
    expect(() => createEntityManagementClient({ ...location, auth: auth(), store: {} as never })).toThrow(/store must be a shared store/);
    expect(() => createEntityManagementClient({ ...location, auth: auth(), rateLimit: { requestsPerSecond: 5 } })).toThrow(/pass a store that offers a rate limiter/);
    expect(() => createEntityManagementClient({ ...location, auth: auth(), store: storeShape(), rateLimit: { requestsPerSecond: 5 } })).toThrow(InvalidOptionsError);
    const limited = storeShape({ createRateLimiter: () => ({ acquire: () => Promise.resolve() }) });
    for (const requestsPerSecond of [0, 1.5, -1, Number.NaN]) {
      expect(() => createEntityManagementClient({ ...location, auth: auth(), store: limited, rateLimit: { requestsPerSecond } })).toThrow(/whole number of at least 1/);
    }
    expect(resolveClientOptions({ ...location, auth: auth(), store: limited, rateLimit: { requestsPerSecond: 5 } }).gate).toBeDefined();
  });

  it("token sources refuse a store that isn't one", async () => {
    await expectAuthError(
      () => clientCredentials({ issuer: "https://issuer.example", clientId: "c", clientSecret: "s3cret-value", store: { get: () => undefined } as never }),
      "AUTH_INVALID_OPTIONS",
    );
  });
});

describe("shared records", () => {
  const redactor = new Redactor();
  const now = 1_000_000;

  it("a token's expiry is read from the entry's time left, not from the writer's clock", () => {
    const token = createAccessToken("opaque-token-value-1234", { scopes: ["a"], expiresAt: now + 600_000 });
    const entry = encodeRecord(undefined, { token: freshlyFetched(token, now) }, 600_000, now);
    // Read by a process whose clock is an hour ahead, with 100 s of the entry gone.
    const read = decodeRecord({ ...entry, ttlMs: 500_000 }, now + 3_600_000, redactor);
    expect(read.token?.token.value).toBe("opaque-token-value-1234");
    expect(read.token?.token.expiresAt).toBe(now + 3_600_000 + 500_000);
    expect(read.version).toMatch(/^1\./);
    expect(encodeRecord(read.version, {}, 0, now).version).toMatch(/^2\./);
  });

  it("what doesn't parse reads as an entry without a token (to be replaced, never trusted)", () => {
    for (const data of [
      "",
      "not json",
      "null",
      "[]",
      JSON.stringify({ token: { value: 5 } }),
      JSON.stringify({ token: { value: "x", type: "Mac", scopes: [], lifetimeMs: 1, expiresInMs: 1, ttlMs: 1 } }),
    ]) {
      const read = decodeRecord({ version: "3.x", data, ttlMs: 1_000 }, now, redactor);
      expect(read.token).toBeUndefined();
      expect(read.version).toBe("3.x");
    }
  });

  it("fresh outside the refresh window (skew capped at half the lifetime); servable in the first half of it", () => {
    const token = createAccessToken("opaque-token-value-1234", { expiresAt: now + 600_000 });
    const shared = freshlyFetched(token, now);
    const noJitter = () => 0;
    expect(isFresh(shared, 60_000, now + 539_999, noJitter)).toBe(true);
    expect(isFresh(shared, 60_000, now + 540_000, noJitter)).toBe(false);
    expect(isServable(shared, 60_000, now + 569_999)).toBe(true);
    expect(isServable(shared, 60_000, now + 570_000)).toBe(false);
    // With the largest jitter the window is 20 % wider.
    expect(isFresh(shared, 60_000, now + 528_000, () => 1)).toBe(false);
  });
});
