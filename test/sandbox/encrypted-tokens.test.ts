/**
 * Issue 14, "Done when": an app signs a user in against `startSandbox({ encryptedTokens: true })`,
 * gets validated claims from a five-part (JWE) ID token, calls the API with a five-part access
 * token, and refreshes, the refreshed ID tokens decrypted too; the failures are typed and leak nothing.
 */
import { generateKeyPairSync } from "node:crypto";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizationCode, createEntityManagementClient, refreshTokenSource, unwrap, type AuthorizationCodeOptions } from "../../src/index.js";
import { startSandbox, type RunningSandbox } from "../../src/sandbox/index.js";
import { expectAuthError } from "../auth/helpers/fixtures.js";

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ validateResponses: true, encryptedTokens: true });
});
afterAll(async () => {
  expect(sandbox.responseViolations).toEqual([]);
  await sandbox.stop();
});

const parts = (token: string | undefined): number => token?.split(".").length ?? 0;

/** A fetch that records every token endpoint answer's body, as the authorization server sent it. */
function recordingTokenFetch(): { fetch: typeof fetch; answers: { id_token?: string; access_token?: string; refresh_token?: string }[] } {
  const answers: { id_token?: string; access_token?: string }[] = [];
  return {
    answers,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      if (String(input).endsWith("/token")) answers.push((await response.clone().json()) as { id_token?: string });
      return response;
    },
  };
}

function webApp(extra: Partial<AuthorizationCodeOptions> = {}) {
  const { clientId, clientSecret, redirectUri, idTokenDecryptionKeyPem } = sandbox.credentials.webApp;
  return authorizationCode({ issuer: sandbox.issuer, clientId, clientSecret, redirectUri, scope: ["offline_access"], idTokenDecryptionKey: idTokenDecryptionKeyPem, ...extra });
}

describe("encrypted tokens against the sandbox", () => {
  it("signs in from a JWE ID token, calls the API with a JWE access token, and refreshes", async () => {
    const { baseUrl, institutionUniversalId } = sandbox;
    const recorded = recordingTokenFetch();
    const login = webApp({ fetch: recorded.fetch });
    const request = await login.createAuthorizationRequest();
    const result = await login.handleAuthorizationCallback(await sandbox.signIn(request.url, { user: "ada" }), request);

    expect(parts(recorded.answers[0]?.id_token)).toBe(5);
    expect(result.idToken).toBe(recorded.answers[0]?.id_token);
    expect(result.claims).toMatchObject({ sub: "ada", iss: sandbox.issuer, aud: sandbox.credentials.webApp.clientId, nonce: request.nonce });
    expect(parts(result.accessToken.value)).toBe(5);

    const sent: string[] = [];
    const apiFetch: typeof fetch = (input, init) => {
      sent.push(new Headers((input instanceof Request ? input.headers : init?.headers) ?? {}).get("authorization") ?? "");
      return fetch(input, init);
    };
    const rotated: string[] = [];
    const auth = login.refreshTokenSource({ refreshToken: result.refreshToken!, accessToken: result.accessToken, onRefreshTokenRotated: (t) => void rotated.push(t) });
    const client = createEntityManagementClient({ baseUrl, institutionUniversalId, auth, fetch: apiFetch });
    const { id } = await unwrap(client.POST("/entities", { body: { entityType: "person", firstName: "Ada", lastName: "Lovelace" } }));
    expect(sent.length).toBeGreaterThan(0);
    for (const header of sent) expect(parts(header.replace(/^Bearer /, ""))).toBe(5);

    // Restored from the refresh token alone: the call refreshes, asking for `openid` too, so the
    // answer carries a new ID token, encrypted like the first, which is decrypted and validated.
    const restored = createEntityManagementClient({
      baseUrl,
      institutionUniversalId,
      fetch: apiFetch,
      auth: login.refreshTokenSource({ refreshToken: result.refreshToken!, scope: ["openid", "entity-services.entities.read"], onRefreshTokenRotated: (t) => void rotated.push(t) }),
    });
    expect((await unwrap(restored.GET("/entities/{EntityId}", { params: { path: { EntityId: id } } }))).lastName).toBe("Lovelace");
    expect(recorded.answers.length).toBe(2);
    expect(parts(recorded.answers[1]?.id_token)).toBe(5);
    expect(parts(recorded.answers[1]?.access_token)).toBe(5);
    expect(rotated).toEqual([recorded.answers[1]?.refresh_token]);
    for (const header of sent) expect(parts(header.replace(/^Bearer /, ""))).toBe(5);
  });
});
