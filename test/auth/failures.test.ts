/**
 * What happens when the authorization server misbehaves or is configured wrongly: each case ends
 * in a typed AuthError, quickly, never a hang. A scripted loopback issuer plays the server.
 */
import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { clientCredentials, createDiscoveryCache, refreshTokenSource, authorizationCode, type DiscoveryCache } from "../../src/auth/index.js";
import { requestOptions } from "../../src/auth/transport.js";
import * as oauth from "oauth4webapi";
import { bearer, closedPort, startFakeIssuer, type FakeIssuer } from "./helpers/fake-issuer.js";
import { expectAuthError, expectNoLeak } from "./helpers/fixtures.js";

let fake: FakeIssuer;
beforeAll(async () => {
  fake = await startFakeIssuer();
});
beforeEach(() => {
  fake.reset();
});
afterAll(() => fake.stop());

const SECRET = "a-long-enough-secret";
const source = (extra: { timeoutMs?: number; issuer?: string; discoveryCache?: DiscoveryCache } = {}) =>
  clientCredentials({ issuer: fake.issuer, clientId: "svc", clientSecret: SECRET, ...extra });

describe("token endpoint failures", () => {
  it("down (closed port) is AUTH_NETWORK, with the connection error kept as cause", async () => {
    const port = await closedPort();
    fake.discovery = (m) => ({ body: { ...m, token_endpoint: `http://127.0.0.1:${port}/token` } });
    const err = await expectAuthError(source().getToken(["x"]), "AUTH_NETWORK");
    expect(err.message).toContain(`127.0.0.1:${port}/token`);
    const chain: string[] = [];
    for (let e: unknown = err.cause; e instanceof Error; e = e.cause) chain.push(`${(e as { code?: string }).code ?? ""} ${e.message}`);
    expect(chain.join(" | ")).toMatch(/ECONNREFUSED/);
  });

  it("slow is AUTH_TIMEOUT after timeoutMs, not a hang", async () => {
    fake.handler = () => "hang";
    const err = await expectAuthError(source({ timeoutMs: 150 }).getToken(["x"]), "AUTH_TIMEOUT");
    expect(err.message).toMatch(/within 150 ms/);
  });

  it("a body that stalls after the headers is AUTH_TIMEOUT too: the deadline covers reading it", async () => {
    fake.handler = () => ({ headers: { "content-type": "application/json", "content-length": "1000" }, body: '{"access_token":"at-1",' });
    const err = await expectAuthError(source({ timeoutMs: 150 }).getToken(["x"]), "AUTH_TIMEOUT");
    expect(err.message).toMatch(/within 150 ms/);
  });

  it("500 is AUTH_TOKEN_ENDPOINT_ERROR with the status (oauth4webapi reads OAuth error bodies on 4xx only)", async () => {
    fake.handler = () => ({ status: 500, body: { error: "server_error", error_description: "database on fire" } });
    const err = await expectAuthError(source().getToken(["x"]), "AUTH_TOKEN_ENDPOINT_ERROR");
    expect(err).toMatchObject({ status: 500, protocolCode: oauth.RESPONSE_IS_NOT_CONFORM, oauthError: undefined });
    expect(err.message).toMatch(/HTTP 500/);
  });

  it("503 with an HTML page is AUTH_TOKEN_ENDPOINT_ERROR", async () => {
    fake.handler = () => ({ status: 503, body: "<html>maintenance</html>" });
    const err = await expectAuthError(source().getToken(["x"]), "AUTH_TOKEN_ENDPOINT_ERROR");
    expect(err.status).toBe(503);
  });

  it("200 that isn't JSON is AUTH_TOKEN_ENDPOINT_ERROR", async () => {
    fake.handler = () => ({ status: 200, body: "access_token=abc&token_type=bearer" });
    const err = await expectAuthError(source().getToken(["x"]), "AUTH_TOKEN_ENDPOINT_ERROR");
    expect(err.protocolCode).toBe(oauth.RESPONSE_IS_NOT_JSON);
  });

  it("200 whose JSON body is cut short is AUTH_TOKEN_ENDPOINT_ERROR, and the partial token is not quoted", async () => {
    fake.handler = () => ({ status: 200, headers: { "content-type": "application/json" }, body: '{"access_token":"cut-short-token-value-123","token_ty' });
    const err = await expectAuthError(source().getToken(["x"]), "AUTH_TOKEN_ENDPOINT_ERROR");
    expect(err.protocolCode).toBe(oauth.PARSE_ERROR);
    expectNoLeak(err, ["cut-short-token-value-123"]);
  });

  it("a token_type other than Bearer/DPoP is AUTH_TOKEN_ENDPOINT_ERROR", async () => {
    fake.handler = () => bearer({ token_type: "mac" });
    const err = await expectAuthError(source().getToken(["x"]), "AUTH_TOKEN_ENDPOINT_ERROR");
    expect(err.message).toMatch(/token_type/);
  });

  it("200 without access_token is AUTH_TOKEN_ENDPOINT_ERROR", async () => {
    fake.handler = () => ({ body: { token_type: "Bearer", expires_in: 60 } });
    await expectAuthError(source().getToken(["x"]), "AUTH_TOKEN_ENDPOINT_ERROR");
  });

  it("OAuth errors map to their codes", async () => {
    const cases = [
      ["invalid_client", 401, "AUTH_CLIENT_REJECTED"],
      ["unauthorized_client", 400, "AUTH_CLIENT_REJECTED"],
      ["invalid_scope", 400, "AUTH_INVALID_SCOPE"],
      ["invalid_grant", 400, "AUTH_INVALID_GRANT"],
      ["invalid_request", 400, "AUTH_TOKEN_ENDPOINT_ERROR"],
    ] as const;
    for (const [error, status, code] of cases) {
      fake.handler = () => ({ status, body: { error } });
      const err = await expectAuthError(source().getToken(["x"]), code);
      expect(err).toMatchObject({ status, oauthError: error });
    }
  });

  it("a WWW-Authenticate challenge (401 to Basic auth) is read for its error", async () => {
    fake.handler = () => ({ status: 401, headers: { "www-authenticate": 'Basic realm="token", error="invalid_client"' }, body: "" });
    const err = await expectAuthError(source().getToken(["x"]), "AUTH_CLIENT_REJECTED");
    expect(err.status).toBe(401);
  });

  it.each([
    ["CR LF", "abc123-token\r\nX-Injected: yes"],
    ["NUL", "abc123-token\u0000tail"],
    ["a space", "abc123-token tail"],
    ["non-ASCII", "abc123-tokén"],
  ])("an access_token with %s is AUTH_MALFORMED_TOKEN, quoted nowhere, not cached", async (_name, token) => {
    fake.handler = () => bearer({ access_token: token });
    const auth = source();
    const err = await expectAuthError(auth.getToken(["x"]), "AUTH_MALFORMED_TOKEN");
    expect(err.message).toMatch(/visible ASCII/);
    expectNoLeak(err, [token, "abc123-token"]);
    await expectAuthError(auth.getToken(["x"]), "AUTH_MALFORMED_TOKEN");
    expect(fake.tokenRequests).toHaveLength(2);
  });

  it("a failed request is not cached: the next call tries again", async () => {
    fake.handler = () => ({ status: 500, body: { error: "server_error" } });
    const auth = source();
    await expectAuthError(auth.getToken(["x"]), "AUTH_TOKEN_ENDPOINT_ERROR");
    fake.handler = () => bearer();
    expect((await auth.getToken(["x"])).type).toBe("Bearer");
    expect(fake.tokenRequests).toHaveLength(2);
  });
});

