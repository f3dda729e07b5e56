/**
 * Client credentials against a real authorization server (oidc-provider on loopback): every client
 * authentication method, each key format and algorithm, and the assertion audience the server saw.
 */
import * as oauth from "oauth4webapi";
import { describe, expect, it } from "vitest";
import { clientCredentials } from "../../src/auth/index.js";
import { API, expectAuthError, importPem, useTestServer } from "./helpers/fixtures.js";

const t = useTestServer();
const insecure = { [oauth.allowInsecureRequests]: true };

/** What the API would see: the token validates as a JWT access token for the API. */
async function validateAtApi(value: string): Promise<oauth.JWTAccessTokenClaims> {
  const request = new Request(API, { headers: { authorization: `Bearer ${value}` } });
  return oauth.validateJwtAccessToken(t.metadata, request, API, insecure);
}

const lastRequest = () => t.server.events.requests.at(-1);

describe("client secret", () => {
  it("client_secret_basic (the default with a secret) gets a JWT access token for the API", async () => {
    const { clientId, clientSecret } = t.server.clients.secretBasic;
    const before = Date.now();
    const token = await clientCredentials({ issuer: t.server.issuer, clientId, clientSecret }).getToken(["entities:read"]);

    expect(token.type).toBe("Bearer");
    expect(token.scopes).toEqual(["entities:read"]);
    expect(token.expiresAt).toBeGreaterThanOrEqual(before + 600_000);
    expect(token.expiresAt).toBeLessThanOrEqual(Date.now() + 600_000);
    const claims = await validateAtApi(token.value);
    expect(claims.aud).toBe(API);
    expect(claims.scope).toBe("entities:read");
    expect(claims.client_id).toBe(clientId);
    expect(lastRequest()).toMatchObject({ outcome: "success", grantType: "client_credentials", clientId, clientAuthMethod: "client_secret_basic" });
  });

  it("client_secret_post", async () => {
    const { clientId, clientSecret } = t.server.clients.secretPost;
    const source = clientCredentials({ issuer: t.server.issuer, clientId, clientSecret, clientAuth: "client_secret_post" });
    const token = await source.getToken(["entities:read", "entities:write"]);
    expect(token.scopes).toEqual(["entities:read", "entities:write"]);
    expect((await validateAtApi(token.value)).scope).toBe("entities:read entities:write");
    expect(lastRequest()).toMatchObject({ outcome: "success", clientId, clientAuthMethod: "client_secret_post" });
  });

  it("a wrong secret is AUTH_CLIENT_REJECTED with the server's invalid_client", async () => {
    const { clientId } = t.server.clients.secretBasic;
    const source = clientCredentials({ issuer: t.server.issuer, clientId, clientSecret: "not-the-secret-at-all" });
    const err = await expectAuthError(source.getToken(["entities:read"]), "AUTH_CLIENT_REJECTED");
    expect(err.oauthError).toBe("invalid_client");
    expect(err.status).toBe(401);
    expect(err.message).toMatch(/Check the client id/);
  });

  it("a scope the client may not have is AUTH_INVALID_SCOPE", async () => {
    const { clientId, clientSecret } = t.server.clients.secretBasic;
    const err = await expectAuthError(clientCredentials({ issuer: t.server.issuer, clientId, clientSecret }).getToken(["openid"]), "AUTH_INVALID_SCOPE");
    expect(err.oauthError).toBe("invalid_scope");
    expect(err.status).toBe(400);
  });
});

describe("private_key_jwt", () => {
  const formats = ["pem", "jwk", "cryptokey"] as const;
  const cases = (["PS256", "RS256"] as const).flatMap((alg) => formats.map((format) => ({ alg, format })));

  it.each(cases)("$alg with the key as $format; aud is the token endpoint by default", async ({ alg, format }) => {
    const { clientId, privateKeyPem, privateJwk, kid } = t.server.clients.privateKeyJwt;
    const privateKey = format === "pem" ? privateKeyPem : format === "jwk" ? privateJwk : await importPem(privateKeyPem, alg);
    const source = clientCredentials({
      issuer: t.server.issuer,
      clientId,
      privateKey,
      // The CryptoKey knows its algorithm; PEM and JWK are told.
      ...(format === "cryptokey" ? {} : { algorithm: alg }),
      ...(format === "jwk" ? {} : { kid }),
    });
    const token = await source.getToken(["entities:read"]);

    expect((await validateAtApi(token.value)).client_id).toBe(clientId);
    expect(lastRequest()).toMatchObject({
      outcome: "success",
      clientId,
      clientAuthMethod: "private_key_jwt",
      assertion: { alg, kid, aud: t.server.tokenEndpoint },
    });
  });

  it("PS256 is the default algorithm for a PEM key", async () => {
    const { clientId, privateKeyPem } = t.server.clients.privateKeyJwt;
    await clientCredentials({ issuer: t.server.issuer, clientId, privateKey: privateKeyPem }).getToken(["entities:read"]);
    expect(lastRequest()?.assertion).toEqual({ alg: "PS256", kid: undefined, aud: t.server.tokenEndpoint });
  });

  it("assertionAudience: 'issuer' sends the issuer identifier as aud", async () => {
    const { clientId, privateJwk } = t.server.clients.privateKeyJwt;
    await clientCredentials({ issuer: t.server.issuer, clientId, privateKey: privateJwk, assertionAudience: "issuer" }).getToken(["entities:read"]);
    expect(lastRequest()).toMatchObject({ outcome: "success", assertion: { aud: t.server.issuer } });
  });

  it("a key the server doesn't know is AUTH_CLIENT_REJECTED", async () => {
    const { clientId } = t.server.clients.privateKeyJwt;
    const other = await crypto.subtle.generateKey({ name: "RSA-PSS", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, false, ["sign", "verify"]);
    const source = clientCredentials({ issuer: t.server.issuer, clientId, privateKey: other.privateKey });
    const err = await expectAuthError(source.getToken(["entities:read"]), "AUTH_CLIENT_REJECTED");
    expect(err.oauthError).toBe("invalid_client");
  });
});

describe("request shape", () => {
  it("a fixed scope list is requested whatever the call needs", async () => {
    const { clientId, clientSecret } = t.server.clients.secretBasic;
    const source = clientCredentials({ issuer: t.server.issuer, clientId, clientSecret, scope: ["entities:write", "entities:read"] });
    const token = await source.getToken(["addresses:read"]);
    expect(lastRequest()?.scope).toBe("entities:read entities:write");
    expect(token.scopes).toEqual(["entities:read", "entities:write"]);
  });

  it("sends the resource indicator; the token's aud is that resource", async () => {
    const { clientId, clientSecret } = t.server.clients.secretBasic;
    const token = await clientCredentials({ issuer: t.server.issuer, clientId, clientSecret, resource: API }).getToken(["entities:read"]);
    expect((await validateAtApi(token.value)).aud).toBe(API);
  });

  it("an unknown resource is AUTH_INVALID_SCOPE (invalid_target)", async () => {
    const { clientId, clientSecret } = t.server.clients.secretBasic;
    const source = clientCredentials({ issuer: t.server.issuer, clientId, clientSecret, resource: "https://elsewhere.example/api" });
    const err = await expectAuthError(source.getToken(["entities:read"]), "AUTH_INVALID_SCOPE");
    expect(err.oauthError).toBe("invalid_target");
  });
});
