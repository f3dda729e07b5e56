/**
 * Token sharing through a real Redis, within one test process: each source has its own store
 * (its own connection) and its own in-memory cache, as separate processes would. Grants are
 * counted at the real authorization server. (The child-process tests are in fleet-*.test.ts.)
 */
import { randomBytes } from "node:crypto";
import { createClient } from "redis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { authorizationCode, clientCredentials, refreshTokenSource } from "../../src/auth/index.js";
import { createRedisStore, type RedisStore } from "../../src/redis/index.js";
import type { RunningAuthorizationServer } from "../../src/sandbox/authorization-server.js";
import { scriptedLogin } from "../../src/sandbox/scripted-login.js";
import { startTestServer } from "../auth/helpers/fixtures.js";
import { useRedisServer } from "./helpers/use-redis.js";

const redis = useRedisServer();
let server: RunningAuthorizationServer;
beforeAll(async () => {
  server = await startTestServer({ accessTokenTtlSeconds: 600 });
});
afterAll(() => server.stop());

const encryptionKey = randomBytes(32).toString("base64url");
const stores: RedisStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

let prefixes = 0;
/** `count` stores on one key prefix: what `count` processes of one fleet would have. */
function fleet(count: number, options: { url?: string; commandTimeoutMs?: number } = {}): RedisStore[] {
  const keyPrefix = `fleet${(prefixes += 1)}`;
  return Array.from({ length: count }, () => {
    const store = createRedisStore({
      redis: createClient({ url: options.url ?? redis.server.url }),
      encryptionKey,
      keyPrefix,
      leaseMs: 1_000,
      ...(options.commandTimeoutMs ? { commandTimeoutMs: options.commandTimeoutMs } : {}),
    });
    stores.push(store);
    return store;
  });
}

const grants = (grantType = "client_credentials", outcome: "success" | "error" = "success") => server.events.count({ grantType, outcome });

function machine(store: RedisStore, extra: { dpop?: boolean } = {}) {
  const { clientId, clientSecret } = server.clients.secretBasic;
  return clientCredentials({ issuer: server.issuer, clientId, clientSecret, store, ...extra });
}

/** Everything Redis holds, names and values, as `KEYS *` and `GET` show it. */
async function everythingInRedis(): Promise<string> {
  const plain = createClient({ url: redis.server.url });
  await plain.connect();
  try {
    const names = await plain.keys("*");
    const values = await Promise.all(names.map(async (name) => ((await plain.type(name)) === "string" ? await plain.get(name) : `(${await plain.type(name)})`)));
    return names.map((name, i) => `${name} ${values[i]}`).join("\n");
  } finally {
    await plain.close();
  }
}

describe("client credentials", () => {
  it("sources on one store make one token request per scope set between them, however many callers", async () => {
    const sources = fleet(4).map((store) => machine(store));
    const before = grants();
    const tokens = await Promise.all(
      sources.flatMap((source) => [
        ...Array.from({ length: 50 }, () => source.getToken(["entities:read"])),
        ...Array.from({ length: 50 }, () => source.getToken(["entities:read", "entities:write"])),
      ]),
    );
    expect(grants() - before).toBe(2);
    expect(new Set(tokens.map((t) => t.value)).size).toBe(2);
  });

  it("a 401 seen by one source replaces the shared token once; a late 401 for the old token changes nothing", async () => {
    const [a, b] = fleet(2).map((store) => machine(store)) as [ReturnType<typeof machine>, ReturnType<typeof machine>];
    const before = grants();
    const first = await a.getToken(["entities:read"]);
    expect((await b.getToken(["entities:read"])).value).toBe(first.value);
    a.invalidate(first);
    const second = await a.getToken(["entities:read"]);
    expect(second.value).not.toBe(first.value);
    // B's own 401 for the replaced token: it picks up A's new token instead of asking for another.
    const stale = await b.getToken(["entities:read"]);
    expect(stale.value).toBe(first.value);
    b.invalidate(stale);
    expect((await b.getToken(["entities:read"])).value).toBe(second.value);
    expect(grants() - before).toBe(2);
  });

  it("DPoP-bound tokens stay per process: each source gets its own", async () => {
    const sources = fleet(2).map((store) => machine(store, { dpop: true }));
    const before = grants();
    const [a, b] = await Promise.all(sources.map((source) => source.getToken(["entities:read"])));
    expect(a!.type).toBe("DPoP");
    expect(a!.value).not.toBe(b!.value);
    expect(grants() - before).toBe(2);
  });

  it("without Redis each source fetches on its own, and no call fails", async () => {
    const sources = fleet(3, { url: "redis://127.0.0.1:1", commandTimeoutMs: 50 }).map((store) => machine(store));
    const before = grants();
    const tokens = await Promise.all(sources.map((source) => source.getToken(["entities:read"])));
    expect(tokens).toHaveLength(3);
    expect(grants() - before).toBe(3);
  });
});

