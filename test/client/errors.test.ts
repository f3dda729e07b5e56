import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { ApiError, InsufficientScopeError, InvalidResponseError, unwrap } from "../../src/index.js";
import { sendJson } from "../helpers/api-server.js";
import { createTestClient, entityId, institution, useTestApiServer } from "../helpers/client-fixture.js";
import { countingTokenSource } from "../helpers/token-sources.js";

const server = useTestApiServer();
const client = (grant?: (requested: readonly string[]) => readonly string[]) => createTestClient(server.api, { auth: countingTokenSource(grant).source });
const getEntity = (c: ReturnType<typeof client>) => c.GET("/entities/{EntityId}", { params: { path: { EntityId: entityId } } });

describe("problem details", () => {
  it("keeps the typed error branch and turns it into ApiError with unwrap", async () => {
    const problem = { type: "jackhenry/not-found", title: "Entity not found", details: ["No entity has this id."], data: null };
    server.api.handle((_, response) => sendJson(response, 404, problem, { "x-request-id": "server-echo" }));
    const result = await getEntity(client());
    expect(result.data).toBeUndefined();
    expect(result.error).toEqual(problem);

    const failure = await unwrap(getEntity(client())).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    const apiError = failure as ApiError;
    expect(apiError).toMatchObject({ status: 404, code: "API_NOT_FOUND", problem, operationId: "getEntity" });
    expect(apiError.requestId).toBe(server.api.requests.at(-1)?.headers["x-request-id"]);
    expect(apiError.request).toMatchObject({ method: "GET", url: `${server.api.origin}/a/api/entity-svcs/v1/${institution}/entities/${entityId}` });
    expect(apiError.message).toContain("Entity not found — No entity has this id.");
  });

  it("still produces an ApiError from a non-JSON or malformed error body", async () => {
    server.api.handle((_, response) => response.writeHead(502, { "content-type": "text/html" }).end("<html>bad gateway</html>"));
    const htmlFailure = (await unwrap(getEntity(client())).catch((error: unknown) => error)) as ApiError;
    expect(htmlFailure).toBeInstanceOf(ApiError);
    expect(htmlFailure).toMatchObject({ status: 502, code: "API_SERVER_ERROR", problem: undefined });

    server.api.handle((_, response) => sendJson(response, 400, { message: "not a problem document" }));
    const oddFailure = (await unwrap(getEntity(client())).catch((error: unknown) => error)) as ApiError;
    expect(oddFailure).toMatchObject({ status: 400, code: "API_BAD_REQUEST", problem: undefined });
  });

  it("returns the success body from unwrap", async () => {
    server.api.handle((_, response) => sendJson(response, 200, { id: entityId, entityType: "person" }));
    await expect(unwrap(getEntity(client()))).resolves.toEqual({ id: entityId, entityType: "person" });
  });

  it("rejects invalid JSON under a 200 with InvalidResponseError that does not quote the body", async () => {
    server.api.handle((_, response) => response.writeHead(200, { "content-type": "application/json" }).end('{"id": "secret-looking-value'));
    const failure = await getEntity(client()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InvalidResponseError);
    expect(String((failure as Error).message)).not.toContain("secret-looking-value");
  });
});

describe("insufficient scope", () => {
  it("fails before sending when the token lacks the operation's scope", async () => {
    server.api.handle((_, response) => sendJson(response, 200, {}));
    const failure = await getEntity(client(() => ["entity-services.entities.write"])).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InsufficientScopeError);
    expect(failure).toMatchObject({ code: "INSUFFICIENT_SCOPE", missingScopes: ["entity-services.entities.read"], status: 0 });
    expect(server.api.requests).toHaveLength(0);
  });

  it("maps a 403 insufficient_scope challenge to the same error", async () => {
    server.api.handle((_, response) =>
      sendJson(
        response,
        403,
        { type: "jackhenry/forbidden", title: "Forbidden", details: [] },
        {
          "www-authenticate": 'Bearer error="insufficient_scope", scope="entity-services.entities.read"',
        },
      ),
    );
    const failure = await unwrap(getEntity(client())).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InsufficientScopeError);
    expect(failure).toMatchObject({ status: 403, missingScopes: ["entity-services.entities.read"], operationId: "getEntity" });
  });
});

describe("redaction", () => {
  it("never shows the access token in an error's message, problem, JSON or inspect output, even when the API echoes it", async () => {
    server.api.handle((request, response) => sendJson(response, 401, { type: "x", title: "Unauthenticated", details: [String(request.headers.authorization)] }));
    const failure = (await unwrap(getEntity(client())).catch((error: unknown) => error)) as ApiError;
    expect(failure).toBeInstanceOf(ApiError);
    // Checked one by one: spreading the error would drop `message` (an own non-enumerable property).
    const texts = [failure.message, failure.stack ?? "", JSON.stringify(failure), JSON.stringify(failure.problem), inspect(failure, { depth: 5 }), failure.request.url];
    for (const text of texts) expect(text).not.toMatch(/token-\d/);
    // The echo was redacted in place, so the check above had something to find.
    expect(failure.problem?.details).toEqual(["Bearer [redacted]"]);
    expect(failure.message).toContain("Bearer [redacted]");
  });

  it("redacts credential-like query values in the reported URL", async () => {
    server.api.handle((_, response) => sendJson(response, 400, { type: "x", title: "Bad", details: [] }));
    const c = client();
    const result = await c.POST("/entities/search", {
      params: { query: { offset: 0, count: 5, access_token: "leak-me" } as never },
      body: {},
    });
    const failure = (await unwrap(Promise.resolve(result)).catch((error: unknown) => error)) as ApiError;
    expect(failure.request.url).toContain("access_token=%5BREDACTED%5D");
    expect(failure.message).not.toContain("leak-me");
  });
});
