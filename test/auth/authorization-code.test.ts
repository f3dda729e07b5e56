/**
 * Authorization code + PKCE against the real authorization server, signed in with the scripted
 * login: callback handling, ID-token validation failures, and refresh-token rotation under load.
 */
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizationCode, refreshTokenSource, type AuthorizationCodeOptions, type AuthorizationResult } from "../../src/auth/index.js";
import type { RunningAuthorizationServer } from "../../src/sandbox/authorization-server.js";
import { scriptedLogin } from "../../src/sandbox/scripted-login.js";
import { startFakeIssuer } from "./helpers/fake-issuer.js";
import { expectAuthError, startTestServer } from "./helpers/fixtures.js";

let server: RunningAuthorizationServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

function flowOptions(extra: Partial<AuthorizationCodeOptions> = {}): AuthorizationCodeOptions {
  const { clientId, clientSecret, redirectUri } = server.clients.webApp;
  return { issuer: server.issuer, clientId, clientSecret, redirectUri, scope: ["offline_access", "entities:read", "entities:write"], ...extra };
}

/** The client part of the options, for refresh-token sources (no sign-in scope or redirect). */
function clientOptions() {
  const { clientId, clientSecret } = server.clients.webApp;
  return { issuer: server.issuer, clientId, clientSecret };
}

/** Runs a full sign-in as `login` and returns the flow's result. */
async function signIn(extra: Partial<AuthorizationCodeOptions> = {}, login = "alice"): Promise<AuthorizationResult> {
  const flow = authorizationCode(flowOptions(extra));
  const request = await flow.createAuthorizationRequest({ prompt: "consent" });
  return flow.handleAuthorizationCallback(await scriptedLogin(request.url, { login }), request);
}