describe("refresh tokens", () => {
  async function signIn(): Promise<string> {
    const { clientId, clientSecret, redirectUri } = server.clients.webApp;
    const flow = authorizationCode({ issuer: server.issuer, clientId, clientSecret, redirectUri, scope: ["offline_access", "entities:read", "entities:write"] });
    const request = await flow.createAuthorizationRequest({ prompt: "consent" });
    const result = await flow.handleAuthorizationCallback(await scriptedLogin(request.url, { login: "alice" }), request);
    return result.refreshToken!;
  }

  function restored(store: RedisStore, refreshToken: string, rotations: string[]) {
    const { clientId, clientSecret } = server.clients.webApp;
    return refreshTokenSource({ issuer: server.issuer, clientId, clientSecret, refreshToken, store, onRefreshTokenRotated: (rotated) => void rotations.push(rotated) });
  }

  it("sources restored from one refresh token redeem each refresh token once; each rotation is reported once", async () => {
    const refreshToken = await signIn();
    const rotations: string[] = [];
    const sources = fleet(3).map((store) => restored(store, refreshToken, rotations));
    const before = grants("refresh_token");
    const errorsBefore = grants("refresh_token", "error");
    for (let round = 0; round < 3; round++) {
      const tokens = await Promise.all(sources.flatMap((source) => Array.from({ length: 10 }, () => source.getToken(["entities:read"]))));
      expect(new Set(tokens.map((t) => t.value)).size).toBe(1);
      // Every source's calls got a 401 for it (say it was revoked): the next round needs a new one.
      sources.forEach((source, i) => source.invalidate(tokens[i * 10]!));
    }
    expect(grants("refresh_token") - before).toBe(3);
    expect(grants("refresh_token", "error")).toBe(errorsBefore);
    expect(rotations).toHaveLength(3);
    expect(new Set([refreshToken, ...rotations]).size).toBe(4);
  });

  it("a source restored from an old refresh token follows the chain to the newest one instead of redeeming a spent one", async () => {
    const refreshToken = await signIn();
    const rotations: string[] = [];
    const [first, late] = fleet(2);
    const early = restored(first!, refreshToken, rotations);
    early.invalidate(await early.getToken(["entities:read"]));
    const current = await early.getToken(["entities:read"]);
    const before = grants("refresh_token");
    const errorsBefore = grants("refresh_token", "error");
    // Restored from the sign-in's refresh token, spent twice over by now: it takes the current access token.
    expect((await restored(late!, refreshToken, rotations).getToken(["entities:read"])).value).toBe(current.value);
    expect(grants("refresh_token")).toBe(before);
    // And when that one is rejected, it redeems the newest refresh token, not a spent one.
    early.invalidate(current);
    await restored(late!, refreshToken, rotations).getToken(["entities:write"]);
    expect(grants("refresh_token") - before).toBe(1);
    expect(grants("refresh_token", "error")).toBe(errorsBefore);
    expect(rotations).toHaveLength(3);
  });

  it("a refresh for scopes the current token lacks rotates once more, and the chain stays whole", async () => {
    const refreshToken = await signIn();
    const rotations: string[] = [];
    const [a, b] = fleet(2).map((store) => restored(store, refreshToken, rotations));
    const errorsBefore = grants("refresh_token", "error");
    const [read, write] = await Promise.all([a!.getToken(["entities:read"]), b!.getToken(["entities:write"])]);
    expect(read.scopes).toEqual(["entities:read"]);
    expect(write.scopes).toEqual(["entities:write"]);
    expect(rotations).toHaveLength(2);
    expect(grants("refresh_token", "error")).toBe(errorsBefore);
  });

  it("Redis holds no access token or refresh token in readable form", async () => {
    const refreshToken = await signIn();
    const rotations: string[] = [];
    const [one, two] = fleet(2);
    const tokens = [
      await restored(one!, refreshToken, rotations).getToken(["entities:read"]),
      await restored(two!, refreshToken, rotations).getToken(["entities:write"]),
      await machine(one!).getToken(["entities:read"]),
    ];
    const held = await everythingInRedis();
    expect(held).toMatch(/\|a1\./);
    for (const secret of [refreshToken, ...rotations, ...tokens.map((t) => t.value)]) {
      expect(held.includes(secret), "a token is readable in Redis").toBe(false);
      // Nor any long piece of one (a JWT's payload segment, say).
      for (const part of secret.split(".").filter((p) => p.length >= 16)) expect(held.includes(part)).toBe(false);
    }
  });
});
