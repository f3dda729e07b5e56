/**
 * Issue 9, defect 3: an API that echoes the access token back (raw, as `Bearer <token>`, or any
 * JWT-shaped string) in its problem document or its headers. Whatever the client builds from
 * that response (ApiError message, `problem`, `headers`, JSON, inspect) carries none of it.
 */
import { describe, expect, it } from "vitest";
import { ApiError, toApiError, unwrap } from "../../src/index.js";
import { sendJson } from "../helpers/api-server.js";
import { createTestClient, entityId as EntityId, useTestApiServer } from "../helpers/client-fixture.js";
import { failureOf, renderings } from "../helpers/renderings.js";
import { countingTokenSource } from "../helpers/token-sources.js";

// Opaque (not JWT-shaped), so only the client's knowledge of what it sent can redact it.
const tokenValue = (n: number) => `opaque-AccessTok3n-${n}-5c9b2e71`;
const unrelatedBearer = "Bearer unrelated-Cred3ntial-0042";
const unrelatedJwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJlY2hvZWQifQ.c2lnbmF0dXJlLXZhbHVl";
const leaks = [/opaque-AccessTok3n/, /unrelated-Cred3ntial/, /eyJzdWIiOiJlY2hvZWQifQ/, /c2lnbmF0dXJlLXZhbHVl/];

const server = useTestApiServer();

/** Answers `status` with a problem document and headers echoing every credential seen so far. */
function serveEcho(status: number) {
  server.api.handle((request, response) => {
    const seen = server.api.requests.map((received) => String(received.headers.authorization));
    const raw = seen.map((header) => header.replace(/^Bearer /, ""));
    sendJson(
      response,
      status,
      {
        type: "jackhenry/echo",
        title: `Token ${raw.join(" and ")} was refused`,
        details: [...seen, unrelatedBearer, `jwt=${unrelatedJwt}`],
        data: { token: raw[0], nested: { authorization: seen, jwt: unrelatedJwt } },
      },
      {
        "x-echo-token": raw.join(","),
        "x-echo-authorization": String(request.headers.authorization),
        "x-echo-jwt": unrelatedJwt,
        "www-authenticate": `Bearer realm="api", error="invalid_token", error_description="${unrelatedBearer} ${raw.join(" ")}"`,
      },
    );
  });
}

const client = () => createTestClient(server.api, { auth: countingTokenSource(undefined, { value: tokenValue }).source, retry: { maxAttempts: 2, baseDelayMs: 0, maxDelayMs: 0 } });
const getEntity = () => client().GET("/entities/{EntityId}", { params: { path: { EntityId } } });

function expectClean(error: ApiError): void {
  const texts = [...renderings(error), JSON.stringify(error.problem), JSON.stringify(error.headers), error.message];
  for (const text of texts) for (const leak of leaks) expect(text).not.toMatch(leak);
}

describe("an API that echoes the access token", () => {
  it.each([400, 403, 500])("HTTP %i: unwrap's ApiError redacts message, problem and headers, and keeps the rest", async (status) => {
    serveEcho(status);
    const failure = await failureOf(unwrap(getEntity()));
    expect(failure).toBeInstanceOf(ApiError);
    const error = failure as ApiError;
    expectClean(error);
    // Redacted in place, not dropped: the structure and the harmless text survive.
    expect(error.problem?.title).toMatch(/^Token \[redacted\].* was refused$/);
    expect(error.problem?.details).toContain("Bearer [redacted]");
    expect(error.problem?.data).toMatchObject({ token: "[redacted]", nested: { jwt: "[redacted]" } });
    expect(error.headers["x-echo-token"]).toContain("[redacted]");
    expect(error.headers["x-echo-jwt"]).toBe("[redacted]");
    expect(error.message).toContain("was refused");
  });

  it("HTTP 401: both the first token and the fresh one are redacted", async () => {
    serveEcho(401);
    const result = await getEntity();
    expect(server.api.requests.map((request) => request.headers.authorization)).toEqual([`Bearer ${tokenValue(1)}`, `Bearer ${tokenValue(2)}`]);
    const error = toApiError(result.response, result.error);
    expect(error).toMatchObject({ status: 401, code: "API_UNAUTHORIZED" });
    expectClean(error);
    expect(error.problem?.title).toBe("Token [redacted] and [redacted] was refused");
  });

  it("toApiError on the call's own result is as clean as unwrap", async () => {
    serveEcho(409);
    const result = await getEntity();
    const error = toApiError(result.response, result.error);
    expect(error).toMatchObject({ status: 409, code: "API_CONFLICT" });
    expectClean(error);
    expect(error.headers["x-echo-authorization"]).toBe("Bearer [redacted]");
  });

  it("keeps a WWW-Authenticate challenge readable: its auth-params are not credentials", async () => {
    serveEcho(400);
    const error = (await failureOf(unwrap(getEntity()))) as ApiError;
    expectClean(error);
    expect(error.headers["www-authenticate"]).toMatch(/^Bearer realm="api", error="invalid_token", error_description="Bearer \[redacted\] \[redacted\]"$/);
    const challenge = new Response(null, { status: 401, headers: { "www-authenticate": 'DPoP error="use_dpop_nonce", algs="ES256"' } });
    expect(toApiError(challenge, undefined).headers["www-authenticate"]).toBe('DPoP error="use_dpop_nonce", algs="ES256"');
  });

  it("toApiError on a Response that did not come from this client still removes bearer- and JWT-shaped text", () => {
    const response = new Response(null, { status: 400, headers: { "x-echo-authorization": unrelatedBearer, "x-echo-jwt": unrelatedJwt } });
    const error = toApiError(response, { type: "x", title: `Echo ${unrelatedBearer}`, details: [unrelatedJwt] });
    expectClean(error);
    expect(error.problem).toMatchObject({ title: "Echo Bearer [redacted]", details: ["[redacted]"] });
  });
});
