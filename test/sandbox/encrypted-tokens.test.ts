/**
 * Issue 14, "Done when": an app signs a user in against `startSandbox({ encryptedTokens: true })`,
 * gets validated claims from a five-part (JWE) ID token, calls the API with a five-part access
 * token, and refreshes, the refreshed ID tokens decrypted too; the failures are typed and leak nothing.
 */
import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizationCode, createEntityManagementClient, refreshTokenSource, unwrap, type AuthorizationCodeOptions } from "../../src/index.js";
import { startSandbox, type RunningSandbox } from "../../src/sandbox/index.js";
import { expectAuthError, expectNoLeak } from "../auth/helpers/fixtures.js";
import { requestUrl } from "../helpers/request-url.js";

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ validateResponses: true, encryptedTokens: true });
});
afterAll(async () => {
  expect(sandbox.responseViolations).toEqual([]);
  await sandbox.stop();
});

const parts = (token: string | undefined): number => token?.split(".").length ?? 0;

interface TokenAnswer {
  readonly id_token?: string;
  readonly access_token?: string;
  readonly refresh_token?: string;
}

/** A fetch that records every token endpoint answer's body, as the authorization server sent it. */
function recordingTokenFetch(): { fetch: typeof fetch; answers: TokenAnswer[] } {
  const answers: TokenAnswer[] = [];
  return {
    answers,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      if (requestUrl(input).endsWith("/token")) answers.push((await response.clone().json()) as TokenAnswer);
      return response;
    },
  };
}

/** Every value a failure must not show: the tokens the server sent (and each part of them), the keys and the client secret. */
function secretsOf(answers: readonly TokenAnswer[], ...keys: string[]): string[] {
  const tokens = answers.flatMap((a) => [a.id_token, a.access_token, a.refresh_token]).filter((t): t is string => t !== undefined);
  const keyLines = keys.flatMap((pem) => pem.split("\n").filter((line) => line.length >= 20 && !line.startsWith("-----")));
  const segments = tokens.flatMap((t) => t.split(".")).filter((part) => part.length >= 20);
  return [...tokens, ...segments, ...keyLines, sandbox.credentials.webApp.clientSecret];
}

const otherKeyPem = (): string => generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "pem", type: "pkcs8" }).toString();

/** Signs in with `login`, expecting the callback to fail with AUTH_ID_TOKEN_DECRYPTION_FAILED. */
async function failedSignIn(login: ReturnType<typeof webApp>) {
  const request = await login.createAuthorizationRequest();
  return expectAuthError(login.handleAuthorizationCallback(await sandbox.signIn(request.url), request), "AUTH_ID_TOKEN_DECRYPTION_FAILED");
}

