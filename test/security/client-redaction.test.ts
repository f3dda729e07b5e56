import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { staticToken, unwrap, type EntityManagementClientOptions } from "../../src/index.js";
import { sendJson } from "../helpers/api-server.js";
import { createTestClient, entityId as EntityId, useTestApiServer } from "../helpers/client-fixture.js";
import { failureOf, renderings } from "../helpers/renderings.js";

const planted = "eyJhbGciOiJQUzI1NiJ9.PLANTED-ACCESS-TOKEN-7f3a9c.c2lnbmF0dXJl";
const server = useTestApiServer();
const client = (options: Partial<EntityManagementClientOptions> = {}) =>
  createTestClient(server.api, {
    auth: staticToken(planted, { scopes: ["entity-services.entities.read", "entity-services.entities.write"] }),
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 },
    timeoutMs: 500,
    ...options,
  });
const getEntity = (c: ReturnType<typeof client>) => c.GET("/entities/{EntityId}", { params: { path: { EntityId } } });

describe("the access token never appears in an error or in what middleware sees", () => {
  const cases: [string, () => void, () => Promise<unknown>][] = [
    ["ApiError", () => server.api.handle((_, r) => sendJson(r, 500, { type: "x", title: "Oops", details: [] })), () => unwrap(getEntity(client()))],
    ["401 after the retry", () => server.api.handle((_, r) => sendJson(r, 401, { type: "x", title: "No", details: [] })), () => unwrap(getEntity(client()))],
    ["InsufficientScopeError", () => server.api.handle((_, r) => sendJson(r, 200, {})), () => client().GET("/address-labels")],
    ["TimeoutError", () => server.api.handle(() => undefined), () => getEntity(client())],
    ["NetworkError", () => server.api.handle((_, r) => r.socket?.destroy()), () => getEntity(client())],
    ["InvalidResponseError", () => server.api.handle((_, r) => r.writeHead(200, { "content-type": "application/json" }).end("{nope")), () => getEntity(client())],
    ["ResponseTooLargeError", () => server.api.handle((_, r) => sendJson(r, 200, { pad: "x".repeat(4096) })), () => getEntity(client({ maxResponseBytes: 100 }))],
    [
      "RequestAbortedError",
      () => server.api.handle(() => undefined),
      () => client().GET("/entities/{EntityId}", { params: { path: { EntityId } }, signal: AbortSignal.timeout(50) }),
    ],
  ];

  it.each(cases)("%s", async (_, serve, call) => {
    serve();
    const failure = await failureOf(call());
    expect(failure).toBeInstanceOf(Error);
    for (const rendering of renderings(failure)) expect(rendering).not.toContain("PLANTED-ACCESS-TOKEN");
    expect(server.api.requests.every((request) => request.headers.authorization === `Bearer ${planted}`)).toBe(true);
  });

  it("not in the client object, nor in the requests a logging middleware sees", async () => {
    server.api.handle((_, r) => sendJson(r, 200, { id: EntityId }));
    const logged: string[] = [];
    const c = client({
      middleware: [
        {
          onRequest: ({ request }) => void logged.push(inspect(request, { depth: 5 }), JSON.stringify([...request.headers])),
          onResponse: ({ request, response }) => void logged.push(JSON.stringify([...request.headers]), JSON.stringify([...response.headers])),
        },
      ],
    });
    expect((await getEntity(c)).response.status).toBe(200);
    expect(logged.length).toBeGreaterThan(0);
    for (const rendering of [...logged, ...renderings(c)]) expect(rendering).not.toContain("PLANTED-ACCESS-TOKEN");
  });
});
