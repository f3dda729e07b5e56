/**
 * What the sources do across the line between their definition (construction, cache, DPoP nonces)
 * and the token-request side they load on first need, against the real authorization server.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { clientCredentials, createAccessToken, type AccessToken } from "../../src/auth/index.js";
import type { SharedStore, StoreEntry, StoredEntry } from "../../src/store/shared-store.js";
import { useTestServer } from "./helpers/fixtures.js";

const t = useTestServer();
const payloadOf = (jwt: string): Record<string, unknown> => JSON.parse(Buffer.from(jwt.split(".")[1]!, "base64url").toString()) as Record<string, unknown>;
const tokenRequests = () => t.server.events.requests.filter((r) => r.outcome === "success").length;

/** A store in this process's memory, with the entries' time left as the sharing expects to read it back. */
function memoryStore(): SharedStore & { readonly entries: Map<string, StoreEntry & { readonly expiresAt: number }> } {
  const entries = new Map<string, StoreEntry & { readonly expiresAt: number }>();
  const read = (key: string): StoredEntry | undefined => {
    const entry = entries.get(key);
    return entry && entry.expiresAt > Date.now() ? { version: entry.version, data: entry.data, ttlMs: entry.expiresAt - Date.now() } : undefined;
  };
  const write = (key: string, entry: StoreEntry, ttlMs: number): boolean => Boolean(entries.set(key, { ...entry, expiresAt: Date.now() + ttlMs }));
  return {
    entries,
    leaseMs: 1_000,
    get: async (key) => read(key),
    setIfAbsent: async (key, entry, ttlMs) => read(key) === undefined && write(key, entry, ttlMs),
    compareAndSet: async (key, expected, entry, ttlMs) => read(key)?.version === expected && write(key, entry, ttlMs),
    compareAndDelete: async (key, expected) => read(key)?.version === expected && entries.delete(key),
    publish: async () => undefined,
    subscribe: () => () => undefined,
  };
}

describe("a source's first need of the token-request side", () => {
  it("a DPoP nonce learned before any proof or token request is in the first API proof", async () => {
    const api = createServer((_req, res) => {
      res.writeHead(401, { "www-authenticate": 'DPoP error="use_dpop_nonce"', "dpop-nonce": "learned-before-loading" }).end();
    });
    await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(api.address() as AddressInfo).port}/entities/42`;
      const { clientId, clientSecret } = t.server.clients.secretBasic;
      const auth = clientCredentials({ issuer: t.server.issuer, clientId, clientSecret, dpop: true });
      expect(auth.dpop!.handleResponse(await fetch(url))).toBe(true);

      const token = await auth.getToken(["entities:read"]);
      const headers = new Headers();
      await auth.dpop!.addProof(new URL(url), headers, "GET", token);
      expect(payloadOf(headers.get("dpop")!)).toMatchObject({ nonce: "learned-before-loading", htu: url });
    } finally {
      await new Promise<void>((resolve) => api.close(() => resolve()));
    }
  });

  it("a Bearer token gets no proof from a DPoP source, before or after the token-request side loaded", async () => {
    const { clientId, clientSecret } = t.server.clients.secretBasic;
    const auth = clientCredentials({ issuer: t.server.issuer, clientId, clientSecret, dpop: true });
    const headers = new Headers();
    await auth.dpop!.addProof(new URL("http://127.0.0.1:1/entities/42"), headers, "GET", createAccessToken("a-bearer-token-value"));
    expect(headers.has("dpop")).toBe(false);
  });

  it("a cached token is handed out without waiting for any import: the call settles in the same microtask turn", async () => {
    const { clientId, clientSecret } = t.server.clients.secretBasic;
    const auth = clientCredentials({ issuer: t.server.issuer, clientId, clientSecret });
    const first = await auth.getToken(["entities:read"]);
    let hit: AccessToken | undefined;
    void auth.getToken(["entities:read"]).then((token) => (hit = token));
    // One turn: a source that awaited even an already loaded module would not have answered yet.
    await Promise.resolve();
    expect(hit).toBe(first);
  });

  it("with a store: invalidating before the first fetch changes nothing; fetches and invalidations then go through the store", async () => {
    const store = memoryStore();
    const { clientId, clientSecret } = t.server.clients.secretBasic;
    const source = () => clientCredentials({ issuer: t.server.issuer, clientId, clientSecret, store });
    const a = source();
    a.invalidate(createAccessToken("never-handed-out-by-this-source"));
    expect(store.entries.size).toBe(0);

    const before = tokenRequests();
    const token = await a.getToken(["entities:read"]);
    expect(tokenRequests() - before).toBe(1);
    // The token entry is written (the lease, released, is gone).
    expect([...store.entries.keys()]).toEqual([expect.stringMatching(/^token:/)]);

    const b = source();
    const shared = await b.getToken(["entities:read"]);
    expect(shared.value).toBe(token.value);
    expect(tokenRequests() - before).toBe(1);

    // b got it through the store, so b's invalidation retires it there: the next source fetches anew.
    b.invalidate(shared);
    const c = source();
    const next = await c.getToken(["entities:read"]);
    expect(next.value).not.toBe(token.value);
    expect(tokenRequests() - before).toBe(2);
  });
});
