/**
 * Issue 9, the error model: every refusal is a documented class with its code, `NetworkError`
 * keeps a sanitised cause, a scope the authorization server won't grant is InsufficientScopeError,
 * ApiError exposes the response headers, and a caller's abort keeps its reason.
 */
import { describe, expect, it } from "vitest";
import {
  ApiError,
  AuthError,
  EntityManagementError,
  InsufficientScopeError,
  InvalidRequestError,
  NetworkError,
  RequestAbortedError,
  unwrap,
  type EntityManagementClientOptions,
} from "../../src/index.js";
import { sendJson } from "../helpers/api-server.js";
import { createTestClient, entityId as EntityId, person, useTestApiServer } from "../helpers/client-fixture.js";
import { failureOf, renderings } from "../helpers/renderings.js";
import { countingTokenSource } from "../helpers/token-sources.js";

const server = useTestApiServer();
const tokenValue = (n: number) => `opaque-NetTok3n-${n}-a81f0c`;
const client = (options: Partial<EntityManagementClientOptions> = {}) =>
  createTestClient(server.api, { auth: countingTokenSource(undefined, { value: tokenValue }).source, ...options });
type LooseCall = (path: string, init?: Record<string, unknown>) => Promise<unknown>;

describe("refused before sending: InvalidRequestError", () => {
  it.each([
    ["GET", "/entities/{EntityId}/nonsense"],
    ["GET", "/admin"],
    ["DELETE", "/entities/{EntityId}"],
    ["GET", "https://elsewhere.example/entities"],
  ])("%s %s (not in the spec, from JavaScript): UNKNOWN_OPERATION", async (method, path) => {
    server.api.handle((_, response) => sendJson(response, 200, {}));
    const call = (client() as unknown as Record<string, LooseCall>)[method];
    const failure = await failureOf(call!(path, { params: { path: { EntityId } } }));
    expect(failure).toBeInstanceOf(InvalidRequestError);
    expect(failure).toMatchObject({ code: "UNKNOWN_OPERATION", message: expect.stringMatching(/not an operation of the spec.*nothing was sent/) });
    expect(server.api.requests).toEqual([]);
  });

  it.each(["", ".", ".."])("path parameter %j: INVALID_PATH_PARAM", async (value) => {
    server.api.handle((_, response) => sendJson(response, 200, {}));
    const failure = await failureOf(client().GET("/entities/{EntityId}", { params: { path: { EntityId: value } } }));
    expect(failure).toBeInstanceOf(InvalidRequestError);
    expect(failure).toMatchObject({ code: "INVALID_PATH_PARAM", message: expect.stringContaining("EntityId") });
    expect(server.api.requests).toEqual([]);
  });

  it.each([[{ id: "x" }], [["x"]]])("path parameter %j (an object, from JavaScript): INVALID_PATH_PARAM", async (value) => {
    server.api.handle((_, response) => sendJson(response, 200, {}));
    const failure = await failureOf(client().GET("/entities/{EntityId}", { params: { path: { EntityId: value as unknown as string } } }));
    expect(failure).toBeInstanceOf(InvalidRequestError);
    expect(failure).toMatchObject({ code: "INVALID_PATH_PARAM", message: expect.stringMatching(/EntityId is an? (object|array); pass the id as a string/) });
    expect(server.api.requests).toEqual([]);
  });
});

describe("NetworkError", () => {
  it("keeps a sanitised cause: the failure's name and chain, without the token or its header", async () => {
    // A fetch (a proxy agent, say) whose error quotes the request's Authorization header.
    const leakyFetch = async (_url: string, init: RequestInit): Promise<Response> => {
      const authorization = new Headers(init.headers).get("authorization");
      throw new TypeError("fetch failed", { cause: Object.assign(new Error(`proxy refused request with ${authorization}`), { code: "EPROXY" }) });
    };
    const failure = await failureOf(client({ fetch: leakyFetch }).POST("/entities", { body: person }));
    expect(failure).toBeInstanceOf(NetworkError);
    const error = failure as NetworkError;
    expect(error.message).toMatch(/failed after 1 attempt: EPROXY/);
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.cause).toMatchObject({
      name: "TypeError",
      message: "fetch failed",
      cause: { code: "EPROXY", message: expect.stringMatching(/proxy refused request with Bearer \[redacted\]/) },
    });
    for (const rendering of renderings(error)) expect(rendering).not.toContain("opaque-NetTok3n");
  });

  it("from a real broken connection also has a cause", async () => {
    server.api.handle((_, response) => response.socket?.destroy());
    const failure = await failureOf(client().POST("/entities", { body: person }));
    expect(failure).toBeInstanceOf(NetworkError);
    expect((failure as NetworkError).cause).toBeInstanceOf(Error);
    for (const rendering of renderings(failure)) expect(rendering).not.toContain("opaque-NetTok3n");
  });
});

