import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { staticToken } from "../../src/index.js";
import { sendJson } from "../helpers/api-server.js";
import { createTestClient, entityId, person, useTestApiServer } from "../helpers/client-fixture.js";
import { recordingLogger } from "../helpers/recording-logger.js";

const server = useTestApiServer();
const planted = "PLANTED-LOGGED-TOKEN-91c2";

describe("logger", () => {
  it("warns once per retry and reports the finished call, with the request id and no token", async () => {
    let calls = 0;
    server.api.handle((_, response) => {
      calls += 1;
      if (calls === 1) return sendJson(response, 401, { type: "x", title: "Unauthenticated", details: [] });
      if (calls === 2) return sendJson(response, 503, { type: "x", title: "Busy", details: [] }, { "retry-after": "0" });
      return sendJson(response, 200, { id: entityId });
    });
    const { logger, lines } = recordingLogger();
    const client = createTestClient(server.api, { auth: staticToken(planted), logger, retry: { baseDelayMs: 1, maxDelayMs: 2 } });
    const { response } = await client.GET("/entities/{EntityId}", { params: { path: { EntityId: entityId } } });
    expect(response.status).toBe(200);

    expect(lines.map(({ level, message, fields }) => [level, message, fields.attempt, fields.status])).toEqual([
      ["warn", "retrying once with a fresh token", 1, 401],
      ["warn", "retrying", 2, 503],
      ["debug", "call finished", 3, 200],
    ]);
    const requestId = server.api.requests[0]?.headers["x-request-id"];
    expect(lines.every(({ fields }) => fields.requestId === requestId && fields.operationId === "getEntity")).toBe(true);
    expect(lines[1]?.fields.delayMs).toBe(0);
    expect(lines[2]?.fields.durationMs).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(lines)).not.toContain(planted);
  });

  it("warns about a retried network error, naming the failure", async () => {
    let calls = 0;
    server.api.handle((_, response) => {
      calls += 1;
      if (calls === 1) response.socket?.destroy();
      else sendJson(response, 200, { id: entityId });
    });
    const { logger, lines } = recordingLogger();
    const client = createTestClient(server.api, { logger, retry: { baseDelayMs: 1, maxDelayMs: 2 } });
    await client.GET("/entities/{EntityId}", { params: { path: { EntityId: entityId } } });
    expect(lines[0]).toMatchObject({ level: "warn", message: "retrying after a network error", fields: { attempt: 1, reason: expect.any(String) } });
    expect(lines[1]).toMatchObject({ level: "debug", fields: { attempt: 2, status: 200 } });
  });

  it("every retry of a call is a warn line: fresh token, backoff on a status, backoff on a network error", async () => {
    const script = [
      (response: ServerResponse) => sendJson(response, 401, { type: "x", title: "Unauthenticated", details: [] }),
      (response: ServerResponse) => sendJson(response, 429, { type: "x", title: "Slow down", details: [] }, { "retry-after": "0" }),
      (response: ServerResponse) => response.socket?.destroy(),
    ];
    server.api.handle((_, response) => (script[server.api.requests.length - 1] ?? ((r) => sendJson(r, 200, { id: entityId })))(response));
    const { logger, lines } = recordingLogger();
    const client = createTestClient(server.api, { logger, retry: { maxAttempts: 3, baseDelayMs: 0, maxDelayMs: 0 } });
    const { response } = await client.PUT("/entities/{EntityId}", { params: { path: { EntityId: entityId } }, body: person });
    expect(response.status).toBe(200);
    expect(server.api.requests).toHaveLength(4);
    const warns = lines.filter((line) => line.level === "warn");
    expect(warns.map(({ message, fields }) => [message, fields.attempt])).toEqual([
      ["retrying once with a fresh token", 1],
      ["retrying", 2],
      ["retrying after a network error", 3],
    ]);
    expect(warns.map(({ fields }) => fields.reason)).toEqual(["HTTP 401", "HTTP 429", expect.any(String)]);
  });
});
