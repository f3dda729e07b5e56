/**
 * Encrypted (JWE) ID tokens: every key form and algorithm against the real authorization server,
 * then, from a scripted issuer minting tokens with jose, the algorithms refused, malformed JWEs,
 * keys that don't fit, and the inner token validated exactly as a signed one (signature included).
 */
import { createPrivateKey, generateKeyPairSync, randomUUID, type KeyObject } from "node:crypto";
import { CompactEncrypt, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizationCode, type AuthorizationCodeOptions, type IdTokenDecryptionKey } from "../../src/auth/index.js";
import type { RunningAuthorizationServer } from "../../src/sandbox/authorization-server.js";
import { scriptedLogin } from "../../src/sandbox/scripted-login.js";
import { startFakeIssuer, type FakeIssuer } from "./helpers/fake-issuer.js";
import { expectAuthError, expectNoLeak, startTestServer } from "./helpers/fixtures.js";

type KeyForm = "PEM" | "JWK" | "CryptoKey";
const FORMS: readonly KeyForm[] = ["PEM", "JWK", "CryptoKey"];
const rsaPair = () => generateKeyPairSync("rsa", { modulusLength: 2048 });

/** `key` as the app would pass it: a PKCS#8 PEM, a private JWK, or a non-extractable CryptoKey. */
const pemOf = (key: KeyObject): string => key.export({ format: "pem", type: "pkcs8" }).toString();

async function asForm(key: KeyObject, form: KeyForm): Promise<IdTokenDecryptionKey> {
  if (form === "PEM") return pemOf(key);
  const jwk = key.export({ format: "jwk" });
  if (form === "JWK") return jwk;
  const algorithm = jwk.kty === "RSA" ? { name: "RSA-OAEP", hash: "SHA-256" } : jwk.kty === "OKP" ? { name: "X25519" } : { name: "ECDH", namedCurve: jwk.crv ?? "" };
  return crypto.subtle.importKey("jwk", jwk, algorithm, false, jwk.kty === "RSA" ? ["decrypt"] : ["deriveBits"]);
}

describe("against the real authorization server", () => {
  const ec = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const ecClient = { clientId: "web-app-ec", clientSecret: randomUUID(), redirectUri: "http://127.0.0.1/callback" };
  let server: RunningAuthorizationServer;
  beforeAll(async () => {
    server = await startTestServer({
      encryptedTokens: true,
      clients: [
        {
          client_id: ecClient.clientId,
          client_secret: ecClient.clientSecret,
          grant_types: ["authorization_code"],
          response_types: ["code"],
          redirect_uris: [ecClient.redirectUri],
          scope: "openid entities:read",
          jwks: { keys: [{ ...ec.publicKey.export({ format: "jwk" }), kid: "ec-1", use: "enc" }] },
          id_token_encrypted_response_alg: "ECDH-ES",
          id_token_encrypted_response_enc: "A128CBC-HS256",
        },
      ],
    });
  });
  afterAll(() => server.stop());

  const cases = FORMS.flatMap((form) => [
    { form, alg: "RSA-OAEP-256 / A256GCM", client: () => server.clients.webApp, key: () => createPrivateKey(server.clients.webApp.idTokenDecryptionKeyPem ?? "") },
    { form, alg: "ECDH-ES / A128CBC-HS256", client: () => ecClient, key: () => ec.privateKey },
  ]);
  it.each(cases)("a $alg ID token decrypts with the key as $form and gives validated claims", async ({ form, client, key }) => {
    const { clientId, clientSecret, redirectUri } = client();
    const flow = authorizationCode({ issuer: server.issuer, clientId, clientSecret, redirectUri, idTokenDecryptionKey: await asForm(key(), form) });
    const request = await flow.createAuthorizationRequest();
    const result = await flow.handleAuthorizationCallback(await scriptedLogin(request.url, { login: "ada" }), request);
    expect(result.idToken.split(".")).toHaveLength(5);
    expect(result.claims).toMatchObject({ sub: "ada", aud: clientId, iss: server.issuer, nonce: request.nonce });
    expect(result.accessToken.value.split(".")).toHaveLength(5);
  });
});

