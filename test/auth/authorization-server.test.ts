/** The sandbox authorization server's own contract, which the sandbox reuses as it is. */
import * as oauth from "oauth4webapi";
import { describe, expect, it } from "vitest";
import { startAuthorizationServer } from "../../src/sandbox/authorization-server.js";
import { scriptedLogin } from "../../src/sandbox/scripted-login.js";
import { API, SCOPES } from "./helpers/fixtures.js";

const insecure = { [oauth.allowInsecureRequests]: true };

describe("startAuthorizationServer", () => {
  it("listens on 127.0.0.1, publishes discovery matching its endpoints, and stops", async () => {
    const server = await startAuthorizationServer({ scopes: SCOPES, audience: API });
    const issuer = new URL(server.issuer);
    expect(issuer.hostname).toBe("127.0.0.1");
    const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, insecure));
    expect(as).toMatchObject({
      token_endpoint: server.tokenEndpoint,
      jwks_uri: server.jwksUri,
      authorization_endpoint: server.authorizationEndpoint,
      code_challenge_methods_supported: ["S256"],
    });
    expect(as.scopes_supported).toEqual(expect.arrayContaining(["openid", "offline_access", ...SCOPES]));
    expect(as.token_endpoint_auth_methods_supported).toEqual(expect.arrayContaining(["client_secret_basic", "client_secret_post", "private_key_jwt"]));
    expect(as.dpop_signing_alg_values_supported).toContain("ES256");
    const jwks = (await (await fetch(server.jwksUri)).json()) as { keys: { d?: string }[] };
    expect(jwks.keys.length).toBeGreaterThan(0);
    expect(jwks.keys.every((k) => k.d === undefined)).toBe(true);

    await server.stop();
    await expect(fetch(server.jwksUri)).rejects.toThrow();
  });

  it("generates fresh credentials per start", async () => {
    const [a, b] = await Promise.all([startAuthorizationServer({ scopes: SCOPES, audience: API }), startAuthorizationServer({ scopes: SCOPES, audience: API })]);
    try {
      expect(a.issuer).not.toBe(b.issuer);
      expect(a.clients.secretBasic.clientSecret).not.toBe(b.clients.secretBasic.clientSecret);
      expect(a.clients.privateKeyJwt.privateKeyPem).not.toBe(b.clients.privateKeyJwt.privateKeyPem);
      expect(a.clients.privateKeyJwt.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it("counts token requests by outcome, grant type and client; setAccessTokenTtl applies to new tokens", async () => {
    const server = await startAuthorizationServer({ scopes: SCOPES, audience: API, accessTokenTtlSeconds: 5 });
    try {
      const issuer = new URL(server.issuer);
      const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, insecure));
      const { clientId, clientSecret } = server.clients.secretPost;
      const grant = async (secret: string) =>
        oauth.processClientCredentialsResponse(
          as,
          { client_id: clientId },
          await oauth.clientCredentialsGrantRequest(as, { client_id: clientId }, oauth.ClientSecretPost(secret), { scope: "entities:read" }, insecure),
        );
      expect((await grant(clientSecret)).expires_in).toBe(5);
      server.setAccessTokenTtl(90);
      expect((await grant(clientSecret)).expires_in).toBe(90);
      await expect(grant("wrong-secret")).rejects.toThrow();

      expect(server.events.count()).toBe(3);
      expect(server.events.count({ outcome: "success", clientId })).toBe(2);
      expect(server.events.count({ outcome: "error", error: "invalid_client" })).toBe(1);
      expect(server.events.requests[0]).toMatchObject({ grantType: "client_credentials", clientAuthMethod: "client_secret_post", scope: "entities:read", dpop: false });
      server.events.reset();
      expect(server.events.count()).toBe(0);
      expect(() => server.setAccessTokenTtl(0)).toThrow(RangeError);
    } finally {
      await server.stop();
    }
  });

  it("registers extra clients as given", async () => {
    const server = await startAuthorizationServer({
      scopes: SCOPES,
      audience: API,
      clients: [{ client_id: "extra", client_secret: "extra-secret-value", grant_types: ["client_credentials"], response_types: [], redirect_uris: [], scope: "entities:read" }],
    });
    try {
      const issuer = new URL(server.issuer);
      const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, insecure));
      const res = await oauth.clientCredentialsGrantRequest(as, { client_id: "extra" }, oauth.ClientSecretBasic("extra-secret-value"), { scope: "entities:read" }, insecure);
      expect((await oauth.processClientCredentialsResponse(as, { client_id: "extra" }, res)).scope).toBe("entities:read");
    } finally {
      await server.stop();
    }
  });
});

describe("scriptedLogin", () => {
  it("signs in through the development login and consent pages and returns the callback URL", async () => {
    const server = await startAuthorizationServer({ scopes: SCOPES, audience: API, redirectUris: ["http://127.0.0.1:8123/auth/callback"] });
    try {
      const { clientId, redirectUri } = server.clients.webApp;
      expect(redirectUri).toBe("http://127.0.0.1:8123/auth/callback");
      const url = new URL(server.authorizationEndpoint);
      url.search = new URLSearchParams({
        client_id: clientId,
        redirect_uri: redirectUri,
        response_type: "code",
        scope: "openid entities:read",
        state: "s-1",
        code_challenge: await oauth.calculatePKCECodeChallenge(oauth.generateRandomCodeVerifier()),
        code_challenge_method: "S256",
      }).toString();
      const callback = await scriptedLogin(url, { login: "carol" });
      expect(callback.origin + callback.pathname).toBe(redirectUri);
      expect(callback.searchParams.get("state")).toBe("s-1");
      expect(callback.searchParams.get("code")).toEqual(expect.any(String));
    } finally {
      await server.stop();
    }
  });

  it("returns an error callback when the request is refused (no PKCE)", async () => {
    const server = await startAuthorizationServer({ scopes: SCOPES, audience: API });
    try {
      const { clientId, redirectUri } = server.clients.webApp;
      const url = new URL(server.authorizationEndpoint);
      url.search = new URLSearchParams({ client_id: clientId, redirect_uri: redirectUri, response_type: "code", scope: "openid", state: "s-2" }).toString();
      const callback = await scriptedLogin(url);
      expect(callback.searchParams.get("error")).toBe("invalid_request");
    } finally {
      await server.stop();
    }
  });
});
