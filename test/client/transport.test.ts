import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { type EntityManagementClientOptions } from "../../src/index.js";
import { NetworkError } from "../../src/errors/network-error.js";
import { RequestAbortedError } from "../../src/errors/request-aborted-error.js";
import { TimeoutError } from "../../src/errors/timeout-error.js";
import { sendJson } from "../helpers/api-server.js";
import { createTestClient, entityId, institution, person, useTestApiServer } from "../helpers/client-fixture.js";
import { countingTokenSource } from "../helpers/token-sources.js";

const server = useTestApiServer();

function client(overrides: Partial<EntityManagementClientOptions> = {}) {
  const tokens = countingTokenSource();
  const instance = createTestClient(server.api, { auth: tokens.source, retry: { baseDelayMs: 10, maxDelayMs: 20 }, ...overrides });
  return { client: instance, tokens };
}

const getEntity = (c: ReturnType<typeof client>["client"], init: { signal?: AbortSignal } = {}) =>
  c.GET("/entities/{EntityId}", { params: { path: { EntityId: entityId } }, ...init });

describe("headers", () => {
  it("sends the bearer token, a UUID request id, Accept and User-Agent on the institution's URL", async () => {
    server.api.handle((_, response) => sendJson(response, 200, { id: entityId }));
    const { client: c } = client({ userAgent: "onboarding/2.3", headers: { "X-Correlation-ID": "corr-1" } });
    const { response } = await getEntity(c);
    expect(response.status).toBe(200);
    const [received] = server.api.requests;
    expect(received?.url).toBe(`/a/api/entity-svcs/v1/${institution}/entities/${entityId}`);
    expect(received?.headers.authorization).toBe("Bearer token-1");
    expect(received?.headers["x-request-id"]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(received?.headers.accept).toBe("application/json, application/problem+json");
    expect(received?.headers["user-agent"]).toMatch(/^entity-management-client\/\d+\.\d+\.\d+ onboarding\/2\.3$/);
    expect(received?.headers["x-correlation-id"]).toBe("corr-1");
    expect(received?.headers["x-entity-management-operation"]).toBeUndefined();
  });

  it("asks the token source for exactly the operation's scopes", async () => {
    server.api.handle((_, response) => sendJson(response, 201, { id: entityId }));
    const { client: c, tokens } = client();
    await c.POST("/entities", { body: person });
    await getEntity(c);
    expect(tokens.requestedScopes).toEqual([["entity-services.entities.write"], ["entity-services.entities.read"]]);
  });
});

describe("401", () => {
  it("invalidates the token and retries exactly once with a fresh one, also for POST", async () => {
    server.api.handle((_, response) => sendJson(response, 401, { type: "jackhenry/unauthenticated", title: "Unauthenticated", details: [] }));
    const { client: c, tokens } = client();
    const { error, response } = await c.POST("/entities", { body: person });
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ title: "Unauthenticated" });
    expect(server.api.requests.map((request) => request.headers.authorization)).toEqual(["Bearer token-1", "Bearer token-2"]);
    expect(tokens.invalidated).toEqual(["token-1"]);
    expect(server.api.requests[0]?.body).toBe(server.api.requests[1]?.body);
  });
});

