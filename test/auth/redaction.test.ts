/**
 * Secrets never leak: the client secret, the private key and every token are planted in server
 * answers on every error path, and must not appear in any message, cause chain, JSON.stringify,
 * util.inspect or String() of errors, sources, tokens or sign-in results.
 */
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { CompactEncrypt } from "jose";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AuthError, authorizationCode, clientCredentials, createAccessToken, refreshTokenSource, staticToken, type TokenSource } from "../../src/auth/index.js";
import type { RunningAuthorizationServer } from "../../src/sandbox/authorization-server.js";
import { scriptedLogin } from "../../src/sandbox/scripted-login.js";
import { Redactor } from "../../src/auth/redaction.js";
import { closedPort, startFakeIssuer, type FakeIssuer, type TokenHandler } from "./helpers/fake-issuer.js";
import { expectNoLeak, startTestServer } from "./helpers/fixtures.js";

const rand = () => randomBytes(12).toString("hex");
const SECRET = `planted-client-secret-${rand()}`;
const REFRESH = `planted-refresh-token-${rand()}`;
const ACCESS = `planted-access-token-${rand()}`;
const ID_TOKEN_OPAQUE = `planted-id-token-${rand()}`;
const key = generateKeyPairSync("rsa", { modulusLength: 2048 });
const PEM = key.privateKey.export({ format: "pem", type: "pkcs8" }).toString();
const JWK = key.privateKey.export({ format: "jwk" });
const PEM_BODY = PEM.replace(/-----[^-]+-----|\s/g, "");
/** What must never be printed: whole values and recognisable pieces of the key. */
const PLANTED = [SECRET, REFRESH, ACCESS, ID_TOKEN_OPAQUE, PEM_BODY, PEM_BODY.slice(200, 264), JWK.d!, JWK.d!.slice(0, 40), JWK.p!, JWK.q!];

/** A server that echoes every credential it received, and all the planted tokens, into its answer. */
function echo(status: number, shape: "oauth" | "html" | "token"): TokenHandler {
  return ({ body, headers }) => {
    const everything = [SECRET, REFRESH, ACCESS, ID_TOKEN_OPAQUE, PEM, JWK.d, headers.authorization, body.toString()].join(" ");
    if (shape === "html") return { status, body: `<html>${everything}</html>` };
    if (shape === "token") {
      return { status, body: { access_token: ACCESS, refresh_token: REFRESH, id_token: ID_TOKEN_OPAQUE, token_type: "mac", expires_in: 60, note: everything } };
    }
    return { status, body: { error: "invalid_client", error_description: everything, access_token: ACCESS, refresh_token: REFRESH } };
  };
}

let fake: FakeIssuer;
let server: RunningAuthorizationServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());
afterEach(async () => {
  await fake?.stop();
});

async function newFake(handler: TokenHandler): Promise<FakeIssuer> {
  fake = await startFakeIssuer(handler);
  return fake;
}

const sources = (issuer: string, timeoutMs = 5_000): Record<string, TokenSource> => ({
  secretBasic: clientCredentials({ issuer, clientId: "svc", clientSecret: SECRET, timeoutMs }),
  secretPost: clientCredentials({ issuer, clientId: "svc", clientSecret: SECRET, clientAuth: "client_secret_post", timeoutMs }),
  pem: clientCredentials({ issuer, clientId: "svc", privateKey: PEM, timeoutMs }),
  jwk: clientCredentials({ issuer, clientId: "svc", privateKey: JWK, algorithm: "RS256", timeoutMs }),
  refresh: refreshTokenSource({ issuer, clientId: "web", clientSecret: SECRET, refreshToken: REFRESH, onRefreshTokenRotated: () => undefined, timeoutMs }),
});

async function failure(promise: Promise<unknown>): Promise<AuthError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AuthError);
  return err as AuthError;
}

