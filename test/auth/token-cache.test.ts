/**
 * Caching and concurrency, counted at a real authorization server through its grant events:
 * single-flight, early refresh with an injected clock, invalidation racing a refresh, superset
 * reuse, tokens without expiry, and a caller's abort.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { clientCredentials, staticToken } from "../../src/auth/index.js";
import type { RunningAuthorizationServer } from "../../src/sandbox/authorization-server.js";
import { requestUrl } from "../helpers/request-url.js";
import { bearer, startFakeIssuer } from "./helpers/fake-issuer.js";
import { expectAuthError, gate, gatedFetch, startTestServer } from "./helpers/fixtures.js";

let server: RunningAuthorizationServer;
beforeAll(async () => {
  server = await startTestServer({ accessTokenTtlSeconds: 600 });
});
afterAll(() => server.stop());
afterEach(() => {
  server.setAccessTokenTtl(600);
});

const grants = () => server.events.count({ grantType: "client_credentials", outcome: "success" });

function source(extra: { clock?: () => number; fetch?: typeof fetch; refreshSkewMs?: number } = {}) {
  const { clientId, clientSecret } = server.clients.secretBasic;
  return clientCredentials({ issuer: server.issuer, clientId, clientSecret, ...extra });
}

/** A settable clock starting at the real time (the server's expiry is real-time based). */
function manualClock() {
  let now = Date.now();
  return { clock: () => now, advance: (ms: number) => void (now += ms), set: (ms: number) => void (now = ms) };
}

describe("single-flight", () => {
  it("1 000 concurrent cold calls make exactly 1 token request and share the token", async () => {
    const auth = source();
    const before = grants();
    const tokens = await Promise.all(Array.from({ length: 1000 }, () => auth.getToken(["entities:read"])));
    expect(grants() - before).toBe(1);
    expect(new Set(tokens).size).toBe(1);
  });

  it("concurrent calls for different scope sets get one request per set", async () => {
    const auth = source();
    const before = grants();
    await Promise.all([
      ...Array.from({ length: 50 }, () => auth.getToken(["entities:read"])),
      ...Array.from({ length: 50 }, () => auth.getToken(["entities:write", "entities:read"])),
      ...Array.from({ length: 50 }, () => auth.getToken(["entities:read", "entities:write"])),
    ]);
    expect(grants() - before).toBe(2);
  });
});

describe("expiry", () => {
  it("a cached token is reused until expiresAt - skew, then exactly one new request is made", async () => {
    const time = manualClock();
    const auth = source({ clock: time.clock, refreshSkewMs: 60_000 });
    const before = grants();
    const first = await auth.getToken(["entities:read"]);
    expect(first.expiresAt).toBe(time.clock() + 600_000);

    time.set(first.expiresAt! - 60_000 - 1);
    expect(await auth.getToken(["entities:read"])).toBe(first);
    expect(grants() - before).toBe(1);

    time.set(first.expiresAt! - 60_000);
    const renewed = await Promise.all(Array.from({ length: 20 }, () => auth.getToken(["entities:read"])));
    expect(grants() - before).toBe(2);
    expect(new Set(renewed).size).toBe(1);
    expect(renewed[0]).not.toBe(first);
  });

  it("the skew is capped at half the lifetime, so short-lived tokens are still reused", async () => {
    server.setAccessTokenTtl(60);
    const time = manualClock();
    const auth = source({ clock: time.clock, refreshSkewMs: 120_000 });
    const before = grants();
    const first = await auth.getToken(["entities:read"]);
    time.advance(29_000);
    expect(await auth.getToken(["entities:read"])).toBe(first);
    time.advance(1_000);
    expect(await auth.getToken(["entities:read"])).not.toBe(first);
    expect(grants() - before).toBe(2);
  });
});

