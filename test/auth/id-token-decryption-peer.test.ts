/**
 * jose is an optional peer dependency: an app that configures `idTokenDecryptionKey` without it
 * installed gets a typed error saying what to install, on its first encrypted ID token.
 */
import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { startFakeIssuer, type FakeIssuer } from "./helpers/fake-issuer.js";
import { expectAuthError } from "./helpers/fixtures.js";

// As when the package is absent: importing it fails.
vi.mock("jose", () => {
  throw new Error("Cannot find package 'jose'");
});

let fake: FakeIssuer;
beforeAll(async () => {
  fake = await startFakeIssuer();
});
afterAll(() => fake.stop());

it("an encrypted ID token with idTokenDecryptionKey but without jose installed is AUTH_ID_TOKEN_DECRYPTION_FAILED", async () => {
  const { authorizationCode } = await import("../../src/auth/index.js");
  const key = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "pem", type: "pkcs8" }).toString();
  const header = Buffer.from('{"alg":"RSA-OAEP-256","enc":"A256GCM"}').toString("base64url");
  fake.handler = () => ({ body: { access_token: "opaque-access-token-1", token_type: "Bearer", expires_in: 60, id_token: `${header}.a2V5.aXY.Y2lwaGVydGV4dA.dGFn` } });
  // Constructing the flow needs no jose: only the first encrypted ID token loads it.
  const flow = authorizationCode({ issuer: fake.issuer, clientId: "web-app", clientSecret: "a-long-enough-secret", redirectUri: "http://127.0.0.1/cb", idTokenDecryptionKey: key });
  const saved = { state: "s", nonce: "n", codeVerifier: "v".repeat(43) };
  const err = await expectAuthError(flow.handleAuthorizationCallback(`http://127.0.0.1/cb?code=abc&state=s`, saved), "AUTH_ID_TOKEN_DECRYPTION_FAILED");
  expect(err.message).toMatch(/needs the optional peer dependency jose: install it \(`npm install jose`\)/);
});