describe("errors from a server that echoes secrets", () => {
  const answers: [string, TokenHandler][] = [
    ["401 invalid_client with everything in error_description", echo(401, "oauth")],
    ["400 with everything in error_description", echo(400, "oauth")],
    ["500 JSON carrying the tokens", echo(500, "oauth")],
    ["502 HTML page", echo(502, "html")],
    ["200 non-JSON", echo(200, "html")],
    ["200 with an unsupported token_type", echo(200, "token")],
    [
      "401 WWW-Authenticate challenge",
      () => ({ status: 401, headers: { "www-authenticate": `Bearer error="invalid_client", error_description="${SECRET} ${REFRESH}"` }, body: "" }),
    ],
  ];
  it.each(answers)("%s", async (_name, handler) => {
    await newFake(handler);
    for (const [name, auth] of Object.entries(sources(fake.issuer))) {
      const err = await failure(auth.getToken(["entities:read"]));
      expect(err.code, name).not.toBe("AUTH_INVALID_OPTIONS");
      expectNoLeak(err, PLANTED);
    }
  });

  it("a token this source received earlier, echoed back later", async () => {
    await newFake(() => ({ body: { access_token: ACCESS, token_type: "Bearer", expires_in: 600 } }));
    const auth = sources(fake.issuer).secretBasic!;
    const token = await auth.getToken(["a"]);
    auth.invalidate(token);
    fake.handler = () => ({ status: 400, body: { error: "invalid_request", error_description: `you already have ${ACCESS}` } });
    const err = await failure(auth.getToken(["a"]));
    expect(err.oauthErrorDescription).toContain("[redacted]");
    expectNoLeak(err, PLANTED);
  });

  it("JWT-shaped tokens are removed even when never seen before", async () => {
    const jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLXBhcnQtb2YtdGhlLWp3dA";
    await newFake(() => ({ status: 400, body: { error: "invalid_grant", error_description: `stale ${jwt}` } }));
    const err = await failure(sources(fake.issuer).secretBasic!.getToken(["a"]));
    expectNoLeak(err, [jwt, jwt.split(".")[1]!]);
  });

  it("encrypted (JWE) tokens are removed whole, like signed ones, even when never seen before", async () => {
    const rsa = await new CompactEncrypt(new TextEncoder().encode(`${rand()}.${rand()}.${rand()}`))
      .setProtectedHeader({ alg: "RSA-OAEP-256", enc: "A256GCM" })
      .encrypt(key.publicKey);
    // ECDH-ES has no encrypted key: the second of the five parts is empty.
    const ecdh = await new CompactEncrypt(new TextEncoder().encode(`${rand()}.${rand()}.${rand()}`))
      .setProtectedHeader({ alg: "ECDH-ES", enc: "A128CBC-HS256" })
      .encrypt(generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey);
    expect(rsa.split(".")).toHaveLength(5);
    expect(ecdh.split(".")[1]).toBe("");
    const pieces = [rsa, ecdh].flatMap((jwe) => [jwe, ...jwe.split(".").filter((part) => part.length >= 16)]);
    expect(new Redactor().redact(`id_token=${rsa}, then ${ecdh}.`)).toBe("id_token=[redacted], then [redacted].");
    await newFake(() => ({ status: 400, body: { error: "invalid_grant", error_description: `stale ${rsa} and ${ecdh}` } }));
    const err = await failure(sources(fake.issuer).secretBasic!.getToken(["a"]));
    expect(err.oauthErrorDescription).toBe("stale [redacted] and [redacted]");
    expectNoLeak(err, pieces);
  });
});