describe("invalidate", () => {
  it("the next call fetches a new token", async () => {
    const auth = source();
    const before = grants();
    const first = await auth.getToken(["entities:read"]);
    auth.invalidate(first);
    const second = await auth.getToken(["entities:read"]);
    expect(second).not.toBe(first);
    expect(grants() - before).toBe(2);
  });

  it("50 concurrent callers that got a 401 for the same token share one new token (1 grant)", async () => {
    const auth = source();
    const stale = await auth.getToken(["entities:read"]);
    const before = grants();
    // Each caller does what the client does after a 401: invalidate what it sent, ask again.
    const renewed = await Promise.all(
      Array.from({ length: 50 }, () => {
        auth.invalidate(stale);
        return auth.getToken(["entities:read"]);
      }),
    );
    expect(grants() - before).toBe(1);
    expect(new Set(renewed).size).toBe(1);
    expect(renewed[0]).not.toBe(stale);
    // Late 401s for the old token change nothing either.
    auth.invalidate(stale);
    expect(await auth.getToken(["entities:read"])).toBe(renewed[0]);
    expect(grants() - before).toBe(1);
  });

  it("invalidating an already-replaced token is a no-op; invalidating the current one is not", async () => {
    const auth = source();
    const before = grants();
    const first = await auth.getToken(["entities:read"]);
    auth.invalidate(first);
    const second = await auth.getToken(["entities:read"]);
    auth.invalidate(first);
    expect(await auth.getToken(["entities:read"])).toBe(second);
    auth.invalidate(second);
    expect(await auth.getToken(["entities:read"])).not.toBe(second);
    expect(grants() - before).toBe(3);
  });

  it("a refresh in flight during invalidate() answers its callers but is not cached", async () => {
    const time = manualClock();
    // Each held token request waits for its own gate, so the test decides the order of answers.
    const gates = [gate(), gate()];
    let held = 0;
    let holding = false;
    const auth = source({
      clock: time.clock,
      fetch: async (input, init) => {
        if (holding && requestUrl(input).endsWith("/token")) await gates[held++]!.wait;
        return fetch(input, init);
      },
    });
    const before = grants();
    const stale = await auth.getToken(["entities:read"]);
    time.advance(590_000); // inside the skew: the next call refreshes

    holding = true;
    const joined = [auth.getToken(["entities:read"]), auth.getToken(["entities:read"])];
    auth.invalidate(stale); // e.g. the API answered 401 meanwhile
    const late = auth.getToken(["entities:read"]); // must not join the request that started before

    gates[0]!.open(); // the pre-invalidation refresh answers first…
    const [a, b] = await Promise.all(joined);
    expect(a).toBe(b);
    expect(a).not.toBe(stale);
    // …and is not cached: this call joins the post-invalidation request instead of getting `a`.
    const probe = auth.getToken(["entities:read"]);
    gates[1]!.open();
    const fresh = await late;
    expect(await probe).toBe(fresh);
    expect(fresh).not.toBe(a);
    expect(grants() - before).toBe(3);
    expect(await auth.getToken(["entities:read"])).toBe(fresh);
  });
});

describe("scope sets", () => {
  it("a cached token whose granted scopes are a superset is reused", async () => {
    const auth = source();
    const before = grants();
    const wide = await auth.getToken(["entities:read", "entities:write"]);
    expect(await auth.getToken(["entities:read"])).toBe(wide);
    expect(await auth.getToken(["entities:write"])).toBe(wide);
    expect(await auth.getToken([])).toBe(wide);
    expect(grants() - before).toBe(1);
  });

  it("a narrower cached token is not used for a wider need", async () => {
    const auth = source();
    const before = grants();
    const narrow = await auth.getToken(["entities:read"]);
    const wide = await auth.getToken(["entities:read", "entities:write"]);
    expect(wide).not.toBe(narrow);
    expect(wide.scopes).toEqual(["entities:read", "entities:write"]);
    expect(grants() - before).toBe(2);
  });

  it("order and duplicates don't matter", async () => {
    const auth = source();
    const before = grants();
    const a = await auth.getToken(["entities:write", "entities:read", "entities:write"]);
    const b = await auth.getToken(["entities:read", "entities:write"]);
    expect(b).toBe(a);
    expect(grants() - before).toBe(1);
  });
});