describe("a scope the authorization server won't grant", () => {
  it("is InsufficientScopeError (status 0, nothing sent) with the source's AuthError as cause", async () => {
    server.api.handle((_, response) => sendJson(response, 200, {}));
    const refusal = new AuthError("AUTH_INVALID_SCOPE", "The token endpoint answered HTTP 400 with invalid_scope.", { status: 400, oauthError: "invalid_scope" });
    const auth = { getToken: () => Promise.reject(refusal), invalidate: () => undefined };
    const failure = await failureOf(client({ auth }).GET("/entities/{EntityId}", { params: { path: { EntityId } } }));
    expect(failure).toBeInstanceOf(InsufficientScopeError);
    expect(failure).toMatchObject({ code: "INSUFFICIENT_SCOPE", status: 0, missingScopes: ["entity-services.entities.read"], operationId: "getEntity" });
    expect((failure as Error).cause).toBe(refusal);
    expect(server.api.requests).toEqual([]);
  });

  it("other AuthErrors pass through as they are", async () => {
    const rejected = new AuthError("AUTH_CLIENT_REJECTED", "invalid_client");
    const failure = await failureOf(client({ auth: { getToken: () => Promise.reject(rejected), invalidate: () => undefined } }).GET("/address-labels"));
    expect(failure).toBe(rejected);
  });
});

describe("ApiError.headers", () => {
  it("exposes a 429's Retry-After and rate-limit headers by lower-case name, without Set-Cookie", async () => {
    server.api.handle((_, response) =>
      sendJson(response, 429, { type: "x", title: "Slow down", details: [] }, { "Retry-After": "120", "X-RateLimit-Remaining": "0", "Set-Cookie": "session=abc" }),
    );
    const failure = await failureOf(unwrap(client().GET("/entities/{EntityId}", { params: { path: { EntityId } } })));
    expect(failure).toBeInstanceOf(ApiError);
    const { headers } = failure as ApiError;
    expect(headers).toMatchObject({ "retry-after": "120", "x-ratelimit-remaining": "0", "content-type": "application/problem+json" });
    expect(headers["set-cookie"]).toBeUndefined();
    expect(Object.isFrozen(headers)).toBe(true);
  });
});

describe("a caller's AbortSignal.timeout()", () => {
  it("surfaces as RequestAbortedError whose cause is the signal's TimeoutError", async () => {
    server.api.handle(() => undefined);
    const signal = AbortSignal.timeout(50);
    const failure = await failureOf(client().GET("/entities/{EntityId}", { params: { path: { EntityId } }, signal }));
    expect(failure).toBeInstanceOf(RequestAbortedError);
    expect(failure).toMatchObject({ code: "REQUEST_ABORTED", message: expect.stringMatching(/TimeoutError/) });
    expect((failure as Error).cause).toBe(signal.reason);
    expect((failure as Error).cause).toBeInstanceOf(DOMException);
    expect((failure as Error).cause).toMatchObject({ name: "TimeoutError" });
  });

  it("a plain abort() keeps its AbortError reason, and a custom reason is kept as given", async () => {
    server.api.handle(() => undefined);
    const abortedWith = async (abort: (controller: AbortController) => void) => {
      const controller = new AbortController();
      const call = client().GET("/entities/{EntityId}", { params: { path: { EntityId } }, signal: controller.signal });
      setTimeout(() => abort(controller), 20);
      const failure = await failureOf(call);
      expect(failure).toBeInstanceOf(RequestAbortedError);
      return (failure as RequestAbortedError).cause;
    };
    expect(await abortedWith((controller) => controller.abort())).toMatchObject({ name: "AbortError" });
    const reason = new Error("user navigated away");
    expect(await abortedWith((controller) => controller.abort(reason))).toBe(reason);
  });
});

describe("every error is an EntityManagementError with a name and a code", () => {
  it("InvalidRequestError", () => {
    const error = new InvalidRequestError("UNKNOWN_OPERATION", "x");
    expect(error).toBeInstanceOf(EntityManagementError);
    expect(error).toMatchObject({ name: "InvalidRequestError", code: "UNKNOWN_OPERATION" });
  });
});
