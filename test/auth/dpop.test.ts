/**
 * DPoP (RFC 9449) against the real authorization server with features.dPoP: bound tokens, the
 * `use_dpop_nonce` retry, and API-side proofs that a resource server can verify.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import * as oauth from "oauth4webapi";
import { describe, expect, it } from "vitest";
import { authorizationCode, clientCredentials, createAccessToken, type AccessToken, type TokenSource } from "../../src/auth/index.js";
import { scriptedLogin } from "../../src/sandbox/scripted-login.js";
import { API, startTestServer, useTestServer } from "./helpers/fixtures.js";

const t = useTestServer();
const insecure = { [oauth.allowInsecureRequests]: true };

const payloadOf = (jwt: string): Record<string, unknown> => JSON.parse(Buffer.from(jwt.split(".")[1]!, "base64url").toString()) as Record<string, unknown>;

function dpopSource(issuer = t.server.issuer): TokenSource {
  const { clientId, clientSecret } = t.server.clients.secretBasic;
  return clientCredentials({ issuer, clientId, clientSecret, dpop: true });
}

/** Builds the API request the client would send, with the source's proof. */
async function apiRequest(auth: TokenSource, token: AccessToken, method = "GET", url = `${API}/entities/42`): Promise<Request> {
  const headers = new Headers({ authorization: `${token.type} ${token.value}` });
  await auth.dpop!.addProof(new URL(url), headers, method, token);
  return new Request(url, { method, headers });
}

describe("DPoP-bound client credentials", () => {
  it("the token request carries a proof, the token is DPoP-bound, and the API can verify a proof for it", async () => {
    const auth = dpopSource();
    const token = await auth.getToken(["entities:read"]);
    expect(token.type).toBe("DPoP");
    expect(t.server.events.requests.at(-1)).toMatchObject({ outcome: "success", dpop: true });

    const claims = await oauth.validateJwtAccessToken(t.metadata, await apiRequest(auth, token), API, { ...insecure, requireDPoP: true });
    expect((claims.cnf as { jkt?: string } | undefined)?.jkt).toEqual(expect.any(String));
    expect(claims.scope).toBe("entities:read");
  });

  it("a proof is bound to method and URL: replayed elsewhere it fails verification", async () => {
    const auth = dpopSource();
    const token = await auth.getToken(["entities:read"]);
    const proofed = await apiRequest(auth, token, "GET");
    const moved = new Request(`${API}/entities/43`, { method: "DELETE", headers: proofed.headers });
    await expect(oauth.validateJwtAccessToken(t.metadata, moved, API, { ...insecure, requireDPoP: true })).rejects.toThrow(/htm|htu/);
  });

  it("each source has its own key: another source's proof doesn't match the token", async () => {
    const a = dpopSource();
    const b = dpopSource();
    const token = await a.getToken(["entities:read"]);
    const request = await apiRequest(b, token);
    await expect(oauth.validateJwtAccessToken(t.metadata, request, API, { ...insecure, requireDPoP: true })).rejects.toThrow(/confirmation/);
  });

  it("retries once when the server demands a nonce (use_dpop_nonce)", async () => {
    const strict = await startTestServer({ requireDpopNonce: true });
    try {
      const { clientId, clientSecret } = strict.clients.secretBasic;
      const token = await clientCredentials({ issuer: strict.issuer, clientId, clientSecret, dpop: true }).getToken(["entities:read"]);
      expect(token.type).toBe("DPoP");
      expect(strict.events.requests.map((r) => [r.outcome, r.error])).toEqual([
        ["error", "use_dpop_nonce"],
        ["success", undefined],
      ]);
    } finally {
      await strict.stop();
    }
  });

  it("without dpop: true there is no binding and tokens are Bearer", async () => {
    const { clientId, clientSecret } = t.server.clients.secretBasic;
    const auth = clientCredentials({ issuer: t.server.issuer, clientId, clientSecret });
    expect("dpop" in auth).toBe(false);
    expect((await auth.getToken(["entities:read"])).type).toBe("Bearer");
  });
});

describe("DpopBinding for API calls", () => {
  it("adds no proof to a Bearer token", async () => {
    const headers = new Headers();
    await dpopSource().dpop!.addProof(new URL(API), headers, "GET", createAccessToken("a-bearer-token-value"));
    expect(headers.has("dpop")).toBe(false);
  });

  it("learns an API's nonce from a use_dpop_nonce challenge and uses it for that origin", async () => {
    const api = createServer((_req, res) => {
      res.writeHead(401, { "www-authenticate": 'DPoP error="use_dpop_nonce", error_description="nonce required"', "dpop-nonce": "api-nonce-1" }).end();
    });
    await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
    try {
      const origin = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
      const auth = dpopSource();
      const token = await auth.getToken(["entities:read"]);
      const challenge = await fetch(`${origin}/entities/42`);
      expect(auth.dpop!.handleResponse(challenge)).toBe(true);

      const retry = await apiRequest(auth, token, "GET", `${origin}/entities/42`);
      expect(payloadOf(retry.headers.get("dpop")!)).toMatchObject({ nonce: "api-nonce-1", htm: "GET", htu: `${origin}/entities/42` });
      const elsewhere = await apiRequest(auth, token);
      expect(payloadOf(elsewhere.headers.get("dpop")!).nonce).toBeUndefined();
    } finally {
      await new Promise<void>((resolve) => api.close(() => resolve()));
    }
  });

  it("a response without a nonce challenge is not worth a retry", async () => {
    const binding = dpopSource().dpop!;
    expect(binding.handleResponse(new Response(null, { status: 200 }))).toBe(false);
    expect(binding.handleResponse(new Response(null, { status: 200, headers: { "dpop-nonce": "n1" } }))).toBe(false);
    expect(binding.handleResponse(new Response(null, { status: 401, headers: { "www-authenticate": 'DPoP error="invalid_token"', "dpop-nonce": "n2" } }))).toBe(false);
  });
});

describe("DPoP with the authorization code flow", () => {
  it("the code exchange and the refreshes are bound to the flow's one key", async () => {
    const { clientId, clientSecret, redirectUri } = t.server.clients.webApp;
    const flow = authorizationCode({ issuer: t.server.issuer, clientId, clientSecret, redirectUri, scope: ["offline_access", "entities:read"], dpop: true });
    const request = await flow.createAuthorizationRequest({ prompt: "consent" });
    const result = await flow.handleAuthorizationCallback(await scriptedLogin(request.url), request);
    expect(result.accessToken.type).toBe("DPoP");

    const auth = flow.refreshTokenSource({ refreshToken: result.refreshToken!, onRefreshTokenRotated: () => undefined });
    const refreshed = await auth.getToken(["entities:read"]);
    expect(refreshed.type).toBe("DPoP");
    const first = await oauth.validateJwtAccessToken(t.metadata, await apiRequest(auth, result.accessToken), API, { ...insecure, requireDPoP: true });
    const second = await oauth.validateJwtAccessToken(t.metadata, await apiRequest(auth, refreshed), API, { ...insecure, requireDPoP: true });
    expect(second.cnf).toEqual(first.cnf);
  });
});