describe("a client secret echoed back in another encoding", () => {
  // Spaces, `+`, `/`, `%`, `"`, `\`, non-ASCII (2-, 3- and 4-byte UTF-8): every encoder treats them differently.
  const WEIRD = `planted secret+with/slash%25pct"quote\\back é漢🙂 ${rand()}`;
  const lowerHex = (text: string) => text.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
  const asciiJson = (text: string) =>
    JSON.stringify(text)
      .slice(1, -1)
      .replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  /** Each encoding a server could echo, by name; `header` is the Authorization value it received. */
  const encodings = (header: string | undefined): Record<string, string> => ({
    raw: WEIRD,
    percentUpper: encodeURIComponent(WEIRD),
    percentLower: lowerHex(encodeURIComponent(WEIRD)),
    form: new URLSearchParams({ s: WEIRD }).toString().slice(2),
    formLower: lowerHex(new URLSearchParams({ s: WEIRD }).toString().slice(2)),
    base64: Buffer.from(WEIRD).toString("base64"),
    base64url: Buffer.from(WEIRD).toString("base64url"),
    json: JSON.stringify(WEIRD).slice(1, -1),
    jsonAscii: asciiJson(WEIRD),
    ...(header?.startsWith("Basic ") ? { basicHeader: header, basicCredential: header.slice("Basic ".length) } : {}),
  });
  const planted = (header: string | undefined) => Object.values(encodings(header));

  it.each(["client_secret_basic", "client_secret_post"] as const)("%s: no encoding survives in error_description or a 500 body", async (clientAuth) => {
    let header: string | undefined;
    let echo = "raw";
    // One encoding per answer, so the description's length cap can't hide a leak by cutting it off.
    await newFake(({ headers }) => {
      header = headers.authorization;
      return { status: 400, body: { error: "invalid_client", error_description: `bad credentials <${encodings(header)[echo]}> for svc` } };
    });
    const auth = clientCredentials({ issuer: fake.issuer, clientId: "svc id+1", clientSecret: WEIRD, clientAuth });
    await failure(auth.getToken(["a"]));
    const names = Object.keys(encodings(header));
    expect(names.length).toBe(clientAuth === "client_secret_basic" ? 11 : 9);
    for (const name of names) {
      echo = name;
      const err = await failure(auth.getToken(["a"]));
      expect(err.code).toBe("AUTH_CLIENT_REJECTED");
      // The prose around the echo survives: the secret was removed, not the whole description.
      expect(err.oauthErrorDescription, name).toMatch(/^bad credentials <(Basic )?\[redacted\]> for svc$/);
      expectNoLeak(err, planted(header));
    }
    fake.handler = () => ({ status: 500, body: { error: "server_error", error_description: planted(header).join(" "), echo: planted(header) } });
    expectNoLeak(await failure(auth.getToken(["a"])), planted(header));
  });

  it("the redactor removes each encoding from any text, not only from server descriptions", () => {
    const redactor = new Redactor();
    redactor.addSecret(WEIRD);
    for (const [name, value] of Object.entries(encodings(undefined))) {
      const out = redactor.redact(`before ${value} after`);
      expect(out, name).toBe("before [redacted] after");
    }
    // Inside a larger base64 blob, at every alignment.
    for (const prefix of ["", "a", "ab", "abc"]) expect(redactor.redact(Buffer.from(`${prefix}:${WEIRD}`).toString("base64"))).toContain("[redacted]");
    expect(redactor.redact("plain prose, 50% off + free shipping")).toBe("plain prose, 50% off + free shipping");
  });
});

