import { describe, expect, it } from "vitest";
import { NetworkError, RequestAbortedError, ResponseTooLargeError, TimeoutError, type EntityManagementClientOptions } from "../../src/index.js";
import { sendJson } from "../helpers/api-server.js";
import { createTestClient, entityId as EntityId, person, useTestApiServer } from "../helpers/client-fixture.js";
import { failureOf } from "../helpers/renderings.js";
import { neverAnsweringTokenSource } from "../helpers/token-sources.js";

const server = useTestApiServer();
const client = (options: Partial<EntityManagementClientOptions> = {}) => createTestClient(server.api, { retry: { baseDelayMs: 5, maxDelayMs: 10 }, ...options });
const getEntity = (c: ReturnType<typeof client>, signal?: AbortSignal) => c.GET("/entities/{EntityId}", { params: { path: { EntityId } }, ...(signal ? { signal } : {}) });

describe("a broken connection", () => {
  it("mid-body: a GET is retried and succeeds; a POST ends with NetworkError after one attempt", async () => {
    let calls = 0;
    server.api.handle((_, response) => {
      calls += 1;
      if (calls > 1) return sendJson(response, 200, { id: EntityId });
      response.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
      response.write('{"id": "9b2f');
      setTimeout(() => response.socket?.destroy(), 20);
    });
    expect((await getEntity(client())).response.status).toBe(200);
    expect(server.api.requests).toHaveLength(2);

    server.api.handle((_, response) => {
      response.writeHead(201, { "content-type": "application/json", "content-length": "1000" });
      response.write('{"id"');
      setTimeout(() => response.socket?.destroy(), 20);
    });
    expect(await failureOf(client().POST("/entities", { body: person }))).toBeInstanceOf(NetworkError);
    expect(server.api.requests).toHaveLength(1);
  });
});

describe("a POST is never repeated", () => {
  it.each([408, 429, 500, 502, 503, 504])("on %i", async (status) => {
    server.api.handle((_, response) => sendJson(response, status, { type: "x", title: "No", details: [] }, { "retry-after": "0" }));
    const { response } = await client().POST("/entities", { body: person });
    expect(response.status).toBe(status);
    expect(server.api.requests).toHaveLength(1);
  });
});

describe("gateway errors on a GET", () => {
  it.each([502, 503, 504])("%i is retried up to maxAttempts, then its answer is returned", async (status) => {
    server.api.handle((_, response) => sendJson(response, status, { type: "x", title: "Gateway", details: [] }));
    const { response, error } = await getEntity(client({ retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 } }));
    expect(response.status).toBe(status);
    expect(error).toMatchObject({ title: "Gateway" });
    expect(server.api.requests).toHaveLength(3);
  });
});

describe("huge bodies", () => {
  it("refuses a declared length over maxResponseBytes without reading it", async () => {
    server.api.handle((_, response) => response.writeHead(200, { "content-type": "application/json", "content-length": String(10 * 2 ** 20) }).write("{"));
    const failure = await failureOf(getEntity(client({ maxResponseBytes: 2 ** 20 })));
    expect(failure).toBeInstanceOf(ResponseTooLargeError);
    expect(server.api.requests).toHaveLength(1);
  });

  it("stops reading a chunked body once it passes maxResponseBytes", async () => {
    server.api.handle((_, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      const chunk = "x".repeat(64 * 1024);
      const timer = setInterval(() => response.write(chunk), 1);
      response.on("close", () => clearInterval(timer));
    });
    const failure = await failureOf(getEntity(client({ maxResponseBytes: 2 ** 20 })));
    expect(failure).toMatchObject({ code: "API_RESPONSE_TOO_LARGE", maxResponseBytes: 2 ** 20 });
  });
});

describe("the call's budget", () => {
  it("covers a body that trickles in too slowly", async () => {
    server.api.handle((_, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"id":');
    });
    const started = Date.now();
    const failure = await failureOf(getEntity(client({ timeoutMs: 300 })));
    expect(failure).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("covers backoff waits: no retry starts after the budget is spent", async () => {
    server.api.handle((_, response) => sendJson(response, 503, { type: "x", title: "Busy", details: [] }, { "retry-after": "5" }));
    const failure = await failureOf(getEntity(client({ timeoutMs: 400 })));
    expect(failure).toBeInstanceOf(TimeoutError);
    expect(server.api.requests).toHaveLength(1);
  });

  it("covers a token source that never answers", async () => {
    server.api.handle((_, response) => sendJson(response, 200, {}));
    const failure = await failureOf(getEntity(client({ auth: neverAnsweringTokenSource(), timeoutMs: 200 })));
    expect(failure).toBeInstanceOf(TimeoutError);
    expect(server.api.requests).toHaveLength(0);
  });
});

describe("the caller's abort", () => {
  const abortAfter = (ms: number) => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), ms);
    return controller.signal;
  };

  it("while waiting for the token", async () => {
    server.api.handle((_, response) => sendJson(response, 200, {}));
    expect(await failureOf(getEntity(client({ auth: neverAnsweringTokenSource() }), abortAfter(30)))).toBeInstanceOf(RequestAbortedError);
    expect(server.api.requests).toHaveLength(0);
  });

  it("during a backoff wait, without another attempt", async () => {
    server.api.handle((_, response) => sendJson(response, 503, { type: "x", title: "Busy", details: [] }, { "retry-after": "2" }));
    expect(await failureOf(getEntity(client(), abortAfter(100)))).toBeInstanceOf(RequestAbortedError);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.api.requests).toHaveLength(1);
  });

  it("while the body is arriving", async () => {
    server.api.handle((_, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"id":');
    });
    expect(await failureOf(getEntity(client(), abortAfter(100)))).toBeInstanceOf(RequestAbortedError);
  });

  it("before the call starts", async () => {
    server.api.handle((_, response) => sendJson(response, 200, {}));
    const controller = new AbortController();
    controller.abort();
    expect(await failureOf(getEntity(client(), controller.signal))).toBeInstanceOf(RequestAbortedError);
    expect(server.api.requests).toHaveLength(0);
  });
});