describe("discovery", () => {
  it("is fetched once per source, single-flight", async () => {
    const a = source();
    await Promise.all([a.getToken(["x"]), a.getToken(["y"]), a.getToken(["z"])]);
    await a.getToken(["w"]);
    expect(fake.discoveryRequests).toBe(1);
  });

  it("belongs to the source: another source for the same issuer discovers on its own", async () => {
    const refresh = refreshTokenSource({ issuer: fake.issuer, clientId: "web", clientSecret: SECRET, refreshToken: "rt-1", onRefreshTokenRotated: () => undefined });
    await Promise.all([source().getToken(["x"]), source().getToken(["x"]), refresh.getToken(["x"])]);
    expect(fake.discoveryRequests).toBe(3);
  });

  it("an authorization code flow shares it with the refresh-token sources it makes", async () => {
    const flow = authorizationCode({ issuer: fake.issuer, clientId: "web", clientSecret: SECRET, redirectUri: "https://app.example/cb" });
    await flow.createAuthorizationRequest();
    const refreshing = [1, 2].map((n) => flow.refreshTokenSource({ refreshToken: `rt-${n}`, onRefreshTokenRotated: () => undefined }));
    await Promise.all(refreshing.map((auth) => auth.getToken(["x"])));
    expect(fake.discoveryRequests).toBe(1);
  });

  it("sources given one createDiscoveryCache() share it, and its clear() makes them discover again", async () => {
    const discoveryCache = createDiscoveryCache();
    const [a, b] = [source({ discoveryCache }), source({ discoveryCache })];
    await Promise.all([a.getToken(["x"]), b.getToken(["x"])]);
    expect(fake.discoveryRequests).toBe(1);
    discoveryCache.clear();
    a.invalidate(await a.getToken(["x"]));
    await Promise.all([a.getToken(["x"]), b.getToken(["y"])]);
    expect(fake.discoveryRequests).toBe(2);
    discoveryCache.clear(fake.issuer);
    await b.getToken(["z"]);
    expect(fake.discoveryRequests).toBe(3);
  });

  it("a discoveryCache that didn't come from createDiscoveryCache() is AUTH_INVALID_OPTIONS", async () => {
    await expectAuthError(() => source({ discoveryCache: { clear: () => undefined } }), "AUTH_INVALID_OPTIONS");
  });

  it("the issuer down is AUTH_NETWORK", async () => {
    const port = await closedPort();
    await expectAuthError(source({ issuer: `http://127.0.0.1:${port}` }).getToken(["x"]), "AUTH_NETWORK");
  });

  it("404 is AUTH_DISCOVERY_FAILED, and the failure is not cached", async () => {
    fake.discovery = () => ({ status: 404, body: { error: "not_found" } });
    const auth = source();
    const err = await expectAuthError(auth.getToken(["x"]), "AUTH_DISCOVERY_FAILED");
    expect(err.message).toContain("/.well-known/openid-configuration");
    fake.discovery = (m) => ({ body: m });
    await auth.getToken(["x"]);
    expect(fake.discoveryRequests).toBe(2);
  });

  it("metadata for another issuer is AUTH_DISCOVERY_FAILED", async () => {
    fake.discovery = (m) => ({ body: { ...m, issuer: "https://evil.example" } });
    await expectAuthError(source().getToken(["x"]), "AUTH_DISCOVERY_FAILED");
  });

  it("a plain-http token endpoint off loopback is AUTH_INSECURE_ISSUER", async () => {
    fake.discovery = (m) => ({ body: { ...m, token_endpoint: "http://tokens.example.com/token" } });
    await expectAuthError(source().getToken(["x"]), "AUTH_INSECURE_ISSUER");
    expect(fake.tokenRequests).toHaveLength(0);
  });

  it("an issuer without an authorization endpoint can't start a sign-in", async () => {
    fake.discovery = (m) => ({ body: { ...m, authorization_endpoint: undefined } });
    const flow = authorizationCode({ issuer: fake.issuer, clientId: "web", clientSecret: SECRET, redirectUri: "https://app.example/cb" });
    await expectAuthError(flow.createAuthorizationRequest(), "AUTH_DISCOVERY_FAILED");
  });
});