describe("tokens without expires_in", () => {
  it("are returned to the callers that asked, but not cached", async () => {
    const fake = await startFakeIssuer(() => bearer({ expires_in: undefined }));
    try {
      const auth = clientCredentials({ issuer: fake.issuer, clientId: "c", clientSecret: "a-long-enough-secret" });
      const [a, b] = await Promise.all([auth.getToken(["x"]), auth.getToken(["x"])]);
      expect(a).toBe(b); // single-flight still shares the one answer
      expect(a.expiresAt).toBeUndefined();
      expect(fake.tokenRequests).toHaveLength(1);
      const c = await auth.getToken(["x"]);
      expect(c.value).not.toBe(a.value);
      expect(fake.tokenRequests).toHaveLength(2);
    } finally {
      await fake.stop();
    }
  });

  it("are still tracked as current: 20 concurrent 401s for one of them make 1 new request", async () => {
    const fake = await startFakeIssuer(() => bearer({ expires_in: undefined }));
    try {
      const auth = clientCredentials({ issuer: fake.issuer, clientId: "c", clientSecret: "a-long-enough-secret" });
      const first = await auth.getToken(["x"]);
      const hold = gate();
      fake.handler = async () => {
        await hold.wait;
        return bearer({ expires_in: undefined });
      };
      const renewed = Array.from({ length: 20 }, () => {
        auth.invalidate(first);
        return auth.getToken(["x"]);
      });
      hold.open();
      expect(new Set(await Promise.all(renewed)).size).toBe(1);
      expect(fake.tokenRequests).toHaveLength(2);
    } finally {
      await fake.stop();
    }
  });

  it("the requested scopes stand in when the server doesn't say which it granted", async () => {
    const fake = await startFakeIssuer(() => bearer());
    try {
      const token = await clientCredentials({ issuer: fake.issuer, clientId: "c", clientSecret: "a-long-enough-secret" }).getToken(["b", "a"]);
      expect(token.scopes).toEqual(["a", "b"]);
    } finally {
      await fake.stop();
    }
  });
});

describe("caller abort", () => {
  it("aborts only that caller's wait; the shared request completes for the others", async () => {
    const hold = gate();
    const auth = source({ fetch: gatedFetch(hold) });
    const before = grants();
    const controller = new AbortController();
    const aborted = auth.getToken(["entities:read"], { signal: controller.signal });
    const patient = auth.getToken(["entities:read"]);
    controller.abort(new Error("user went away"));
    const err = await expectAuthError(aborted, "AUTH_ABORTED");
    expect((err.cause as Error).message).toBe("user went away");
    hold.open();
    const token = await patient;
    expect(grants() - before).toBe(1);
    expect(await auth.getToken(["entities:read"])).toBe(token); // and it was cached
  });

  it("an already-aborted signal rejects at once without a request", async () => {
    const auth = source();
    const before = server.events.count();
    await expectAuthError(auth.getToken(["entities:read"], { signal: AbortSignal.abort() }), "AUTH_ABORTED");
    expect(server.events.count()).toBe(before);
  });
});

describe("staticToken", () => {
  it("hands out the same value with the given scopes; invalidate is a no-op", async () => {
    const auth = staticToken("a-static-token-value", { scopes: ["entities:read"] });
    const token = await auth.getToken(["entities:write"]);
    expect(token.value).toBe("a-static-token-value");
    expect(token.scopes).toEqual(["entities:read"]);
    auth.invalidate(token);
    expect((await auth.getToken([])).value).toBe("a-static-token-value");
    expect("dpop" in auth).toBe(false);
  });

  it("without scopes reports the requested ones", async () => {
    expect((await staticToken("a-static-token-value").getToken(["a", "b"])).scopes).toEqual(["a", "b"]);
  });

  it("refuses an empty or Bearer-prefixed token", async () => {
    await expectAuthError(() => staticToken(""), "AUTH_INVALID_OPTIONS");
    await expectAuthError(() => staticToken("Bearer abc"), "AUTH_INVALID_OPTIONS");
  });
});