describe("retries", () => {
  it("never retries a POST on 503", async () => {
    server.api.handle((_, response) => sendJson(response, 503, { type: "x", title: "Unavailable", details: [] }));
    const { response } = await client().client.POST("/entities", { body: person });
    expect(response.status).toBe(503);
    expect(server.api.requests).toHaveLength(1);
  });

  it("retries a GET on 503 after the Retry-After seconds, keeping the request id", async () => {
    let calls = 0;
    server.api.handle((_, response) => {
      calls += 1;
      if (calls === 1) sendJson(response, 503, { type: "x", title: "Unavailable", details: [] }, { "retry-after": "1" });
      else sendJson(response, 200, { id: entityId });
    });
    const started = Date.now();
    const { response } = await getEntity(client().client);
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(server.api.requests).toHaveLength(2);
    expect(server.api.requests[0]?.headers["x-request-id"]).toBe(server.api.requests[1]?.headers["x-request-id"]);
  });

  it("honours an HTTP-date Retry-After on 429", async () => {
    let calls = 0;
    server.api.handle((_, response) => {
      calls += 1;
      const at = new Date(Date.now() + 1500).toUTCString();
      if (calls === 1) sendJson(response, 429, { type: "x", title: "Slow down", details: [] }, { "retry-after": at });
      else sendJson(response, 200, { id: entityId });
    });
    const started = Date.now();
    expect((await getEntity(client().client)).response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(server.api.requests).toHaveLength(2);
  });

  it("gives up at once when Retry-After exceeds the cap, returning the server's answer", async () => {
    server.api.handle((_, response) => sendJson(response, 429, { type: "x", title: "Slow down", details: [] }, { "retry-after": "3600" }));
    const { response } = await getEntity(client().client);
    expect(response.status).toBe(429);
    expect(server.api.requests).toHaveLength(1);
  });

  it("stops after maxAttempts on repeated 502s", async () => {
    server.api.handle((_, response) => sendJson(response, 502, { type: "x", title: "Bad gateway", details: [] }));
    const { response } = await getEntity(client({ retry: { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 2 } }).client);
    expect(response.status).toBe(502);
    expect(server.api.requests).toHaveLength(4);
  });

  it("resends the same body bytes when a PUT is retried", async () => {
    let calls = 0;
    server.api.handle((_, response) => {
      calls += 1;
      if (calls === 1) sendJson(response, 500, { type: "x", title: "Oops", details: [] });
      else response.writeHead(204).end();
    });
    const { response } = await client().client.PUT("/entities/{EntityId}", { params: { path: { EntityId: entityId } }, body: person });
    expect(response.status).toBe(204);
    expect(server.api.requests).toHaveLength(2);
    expect(JSON.parse(server.api.requests[1]?.body ?? "")).toEqual(person);
    expect(server.api.requests[1]?.body).toBe(server.api.requests[0]?.body);
  });

  it("retries a GET whose connection is reset, but not a POST", async () => {
    let calls = 0;
    server.api.handle((_, response) => {
      calls += 1;
      if (calls === 1) response.socket?.destroy();
      else sendJson(response, 200, { id: entityId });
    });
    expect((await getEntity(client().client)).response.status).toBe(200);
    expect(server.api.requests).toHaveLength(2);

    server.api.handle((_, response) => response.socket?.destroy());
    const failure = await client()
      .client.POST("/entities", { body: person })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NetworkError);
    expect((failure as NetworkError).message).toMatch(/POST is not retried automatically/);
    expect(server.api.requests).toHaveLength(1);
  });
});

describe("timeouts and aborts", () => {
  it("ends a call that gets no answer with TimeoutError within its budget", async () => {
    server.api.handle(() => undefined);
    const failure = await getEntity(client({ timeoutMs: 300 }).client).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TimeoutError);
    expect(failure).toMatchObject({ code: "REQUEST_TIMEOUT", timeoutMs: 300 });
  });

  it("ends a call with RequestAbortedError when the caller aborts, without retrying", async () => {
    server.api.handle(() => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const failure = await getEntity(client().client, { signal: controller.signal }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RequestAbortedError);
    expect(server.api.requests).toHaveLength(1);
  });

  it("leaves nothing on the signals it handed fetch once calls end, so a later call's abort reaches no earlier request", async () => {
    const signals: AbortSignal[] = [];
    const recording = (input: string | URL | Request, init?: RequestInit) => {
      if (init?.signal) signals.push(init.signal);
      return fetch(input, init);
    };
    const { client: c } = client({ fetch: recording });
    server.api.handle((_, response) => sendJson(response, 200, { id: entityId }));
    const finished = await Promise.all([getEntity(c), getEntity(c), getEntity(c)]);
    // undici follows a signal until its request is collected; the client removes that listener when the call ends.
    expect(signals.map((signal) => getEventListeners(signal, "abort").length)).toEqual([0, 0, 0]);
    expect(signals.some((signal) => signal.aborted)).toBe(false);

    // The next calls may get those signals again: aborting them fails only them, and every earlier result stays readable.
    server.api.handle(() => undefined);
    const controller = new AbortController();
    const pending = [getEntity(c, { signal: controller.signal }), getEntity(c, { signal: controller.signal })];
    setTimeout(() => controller.abort(), 50);
    for (const failure of await Promise.all(pending.map((call) => call.catch((error: unknown) => error)))) expect(failure).toBeInstanceOf(RequestAbortedError);
    for (const { data, response } of finished) {
      expect(data).toEqual({ id: entityId });
      expect(await response.json()).toEqual({ id: entityId });
    }
    // An aborted signal is never handed out again.
    server.api.handle((_, response) => sendJson(response, 200, { id: entityId }));
    const used = signals.length;
    await getEntity(c);
    expect(signals.at(-1)?.aborted).toBe(false);
    expect(signals.slice(used - 2, used).includes(signals.at(-1) as AbortSignal)).toBe(false);
  });
});