describe("from a scripted issuer", () => {
  const clientId = "web-app";
  const rsa = rsaPair();
  let fake: FakeIssuer;
  beforeAll(async () => {
    fake = await startFakeIssuer();
  });
  afterAll(() => fake.stop());

  const saved = { state: "state-1", nonce: "nonce-1", codeVerifier: "v".repeat(43) };
  const claims = (extra: Record<string, unknown> = {}) => {
    const now = Math.floor(Date.now() / 1000);
    return { iss: fake.issuer, sub: "alice", aud: clientId, iat: now, exp: now + 300, nonce: saved.nonce, ...extra };
  };
  const encrypt = (jws: string, to: KeyObject, alg = "RSA-OAEP-256", enc = "A256GCM") =>
    new CompactEncrypt(new TextEncoder().encode(jws)).setProtectedHeader({ alg, enc, cty: "JWT", kid: "client-enc-1" }).encrypt(to);

  /** Answers the next code exchange with `idToken` and runs the callback with `key`. */
  async function callback(idToken: string, key: IdTokenDecryptionKey | undefined, extra: Partial<AuthorizationCodeOptions> = {}) {
    fake.handler = () => ({ body: { access_token: "opaque-access-token-1", token_type: "Bearer", expires_in: 60, id_token: idToken } });
    const flow = authorizationCode({
      issuer: fake.issuer,
      clientId,
      clientSecret: "a-long-enough-secret",
      redirectUri: "http://127.0.0.1/cb",
      ...(key ? { idTokenDecryptionKey: key } : {}),
      ...extra,
    });
    return flow.handleAuthorizationCallback(`http://127.0.0.1/cb?code=abc&state=${saved.state}`, saved);
  }

  it.each([
    { alg: "ECDH-ES+A128KW", enc: "A256GCM", pair: () => generateKeyPairSync("ec", { namedCurve: "P-384" }) },
    { alg: "ECDH-ES+A256KW", enc: "A128CBC-HS256", pair: () => generateKeyPairSync("ec", { namedCurve: "P-521" }) },
    { alg: "ECDH-ES", enc: "A256GCM", pair: () => generateKeyPairSync("x25519") },
  ])("accepts $alg with $enc", async ({ alg, enc, pair }) => {
    const keys = pair();
    const result = await callback(await encrypt(await fake.signJwt(claims()), keys.publicKey, alg, enc), await asForm(keys.privateKey, "PEM"));
    expect(result.claims.sub).toBe("alice");
  });

  it("an encrypted ID token is checked like a signed one: nonce, audience, expiry and signature", async () => {
    const forger = rsaPair();
    const forged = await new SignJWT(claims()).setProtectedHeader({ alg: "RS256", kid: "fake-1" }).sign(forger.privateKey);
    for (const [jws, reason] of [
      [await fake.signJwt(claims({ nonce: "another-nonce" })), /nonce/],
      [await fake.signJwt(claims({ aud: "another-client" })), /"aud"/],
      [await fake.signJwt(claims({ exp: Math.floor(Date.now() / 1000) - 3_600 })), /"exp"/],
      [forged, /signature/],
    ] as const) {
      const err = await expectAuthError(callback(await encrypt(jws, rsa.publicKey), rsa.privateKey.export({ format: "jwk" })), "AUTH_ID_TOKEN_INVALID");
      expect(err.message).toMatch(reason);
    }
    // The same forgery, signed only, is refused as well: signatures are checked against the issuer's JWKS.
    expect((await expectAuthError(callback(forged, undefined), "AUTH_ID_TOKEN_INVALID")).message).toMatch(/signature/);
  });

  it.each([
    { alg: "RSA-OAEP", enc: "A256GCM" },
    { alg: "RSA-OAEP-256", enc: "A128GCM" },
    { alg: "RSA-OAEP-256", enc: "A256CBC-HS512" },
  ])("refuses alg $alg with enc $enc, naming what is accepted", async ({ alg, enc }) => {
    const jwe = await encrypt(await fake.signJwt(claims()), rsa.publicKey, alg, enc);
    const pem = pemOf(rsa.privateKey);
    const err = await expectAuthError(callback(jwe, pem), "AUTH_ID_TOKEN_DECRYPTION_FAILED");
    expect(err.message).toContain(
      `encrypted with alg ${alg} and enc ${enc}; this client accepts alg RSA-OAEP-256, ECDH-ES, ECDH-ES+A128KW, ECDH-ES+A256KW with enc A256GCM or A128CBC-HS256.`,
    );
    expectNoLeak(err, [jwe, ...jwe.split(".").filter((part) => part.length >= 20), ...pem.split("\n").filter((line) => line.length >= 20 && !line.startsWith("-"))]);
  });

  it.each([
    ["a header that is not JSON", "bm90LWpzb24.a2V5.aXY.Y2lwaGVydGV4dC1jaXBoZXJ0ZXh0.dGFn", /not a valid compact JWE: its protected header can't be read/],
    ["a header without enc", `${Buffer.from('{"alg":"RSA-OAEP-256"}').toString("base64url")}.a2V5.aXY.Y2lwaGVydGV4dA.dGFn`, /alg RSA-OAEP-256 and enc \(none or unreadable\)/],
    ["parts that are not base64url", `${Buffer.from('{"alg":"RSA-OAEP-256","enc":"A256GCM"}').toString("base64url")}.a2V5.!!!.Y2lwaGVydGV4dA.dGFn`, /not a valid compact JWE/],
  ])("refuses %s", async (_name, jwe, reason) => {
    const err = await expectAuthError(callback(jwe, rsa.privateKey.export({ format: "jwk" })), "AUTH_ID_TOKEN_DECRYPTION_FAILED");
    expect(err.message).toMatch(reason);
  });

  it("a key of the wrong type says which key each algorithm needs", async () => {
    const jwe = await encrypt(await fake.signJwt(claims()), rsa.publicKey);
    const ecKey = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey;
    for (const form of FORMS) {
      const err = await expectAuthError(callback(jwe, await asForm(ecKey, form)), "AUTH_ID_TOKEN_DECRYPTION_FAILED");
      expect(err.message).toMatch(/`idTokenDecryptionKey` can't decrypt RSA-OAEP-256: RSA-OAEP-256 needs an RSA private key/);
    }
  });

  it("a wrong key of the right type names the token's key id", async () => {
    const jwe = await encrypt(await fake.signJwt(claims()), rsa.publicKey);
    const err = await expectAuthError(callback(jwe, await asForm(rsaPair().privateKey, "CryptoKey")), "AUTH_ID_TOKEN_DECRYPTION_FAILED");
    expect(err.message).toMatch(/encrypted \(RSA-OAEP-256\) to another key, key id client-enc-1\./);
    expect(err.cause).toMatchObject({ code: "ERR_JWE_DECRYPTION_FAILED" });
  });
});

describe("key checks at construction", () => {
  const options = { issuer: "https://login.example", clientId: "web-app", clientSecret: "a-long-enough-secret", redirectUri: "https://app.example/cb" };
  const rsa = rsaPair();
  const jwk = rsa.privateKey.export({ format: "jwk" });

  it.each([
    ["a public JWK", rsa.publicKey.export({ format: "jwk" }), /no private part/],
    ["a symmetric JWK", { kty: "oct", k: "c2VjcmV0LXNlY3JldC1zZWNyZXQ" }, /kty "oct"; an RSA, EC or X25519/],
    ["a signing JWK", { ...jwk, use: "sig" }, /use "sig"; a decryption key has use "enc"/],
    ["a JWK for another algorithm", { ...jwk, alg: "RS256" }, /JWK is for RS256/],
    ["a public-key PEM", rsa.publicKey.export({ format: "pem", type: "spki" }).toString(), /"PUBLIC KEY" PEM; a PKCS#8 "PRIVATE KEY" is needed/],
    ["a PEM with literal \\n", rsa.privateKey.export({ format: "pem", type: "pkcs8" }).toString().replace(/\n/g, "\\n"), /literal "\\n" sequences/],
    ["a number", 42, /must be a PKCS#8 PEM string, a private JWK object or a CryptoKey/],
  ])("refuses %s with AUTH_INVALID_KEY, showing none of it", async (_name, key, reason) => {
    const err = await expectAuthError(() => authorizationCode({ ...options, idTokenDecryptionKey: key as IdTokenDecryptionKey }), "AUTH_INVALID_KEY");
    expect(err.message).toMatch(reason);
    expectNoLeak(err, [jwk.d ?? "", jwk.p ?? "", "c2VjcmV0LXNlY3JldC1zZWNyZXQ"]);
  });

  it.each([
    ["an RSA-PSS key", () => crypto.subtle.importKey("jwk", jwk, { name: "RSA-PSS", hash: "SHA-256" }, false, ["sign"]), /CryptoKey is RSA-PSS\/SHA-256/],
    ["an RSA-OAEP key without the decrypt usage", () => crypto.subtle.importKey("jwk", jwk, { name: "RSA-OAEP", hash: "SHA-256" }, false, ["unwrapKey"]), /"decrypt" usage/],
    ["an RSA-OAEP key with SHA-1", () => crypto.subtle.importKey("jwk", { ...jwk, alg: "RSA-OAEP" }, { name: "RSA-OAEP", hash: "SHA-1" }, false, ["decrypt"]), /RSA-OAEP\/SHA-1/],
  ])("refuses a CryptoKey that is %s", async (_name, make, reason) => {
    const key = await make();
    expect((await expectAuthError(() => authorizationCode({ ...options, idTokenDecryptionKey: key }), "AUTH_INVALID_KEY")).message).toMatch(reason);
  });
});