describe("HTTPS only, except loopback", () => {
  it.each(["http://login.example.com", "http://127.0.0.1.example.com", "http://10.0.0.1:8080", "http://[::2]"])("refuses %s up front", async (issuer) => {
    const err = await expectAuthError(() => clientCredentials({ issuer, clientId: "svc", clientSecret: SECRET }), "AUTH_INSECURE_ISSUER");
    expect(err.message).toMatch(/https:\/\//);
  });

  it.each(["https://login.example.com/a/oidc-provider/api/v0", "http://localhost:8080", "http://127.0.0.1", "http://127.12.0.3:9", "http://[::1]:4000"])("accepts %s", (issuer) => {
    expect(() => clientCredentials({ issuer, clientId: "svc", clientSecret: SECRET })).not.toThrow();
  });

  it("passes allowInsecureRequests to oauth4webapi only for a loopback http issuer", () => {
    const transport = (issuer: string) => ({ issuer: new URL(issuer), timeoutMs: 1000, fetch: undefined, maxResponseBytes: 1000 });
    expect(requestOptions(transport("http://127.0.0.1:1"), "token")[oauth.allowInsecureRequests]).toBe(true);
    expect(requestOptions(transport("https://127.0.0.1:1"), "token")[oauth.allowInsecureRequests]).toBeUndefined();
    expect(requestOptions(transport("https://login.example.com"), "token")[oauth.allowInsecureRequests]).toBeUndefined();
  });

  it("refuses other schemes and non-URLs as AUTH_INVALID_OPTIONS", async () => {
    await expectAuthError(() => clientCredentials({ issuer: "ftp://login.example.com", clientId: "svc", clientSecret: SECRET }), "AUTH_INVALID_OPTIONS");
    await expectAuthError(() => clientCredentials({ issuer: "login.example.com", clientId: "svc", clientSecret: SECRET }), "AUTH_INVALID_OPTIONS");
  });
});

describe("options are validated up front", () => {
  const base = { issuer: "https://login.example.com", clientId: "svc" };
  const cases: [string, () => unknown, string][] = [
    ["no credentials", () => clientCredentials(base), "AUTH_INVALID_OPTIONS"],
    ["secret and key", () => clientCredentials({ ...base, clientSecret: SECRET, privateKey: "x" }), "AUTH_INVALID_OPTIONS"],
    ["private_key_jwt with a secret", () => clientCredentials({ ...base, clientSecret: SECRET, clientAuth: "private_key_jwt" }), "AUTH_INVALID_OPTIONS"],
    ["basic with a key", () => clientCredentials({ ...base, privateKey: { kty: "RSA", n: "a", e: "AQAB", d: "b" }, clientAuth: "client_secret_basic" }), "AUTH_INVALID_OPTIONS"],
    ["algorithm with a secret", () => clientCredentials({ ...base, clientSecret: SECRET, algorithm: "RS256" }), "AUTH_INVALID_OPTIONS"],
    ["unknown algorithm", () => clientCredentials({ ...base, privateKey: { kty: "RSA", n: "a", e: "AQAB", d: "b" }, algorithm: "ES256" as "PS256" }), "AUTH_INVALID_OPTIONS"],
    ["empty client id", () => clientCredentials({ ...base, clientId: "", clientSecret: SECRET }), "AUTH_INVALID_OPTIONS"],
    ["negative timeout", () => clientCredentials({ ...base, clientSecret: SECRET, timeoutMs: -1 }), "AUTH_INVALID_OPTIONS"],
    ["timeout as a string", () => clientCredentials({ ...base, clientSecret: SECRET, timeoutMs: "1000" as unknown as number }), "AUTH_INVALID_OPTIONS"],
    ["scope with a space", () => clientCredentials({ ...base, clientSecret: SECRET, scope: ["a b"] }), "AUTH_INVALID_OPTIONS"],
    ["relative resource", () => clientCredentials({ ...base, clientSecret: SECRET, resource: "/api" }), "AUTH_INVALID_OPTIONS"],
    ["PKCS#1 PEM", () => clientCredentials({ ...base, privateKey: "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----" }), "AUTH_INVALID_KEY"],
    ["not a PEM", () => clientCredentials({ ...base, privateKey: "just some string" }), "AUTH_INVALID_KEY"],
    ["public JWK", () => clientCredentials({ ...base, privateKey: { kty: "RSA", n: "a", e: "AQAB" } }), "AUTH_INVALID_KEY"],
    ["EC JWK", () => clientCredentials({ ...base, privateKey: { kty: "EC", crv: "P-256", x: "a", y: "b", d: "c" } }), "AUTH_INVALID_KEY"],
    ["JWK alg vs algorithm", () => clientCredentials({ ...base, privateKey: { kty: "RSA", n: "a", e: "AQAB", d: "b", alg: "RS256" }, algorithm: "PS256" }), "AUTH_INVALID_OPTIONS"],
    ["refresh without callback", () => refreshTokenSource({ ...base, clientSecret: SECRET, refreshToken: "rt" } as never), "AUTH_INVALID_OPTIONS"],
    ["refresh without token", () => refreshTokenSource({ ...base, clientSecret: SECRET, refreshToken: "", onRefreshTokenRotated: () => undefined }), "AUTH_INVALID_OPTIONS"],
    ["http redirect off loopback", () => authorizationCode({ ...base, clientSecret: SECRET, redirectUri: "http://app.example/cb" }), "AUTH_INSECURE_ISSUER"],
  ];
  it.each(cases)("%s", async (_name, create, code) => {
    const err = await expectAuthError(create, code as never);
    expect(err.message.length).toBeGreaterThan(40); // says what to check
  });

  it.each([2 ** 31, 30 * 24 * 3_600_000, Number.MAX_SAFE_INTEGER])("timeoutMs %d (past the longest timer Node honours) is AUTH_INVALID_OPTIONS", async (timeoutMs) => {
    const sources = [
      () => clientCredentials({ ...base, clientSecret: SECRET, timeoutMs }),
      () => refreshTokenSource({ ...base, clientSecret: SECRET, refreshToken: "rt", onRefreshTokenRotated: () => undefined, timeoutMs }),
      () => authorizationCode({ ...base, clientSecret: SECRET, redirectUri: "https://app.example/cb", timeoutMs }),
    ];
    for (const create of sources) {
      const err = await expectAuthError(create, "AUTH_INVALID_OPTIONS");
      expect(err.message).toMatch(/timeoutMs. must be at most 2147483647 ms/);
    }
  });

  it("timeoutMs up to 2147483647 is accepted", () => {
    expect(() => clientCredentials({ ...base, clientSecret: SECRET, timeoutMs: 2 ** 31 - 1 })).not.toThrow();
  });

  it("a CryptoKey for another algorithm is AUTH_INVALID_KEY; a mismatched one AUTH_INVALID_OPTIONS", async () => {
    const ec = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, false, ["sign", "verify"]);
    await expectAuthError(() => clientCredentials({ ...base, privateKey: ec.privateKey }), "AUTH_INVALID_KEY");
    const pss = await crypto.subtle.generateKey({ name: "RSA-PSS", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, false, ["sign", "verify"]);
    await expectAuthError(() => clientCredentials({ ...base, privateKey: pss.privateKey, algorithm: "RS256" }), "AUTH_INVALID_OPTIONS");
    await expectAuthError(() => clientCredentials({ ...base, privateKey: pss.publicKey }), "AUTH_INVALID_KEY");
  });

  it("a PEM with literal \\n sequences (as read from a .env file) is AUTH_INVALID_KEY at creation, saying how to fix it", async () => {
    const pem = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    const fromDotEnv = pem.trim().replace(/\n/g, "\\n");
    const err = await expectAuthError(() => clientCredentials({ ...base, privateKey: fromDotEnv }), "AUTH_INVALID_KEY");
    expect(err.message).toContain('key.replace(/\\\\n/g, "\\n")');
    const body = pem.replace(/-----[^-]+-----|\s/g, "");
    expectNoLeak(err, [fromDotEnv, body.slice(0, 64), body.slice(400, 464)]);
  });

  it("a PEM that doesn't decode to a key fails on first use with AUTH_INVALID_KEY", async () => {
    const auth = clientCredentials({ issuer: fake.issuer, clientId: "svc", privateKey: "-----BEGIN PRIVATE KEY-----\nQUJDRA==\n-----END PRIVATE KEY-----" });
    await expectAuthError(auth.getToken(["x"]), "AUTH_INVALID_KEY");
    expect(fake.tokenRequests).toHaveLength(0);
  });
});