describe("sign-in", () => {
  it("builds a PKCE (S256) authorization URL with state and nonce", async () => {
    const request = await authorizationCode(flowOptions()).createAuthorizationRequest({ loginHint: "alice" });
    const params = request.url.searchParams;
    expect(request.url.href.startsWith(server.authorizationEndpoint)).toBe(true);
    expect(params.get("response_type")).toBe("code");
    expect(params.get("code_challenge_method")).toBe("S256");
    expect(params.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(params.get("code_challenge")).not.toBe(request.codeVerifier);
    expect(params.get("state")).toBe(request.state);
    expect(params.get("nonce")).toBe(request.nonce);
    expect(params.get("scope")).toBe("entities:read entities:write offline_access openid");
    expect(params.get("login_hint")).toBe("alice");
    // What goes into the session must survive JSON.
    expect(JSON.parse(JSON.stringify({ state: request.state, nonce: request.nonce, codeVerifier: request.codeVerifier }))).toEqual({
      state: request.state,
      nonce: request.nonce,
      codeVerifier: request.codeVerifier,
    });
  });

  it("exchanges the code and returns validated ID-token claims, an access token and a refresh token", async () => {
    const result = await signIn({}, "bob");
    expect(result.claims.sub).toBe("bob");
    expect(result.claims.aud).toBe(server.clients.webApp.clientId);
    expect(result.claims.iss).toBe(server.issuer);
    expect(result.accessToken.type).toBe("Bearer");
    expect(result.accessToken.scopes).toEqual(["entities:read", "entities:write"]);
    expect(result.refreshToken).toEqual(expect.any(String));
    expect(result.idToken.split(".")).toHaveLength(3);
    expect(server.events.requests.at(-1)).toMatchObject({ grantType: "authorization_code", outcome: "success" });
  });

  it("a callback whose state isn't the saved one is AUTH_STATE_MISMATCH, and no code is exchanged", async () => {
    const flow = authorizationCode(flowOptions());
    const request = await flow.createAuthorizationRequest({ prompt: "consent" });
    const callback = await scriptedLogin(request.url);
    const exchanges = server.events.count({ grantType: "authorization_code" });
    await expectAuthError(flow.handleAuthorizationCallback(callback, { ...request, state: "someone-elses-state" }), "AUTH_STATE_MISMATCH");
    expect(server.events.count({ grantType: "authorization_code" })).toBe(exchanges);
  });

  it("a callback carrying an error is AUTH_AUTHORIZATION_FAILED", async () => {
    const flow = authorizationCode(flowOptions());
    const request = await flow.createAuthorizationRequest();
    const callback = new URL(
      `${server.clients.webApp.redirectUri}?error=access_denied&error_description=End-User+aborted&state=${request.state}&iss=${encodeURIComponent(server.issuer)}`,
    );
    const err = await expectAuthError(flow.handleAuthorizationCallback(callback, request), "AUTH_AUTHORIZATION_FAILED");
    expect(err.oauthError).toBe("access_denied");
  });
});

describe("ID token validation", () => {
  it("a nonce other than the saved one is AUTH_ID_TOKEN_INVALID", async () => {
    const flow = authorizationCode(flowOptions());
    const request = await flow.createAuthorizationRequest({ prompt: "consent" });
    const callback = await scriptedLogin(request.url);
    const err = await expectAuthError(flow.handleAuthorizationCallback(callback, { ...request, nonce: "a-different-nonce" }), "AUTH_ID_TOKEN_INVALID");
    expect(err.message).toMatch(/nonce/);
  });

  it("an expired ID token (the host clock 2 h ahead) is AUTH_ID_TOKEN_INVALID", async () => {
    const flow = authorizationCode(flowOptions({ clockSkewSeconds: 7_200 }));
    const request = await flow.createAuthorizationRequest({ prompt: "consent" });
    const err = await expectAuthError(flow.handleAuthorizationCallback(await scriptedLogin(request.url), request), "AUTH_ID_TOKEN_INVALID");
    expect(err.message).toMatch(/"exp"/);
  });

  it("an ID token for another audience is AUTH_ID_TOKEN_INVALID", async () => {
    const fake = await startFakeIssuer();
    try {
      const saved = { state: "state-1", nonce: "nonce-1", codeVerifier: "v".repeat(43) };
      const now = Math.floor(Date.now() / 1000);
      const idToken = await fake.signJwt({ iss: fake.issuer, sub: "alice", aud: "another-client", iat: now, exp: now + 300, nonce: saved.nonce });
      fake.handler = () => ({ body: { access_token: "at-1", token_type: "Bearer", expires_in: 60, id_token: idToken } });
      const flow = authorizationCode({ issuer: fake.issuer, clientId: "web-app", clientSecret: "a-long-enough-secret", redirectUri: "http://127.0.0.1/cb" });
      const err = await expectAuthError(flow.handleAuthorizationCallback(`http://127.0.0.1/cb?code=abc&state=${saved.state}`, saved), "AUTH_ID_TOKEN_INVALID");
      expect(err.message).toMatch(/"aud"/);
      expect(fake.tokenRequests[0]?.body.get("code_verifier")).toBe(saved.codeVerifier);
    } finally {
      await fake.stop();
    }
  });

  it.each(["none", "HS256"])("an ID token signed with %s instead of the advertised RS256 is AUTH_ID_TOKEN_INVALID", async (alg) => {
    const fake = await startFakeIssuer();
    try {
      const clientSecret = "a-long-enough-secret";
      const saved = { state: "state-1", nonce: "nonce-1", codeVerifier: "v".repeat(43) };
      const now = Math.floor(Date.now() / 1000);
      const b64u = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
      const input = `${b64u({ alg, typ: "JWT" })}.${b64u({ iss: fake.issuer, sub: "alice", aud: "web-app", iat: now, exp: now + 300, nonce: saved.nonce })}`;
      // HS256 with the client secret as key: a valid MAC, so only the algorithm check can refuse it.
      const signature = alg === "none" ? "" : createHmac("sha256", clientSecret).update(input).digest("base64url");
      fake.handler = () => ({ body: { access_token: "at-1", token_type: "Bearer", expires_in: 60, id_token: `${input}.${signature}` } });
      const flow = authorizationCode({ issuer: fake.issuer, clientId: "web-app", clientSecret, redirectUri: "http://127.0.0.1/cb" });
      const err = await expectAuthError(flow.handleAuthorizationCallback(`http://127.0.0.1/cb?code=abc&state=${saved.state}`, saved), "AUTH_ID_TOKEN_INVALID");
      expect(err.message).toMatch(/alg/i);
    } finally {
      await fake.stop();
    }
  });

  it("a response without an ID token is AUTH_ID_TOKEN_INVALID", async () => {
    const fake = await startFakeIssuer(() => ({ body: { access_token: "at-1", token_type: "Bearer", expires_in: 60 } }));
    try {
      const saved = { state: "state-1", nonce: "nonce-1", codeVerifier: "v".repeat(43) };
      const flow = authorizationCode({ issuer: fake.issuer, clientId: "web-app", clientSecret: "a-long-enough-secret", redirectUri: "http://127.0.0.1/cb" });
      await expectAuthError(flow.handleAuthorizationCallback(`http://127.0.0.1/cb?code=abc&state=${saved.state}`, saved), "AUTH_ID_TOKEN_INVALID");
    } finally {
      await fake.stop();
    }
  });
});

describe("refresh tokens", () => {
  it("50 parallel callers cause 1 refresh; the rotated token is reported once", async () => {
    const signedIn = await signIn();
    const rotations: string[] = [];
    const auth = authorizationCode(flowOptions()).refreshTokenSource({
      refreshToken: signedIn.refreshToken!,
      onRefreshTokenRotated: (token) => void rotations.push(token),
    });
    const before = server.events.count({ grantType: "refresh_token" });
    const tokens = await Promise.all(Array.from({ length: 50 }, () => auth.getToken(["entities:read"])));

    expect(server.events.count({ grantType: "refresh_token" }) - before).toBe(1);
    expect(server.events.count({ grantType: "refresh_token", outcome: "error" })).toBe(0);
    expect(new Set(tokens).size).toBe(1);
    expect(tokens[0]!.scopes).toEqual(["entities:read"]);
    expect(rotations).toHaveLength(1);
    expect(rotations[0]).not.toBe(signedIn.refreshToken);
  });

  it("50 concurrent callers that got a 401 for the same token cause 1 refresh and 1 rotation", async () => {
    const signedIn = await signIn();
    const rotations: string[] = [];
    const auth = authorizationCode(flowOptions()).refreshTokenSource({
      refreshToken: signedIn.refreshToken!,
      accessToken: signedIn.accessToken,
      onRefreshTokenRotated: (token) => void rotations.push(token),
    });
    const stale = await auth.getToken(["entities:read"]);
    expect(stale).toBe(signedIn.accessToken);
    const before = server.events.count({ grantType: "refresh_token" });
    const renewed = await Promise.all(
      Array.from({ length: 50 }, () => {
        auth.invalidate(stale);
        return auth.getToken(["entities:read"]);
      }),
    );
    expect(server.events.count({ grantType: "refresh_token" }) - before).toBe(1);
    expect(server.events.count({ grantType: "refresh_token", outcome: "error" })).toBe(0);
    expect(new Set(renewed).size).toBe(1);
    expect(renewed[0]).not.toBe(stale);
    expect(rotations).toHaveLength(1);
  });

  it("refreshes for different scope sets run one after another, each with the latest refresh token", async () => {
    const signedIn = await signIn();
    const rotations: string[] = [];
    const auth = refreshTokenSource({
      ...clientOptions(),
      refreshToken: signedIn.refreshToken!,
      onRefreshTokenRotated: async (token) => {
        await new Promise((r) => setTimeout(r, 5)); // a slow store must not let the next refresh start early
        rotations.push(token);
      },
    });
    const errorsBefore = server.events.count({ grantType: "refresh_token", outcome: "error" });
    const sets = [["entities:read"], ["entities:write"], ["entities:read", "entities:write"]];
    const results = await Promise.all(sets.flatMap((s) => Array.from({ length: 10 }, () => auth.getToken(s))));

    // One refresh per scope set, none reusing a spent token (the server would answer invalid_grant and revoke the grant).
    expect(server.events.count({ grantType: "refresh_token", outcome: "error" })).toBe(errorsBefore);
    expect(new Set(results).size).toBe(3);
    expect(rotations).toHaveLength(3);
    expect(new Set([signedIn.refreshToken, ...rotations]).size).toBe(4);

    // The chain is intact: the last reported token is the live one.
    for (const token of new Set(results)) auth.invalidate(token);
    await auth.getToken(["entities:read"]);
    expect(rotations).toHaveLength(4);
  });

  it("the access token from the sign-in is used until it needs refreshing", async () => {
    const signedIn = await signIn();
    const auth = authorizationCode(flowOptions()).refreshTokenSource({
      refreshToken: signedIn.refreshToken!,
      accessToken: signedIn.accessToken,
      onRefreshTokenRotated: () => undefined,
    });
    const before = server.events.count({ grantType: "refresh_token" });
    expect(await auth.getToken(["entities:read"])).toBe(signedIn.accessToken);
    expect(server.events.count({ grantType: "refresh_token" })).toBe(before);
  });

  it("a spent refresh token is AUTH_INVALID_GRANT", async () => {
    const signedIn = await signIn();
    const first = refreshTokenSource({ ...clientOptions(), refreshToken: signedIn.refreshToken!, onRefreshTokenRotated: () => undefined });
    await first.getToken(["entities:read"]);
    const replay = refreshTokenSource({ ...clientOptions(), refreshToken: signedIn.refreshToken!, onRefreshTokenRotated: () => undefined });
    const err = await expectAuthError(replay.getToken(["entities:read"]), "AUTH_INVALID_GRANT");
    expect(err.oauthError).toBe("invalid_grant");
    expect(err.message).toMatch(/sign the user in again/);
  });

  it("asking for a scope the user didn't grant is AUTH_INVALID_SCOPE", async () => {
    const signedIn = await signIn({ scope: ["offline_access", "entities:read"] });
    const auth = refreshTokenSource({ ...clientOptions(), refreshToken: signedIn.refreshToken!, onRefreshTokenRotated: () => undefined });
    await expectAuthError(auth.getToken(["entities:write"]), "AUTH_INVALID_SCOPE");
  });

  it("an onRefreshTokenRotated failure reaches the caller; the new refresh token stays in use", async () => {
    const signedIn = await signIn();
    let calls = 0;
    const auth = refreshTokenSource({
      ...clientOptions(),
      refreshToken: signedIn.refreshToken!,
      onRefreshTokenRotated: () => {
        calls++;
        if (calls === 1) throw new Error("session store down");
      },
    });
    await expect(auth.getToken(["entities:read"])).rejects.toThrow("session store down");
    await auth.getToken(["entities:read"]);
    expect(calls).toBe(2);
  });
});
