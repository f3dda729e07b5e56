/**
 * Issue 9, defect 1: an access token an HTTP header can't carry (CR, LF, NUL). Whether a custom
 * source or the token endpoint hands it out, the call ends with a typed AuthError that names the
 * problem, nothing reaches the API, nothing is retried, and the token's text is printed nowhere.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AuthError, clientCredentials, type EntityManagementClientOptions } from "../../src/index.js";
import { startFakeIssuer, type FakeIssuer } from "../auth/helpers/fake-issuer.js";
import { sendJson } from "../helpers/api-server.js";
import { createTestClient, entityId as EntityId, person, useTestApiServer } from "../helpers/client-fixture.js";
import { recordingLogger } from "../helpers/recording-logger.js";
import { failureOf, renderings } from "../helpers/renderings.js";
import { countingTokenSource } from "../helpers/token-sources.js";

// Distinctive text on both sides of the bad character, so a leak of either half shows.
const head = "MALFORMED-TOKEN-HEAD-5d1e";
const tail = "X-Injected-Tail-8c2f";
const badTokens = [
  ["CR LF", `${head}\r\n${tail}: 1`],
  ["LF", `${head}\n${tail}`],
  ["CR", `${head}\r${tail}`],
  ["NUL", `${head}\u0000${tail}`],
] as const;

const server = useTestApiServer();
let issuer: FakeIssuer;
beforeAll(async () => {
  issuer = await startFakeIssuer();
});
afterAll(() => issuer.stop());
beforeEach(() => {
  issuer.reset();
  server.api.handle((_, response) => sendJson(response, 200, { id: EntityId }));
});

function client(auth: EntityManagementClientOptions["auth"]) {
  const { logger, lines } = recordingLogger();
  // Retries on and instant: a call that retried would show it in the request and token counts.
  const c = createTestClient(server.api, { auth, logger, retry: { maxAttempts: 3, baseDelayMs: 0, maxDelayMs: 0 } });
  return { c, lines };
}

function expectNoTokenText(failure: unknown, lines: readonly unknown[]): void {
  for (const rendering of [...renderings(failure), JSON.stringify(lines)]) {
    expect(rendering).not.toContain(head);
    expect(rendering).not.toContain(tail);
  }
}

describe("a token with characters an HTTP header can't carry", () => {
  it.each(badTokens)("%s from a custom token source: AuthError AUTH_MALFORMED_TOKEN, nothing sent, no retry, no token text", async (_, bad) => {
    const tokens = countingTokenSource(undefined, { value: () => bad });
    const { c, lines } = client(tokens.source);
    const failure = await failureOf(c.GET("/entities/{EntityId}", { params: { path: { EntityId } } }));

    expect(failure).toBeInstanceOf(AuthError);
    expect(failure).toMatchObject({ code: "AUTH_MALFORMED_TOKEN", message: expect.stringMatching(/CR, LF, NUL/) });
    expect(server.api.requests).toHaveLength(0);
    expect(tokens.issuedCount()).toBe(1);
    expect(lines.filter((line) => line.level === "warn")).toEqual([]);
    expectNoTokenText(failure, lines);
  });

  it.each(badTokens)("%s as the access_token of a token endpoint (clientCredentials): an AuthError, one token request, nothing sent", async (_, bad) => {
    issuer.handler = () => ({ body: { access_token: bad, token_type: "Bearer", expires_in: 600 } });
    const auth = clientCredentials({ issuer: issuer.issuer, clientId: "malformed-token-client", clientSecret: "a-client-secret-of-some-length" });
    const { c, lines } = client(auth);
    const failure = await failureOf(c.POST("/entities", { body: person }));

    expect(failure).toBeInstanceOf(AuthError);
    // The client's header check, or the source's own check of the token response: either names the problem.
    expect(["AUTH_MALFORMED_TOKEN", "AUTH_TOKEN_ENDPOINT_ERROR"]).toContain((failure as AuthError).code);
    expect((failure as AuthError).message).toMatch(/CR|LF|NUL|control|header/);
    expect(issuer.tokenRequests).toHaveLength(1);
    expect(server.api.requests).toHaveLength(0);
    expect(lines.filter((line) => line.level === "warn")).toEqual([]);
    expectNoTokenText(failure, lines);
  });

  it("is forgotten, so the next call asks the source again rather than reusing it", async () => {
    const tokens = countingTokenSource(undefined, { value: (n) => (n === 1 ? `${head}\r\n${tail}` : `good-token-${n}-0f3c9a`) });
    const { c } = client(tokens.source);
    await failureOf(c.GET("/entities/{EntityId}", { params: { path: { EntityId } } }));
    const { response } = await c.GET("/entities/{EntityId}", { params: { path: { EntityId } } });
    expect(response.status).toBe(200);
    expect(tokens.issuedCount()).toBe(2);
    expect(tokens.invalidated).toEqual([`${head}\r\n${tail}`]);
    expect(server.api.requests.map((request) => request.headers.authorization)).toEqual(["Bearer good-token-2-0f3c9a"]);
  });
});