/** The sandbox's web-app client, with its decryption key unless `key` says otherwise (`null`: none). */
function webApp(extra: Partial<AuthorizationCodeOptions> = {}, key: string | null = sandbox.credentials.webApp.idTokenDecryptionKeyPem ?? null) {
  const { clientId, clientSecret, redirectUri } = sandbox.credentials.webApp;
  return authorizationCode({ issuer: sandbox.issuer, clientId, clientSecret, redirectUri, scope: ["offline_access"], ...(key ? { idTokenDecryptionKey: key } : {}), ...extra });
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
      auth: login.refreshTokenSource({
        refreshToken: result.refreshToken!,
        scope: ["openid", "entity-services.entities.read"],
        onRefreshTokenRotated: (t) => void rotated.push(t),
      }),
    });
    expect(await unwrap(restored.GET("/entities/{EntityId}", { params: { path: { EntityId: id } } }))).toMatchObject({ id, lastName: "Lovelace" });
    expect(recorded.answers.length).toBe(2);
    expect(parts(recorded.answers[1]?.id_token)).toBe(5);
    expect(parts(recorded.answers[1]?.access_token)).toBe(5);
    expect(rotated).toEqual([recorded.answers[1]?.refresh_token]);
    for (const header of sent) expect(parts(header.replace(/^Bearer /, ""))).toBe(5);
  });

  it("refuses an encrypted ID token when no idTokenDecryptionKey is configured, saying what to set", async () => {
    const recorded = recordingTokenFetch();
    const err = await failedSignIn(webApp({ fetch: recorded.fetch }, null));
    expect(err.message).toMatch(/arrived encrypted \(a JWE\), but authorizationCode\(\) has no `idTokenDecryptionKey`/);
    expect(parts(recorded.answers[0]?.id_token)).toBe(5);
    expectNoLeak(err, secretsOf(recorded.answers));
  });

  it("refuses an ID token encrypted to another key than the configured one", async () => {
    const recorded = recordingTokenFetch();
    const wrong = otherKeyPem();
    const err = await failedSignIn(webApp({ fetch: recorded.fetch }, wrong));
    expect(err.message).toMatch(/does not decrypt with `idTokenDecryptionKey`: it was encrypted \(RSA-OAEP-256\) to another key, key id [\w-]{36}\./);
    expect(err.message).toMatch(/public JWK is registered as the client's encryption key/);
    expectNoLeak(err, secretsOf(recorded.answers, wrong, sandbox.credentials.webApp.idTokenDecryptionKeyPem!));
  });

  it("decrypts refreshed ID tokens too: a refresh source without the key, or with another, fails typed", async () => {
    const recorded = recordingTokenFetch();
    const login = webApp({ fetch: recorded.fetch });
    const request = await login.createAuthorizationRequest();
    const { refreshToken } = await login.handleAuthorizationCallback(await sandbox.signIn(request.url), request);
    const { clientId, clientSecret } = sandbox.credentials.webApp;
    const restore = (refresh: string, idTokenDecryptionKey?: string) =>
      refreshTokenSource({
        issuer: sandbox.issuer,
        clientId,
        clientSecret,
        refreshToken: refresh,
        onRefreshTokenRotated: () => {},
        fetch: recorded.fetch,
        ...(idTokenDecryptionKey ? { idTokenDecryptionKey } : {}),
      });

    const withoutKey = await expectAuthError(restore(refreshToken!).getToken(["openid"]), "AUTH_ID_TOKEN_DECRYPTION_FAILED");
    expect(withoutKey.message).toMatch(/but refreshTokenSource\(\) has no `idTokenDecryptionKey`/);
    // That refresh rotated the token server-side; the answer's new one signs the next attempt.
    const next = recorded.answers.at(-1)?.refresh_token ?? "";
    const wrong = otherKeyPem();
    await expectAuthError(restore(next, wrong).getToken(["openid"]), "AUTH_ID_TOKEN_DECRYPTION_FAILED");
    expect(recorded.answers.slice(1).map((a) => parts(a.id_token))).toEqual([5, 5]);
    expectNoLeak(withoutKey, secretsOf(recorded.answers, wrong));

    const last = recorded.answers.at(-1)?.refresh_token ?? "";
    const token = await restore(last, sandbox.credentials.webApp.idTokenDecryptionKeyPem).getToken(["openid", "entity-services.entities.read"]);
    expect(parts(token.value)).toBe(5);
    expect(parts(recorded.answers.at(-1)?.id_token)).toBe(5);
  });

  it("the API refuses an access token it can't decrypt, one that is not encrypted, and DPoP", async () => {
    const login = webApp();
    const request = await login.createAuthorizationRequest();
    const { accessToken } = await login.handleAuthorizationCallback(await sandbox.signIn(request.url), request);
    const [header, key, iv, ciphertext, tag] = accessToken.value.split(".");
    const tampered = [header, key, iv, `${ciphertext?.[0] === "A" ? "B" : "A"}${ciphertext?.slice(1)}`, tag].join(".");
    const url = `${sandbox.baseUrl}/${sandbox.institutionUniversalId}/address-labels`;
    const call = (token: string) => fetch(url, { headers: { authorization: `Bearer ${token}` } });

    expect((await call(accessToken.value)).status).toBe(200);
    const refused = await call(tampered);
    expect(refused.status).toBe(401);
    expect(refused.headers.get("www-authenticate")).toMatch(/error="invalid_token", error_description="the encrypted access token does not decrypt with the API's key"/);
    const plain = await call("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZGEifQ.c2ln");
    expect(plain.status).toBe(401);
    expect(plain.headers.get("www-authenticate")).toMatch(/access tokens must be encrypted \(a five-part JWE\)/);
    // Documented: a DPoP proof's `ath` covers the encrypted token, which this sandbox can't check.
    const bound = await fetch(url, { headers: { authorization: `DPoP ${accessToken.value}`, dpop: "eyJhbGciOiJFUzI1NiJ9.e30.c2ln" } });
    expect(bound.status).toBe(401);
    expect(bound.headers.get("www-authenticate")).toMatch(/can't check DPoP proofs; use encrypted tokens without DPoP/);
  });
});