describe("errors without an answer", () => {
  it("timeout", async () => {
    await newFake(() => "hang");
    const errors = await Promise.all(Object.values(sources(fake.issuer, 100)).map((auth) => failure(auth.getToken(["a"]))));
    for (const err of errors) {
      expect(err.code).toBe("AUTH_TIMEOUT");
      expectNoLeak(err, PLANTED);
    }
  });

  it("connection refused", async () => {
    const port = await closedPort();
    for (const auth of Object.values(sources(`http://127.0.0.1:${port}`))) expectNoLeak(await failure(auth.getToken(["a"])), PLANTED);
  });

  it("discovery answering with the secret", async () => {
    await newFake(() => ({ body: {} }));
    fake.discovery = () => ({ status: 500, body: { error: SECRET } });
    for (const auth of Object.values(sources(fake.issuer))) expectNoLeak(await failure(auth.getToken(["a"])), PLANTED);
  });

  it("an unimportable key", async () => {
    const broken = `-----BEGIN PRIVATE KEY-----\n${PEM_BODY.slice(0, 300)}\n-----END PRIVATE KEY-----`;
    await newFake(() => ({ body: {} }));
    const err = await failure(clientCredentials({ issuer: fake.issuer, clientId: "svc", privateKey: broken }).getToken(["a"]));
    expect(err.code).toBe("AUTH_INVALID_KEY");
    expectNoLeak(err, [...PLANTED, PEM_BODY.slice(0, 300)]);
  });

  it("a rejected client at the real authorization server", async () => {
    const auth = clientCredentials({ issuer: server.issuer, clientId: server.clients.secretBasic.clientId, clientSecret: SECRET });
    expectNoLeak(await failure(auth.getToken(["entities:read"])), PLANTED);
  });

  it("an ID token failure after the code exchange", async () => {
    await newFake(async () => {
      const now = Math.floor(Date.now() / 1000);
      const idToken = await fake.signJwt({ iss: fake.issuer, sub: "alice", aud: "someone-else", iat: now, exp: now + 60, nonce: "n" });
      return { body: { access_token: ACCESS, refresh_token: REFRESH, id_token: idToken, token_type: "Bearer", expires_in: 60 } };
    });
    const flow = authorizationCode({ issuer: fake.issuer, clientId: "web", clientSecret: SECRET, redirectUri: "http://127.0.0.1/cb" });
    const saved = { state: "s", nonce: "n", codeVerifier: "v".repeat(43) };
    const err = await failure(flow.handleAuthorizationCallback("http://127.0.0.1/cb?code=c&state=s", saved));
    expect(err.code).toBe("AUTH_ID_TOKEN_INVALID");
    expectNoLeak(err, PLANTED);
  });
});

describe("objects that hold secrets print without them", () => {
  it("token sources", async () => {
    await newFake(() => ({ body: { access_token: ACCESS, token_type: "Bearer", expires_in: 600 } }));
    const all: Record<string, unknown> & { secretBasic: TokenSource } = {
      ...sources(fake.issuer),
      secretBasic: clientCredentials({ issuer: fake.issuer, clientId: "svc", clientSecret: SECRET }),
      dpop: clientCredentials({ issuer: fake.issuer, clientId: "svc", clientSecret: SECRET, dpop: true }),
      static: staticToken(ACCESS),
      flow: authorizationCode({ issuer: fake.issuer, clientId: "web", privateKey: PEM, redirectUri: "http://127.0.0.1/cb" }),
    };
    for (const [name, auth] of Object.entries(all)) {
      expectNoLeak(auth, PLANTED);
      expect(String(auth), name).not.toBe("[object Object]");
    }
    await all.secretBasic.getToken(["a"]); // holding a token now
    expectNoLeak(all.secretBasic, PLANTED);
  });

  it("access tokens: value is only reachable as .value", () => {
    const token = createAccessToken(ACCESS, { scopes: ["entities:read"], expiresAt: 1_900_000_000_000 });
    expect(token.value).toBe(ACCESS);
    expectNoLeak(token, PLANTED);
    expectNoLeak({ ...token }, PLANTED);
    expect(Object.keys(token)).not.toContain("value");
    expect(JSON.parse(JSON.stringify(token))).toEqual({ type: "Bearer", scopes: ["entities:read"], expiresAt: 1_900_000_000_000, value: "[redacted]" });
  });

  it("a sign-in result from the real server", async () => {
    const { clientId, clientSecret, redirectUri } = server.clients.webApp;
    const flow = authorizationCode({ issuer: server.issuer, clientId, clientSecret, redirectUri, scope: ["offline_access", "entities:read"] });
    const request = await flow.createAuthorizationRequest({ prompt: "consent" });
    const result = await flow.handleAuthorizationCallback(await scriptedLogin(request.url), request);
    const secrets = [result.accessToken.value, result.refreshToken!, result.idToken, clientSecret];
    expectNoLeak(result, secrets);
    expectNoLeak(flow, secrets);
    const refreshing = flow.refreshTokenSource({ refreshToken: result.refreshToken!, onRefreshTokenRotated: () => undefined });
    await refreshing.getToken(["entities:read"]);
    expectNoLeak(refreshing, secrets);
    expect(result.claims.sub).toBe("alice");
  });
});
