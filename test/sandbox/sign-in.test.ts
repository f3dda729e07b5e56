/**
 * The README's "Signing users in" example, step by step against the sandbox, with
 * `sandbox.signIn` answering the login and consent pages in place of a browser.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizationCode, createEntityManagementClient, unwrap } from "../../src/index.js";
import { startSandbox, type RunningSandbox } from "../../src/sandbox/index.js";

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ validateResponses: true });
});
afterAll(async () => {
  expect(sandbox.responseViolations).toEqual([]);
  await sandbox.stop();
});

/** The README's flow, with the sandbox's web-app client (it authenticates with a client secret). */
function webAppLogin() {
  const { clientId, clientSecret, redirectUri } = sandbox.credentials.webApp;
  return authorizationCode({ issuer: sandbox.issuer, clientId, clientSecret, redirectUri, scope: ["offline_access"] });
}

describe("signing a user in against the sandbox", () => {
  it("follows the README: sign-in, callback, refresh-token source, then real API calls", async () => {
    const { baseUrl, institutionUniversalId } = sandbox;
    const login = webAppLogin();

    // GET /login
    const request = await login.createAuthorizationRequest();
    const session = { auth: { state: request.state, nonce: request.nonce, codeVerifier: request.codeVerifier } };

    // The browser's part: the sandbox's login and consent pages.
    const currentUrl = await sandbox.signIn(request.url, { user: "ada" });

    // GET /callback
    const result = await login.handleAuthorizationCallback(currentUrl, session.auth);
    expect(result.claims.sub).toBe("ada");
    expect(result.refreshToken).toEqual(expect.any(String));
    const saved: string[] = [];
    const auth = login.refreshTokenSource({ refreshToken: result.refreshToken!, accessToken: result.accessToken, onRefreshTokenRotated: (token) => void saved.push(token) });

    const client = createEntityManagementClient({ baseUrl, institutionUniversalId, auth });
    const { id } = await unwrap(client.POST("/entities", { body: { entityType: "person", firstName: "Ada", lastName: "Lovelace" } }));
    expect(await unwrap(client.GET("/entities/{EntityId}", { params: { path: { EntityId: id } } }))).toMatchObject({ id, lastName: "Lovelace" });

    // Restoring the session later, from the refresh token alone: each call's scopes come from a refresh.
    const { clientId } = sandbox.credentials.webApp;
    const restored = createEntityManagementClient({
      baseUrl,
      institutionUniversalId,
      auth: login.refreshTokenSource({ refreshToken: saved.at(-1) ?? result.refreshToken!, onRefreshTokenRotated: (token) => void saved.push(token) }),
    });
    expect((await unwrap(restored.GET("/entities/{EntityId}", { params: { path: { EntityId: id } } }))).id).toBe(id);
    await unwrap(restored.PUT("/entities/{EntityId}", { params: { path: { EntityId: id } }, body: { entityType: "person", firstName: "Ada", lastName: "King" } }));
    expect(saved.length).toBeGreaterThanOrEqual(1);
    expect(sandbox.authorizationServer.events.count({ grantType: "refresh_token", clientId, outcome: "error" })).toBe(0);
    expect(sandbox.authorizationServer.events.count({ grantType: "refresh_token", clientId, outcome: "success" })).toBe(saved.length);
  });

  it("signs in whoever is named, and grants only the API scopes asked for when some are", async () => {
    const login = webAppLogin();
    const request = await login.createAuthorizationRequest({ scope: ["entity-services.entities.read"] });
    const result = await login.handleAuthorizationCallback(await sandbox.signIn(request.url, { user: "grace" }), request);
    expect(result.claims.sub).toBe("grace");
    expect(result.accessToken.scopes).toEqual(["entity-services.entities.read"]);
    expect(result.refreshToken).toBeUndefined();
  });

  it("refuses to sign in at any other server", async () => {
    await expect(sandbox.signIn("https://login.example/auth?client_id=x&redirect_uri=https://app.example/cb")).rejects.toThrow(
      `signIn() signs in at this sandbox only: pass an authorization URL under ${sandbox.authorizationServer.authorizationEndpoint}, not https://login.example/auth.`,
    );
  });
});
