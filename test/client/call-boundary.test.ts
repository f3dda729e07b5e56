/**
 * Issue 9, defect 11: nothing routes a call around the client. Per-call options that would
 * replace its transport, base URL or serialisation are refused (and sent nowhere); a client
 * middleware that moves a request to another origin, path or method is refused before anything
 * is sent; and no middleware sees the Authorization header or DPoP proof.
 */
import type { Middleware } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { InvalidOptionsError, InvalidRequestError } from "../../src/index.js";
import { sendJson } from "../helpers/api-server.js";
import { createTestClient, entityId as EntityId, institution, person, useTestApiServer } from "../helpers/client-fixture.js";
import { failureOf } from "../helpers/renderings.js";
import { stubDpopTokenSource } from "../helpers/token-sources.js";

const api = useTestApiServer();
const elsewhere = useTestApiServer();
const serviceRoot = () => `${api.api.origin}/a/api/entity-svcs/v1`;

function serveBoth() {
  api.api.handle((_, response) => sendJson(response, 200, { id: EntityId }));
  elsewhere.api.handle((_, response) => sendJson(response, 200, { id: EntityId }));
}

describe("per-call options the client owns", () => {
  // Each records whether it ran, so the test sees a refused option was never used either.
  let used: string[] = [];
  const note = (name: string) => used.push(name);
  const owned: [string, () => unknown][] = [
    ["fetch", () => async (request: Request) => (note("fetch"), fetch(request))],
    ["baseUrl", () => `${elsewhere.api.origin}/a/api/entity-svcs/v1/${institution}`],
    ["pathSerializer", () => () => (note("pathSerializer"), "/../../elsewhere")],
    ["querySerializer", () => () => (note("querySerializer"), "access_token=leaked")],
    ["bodySerializer", () => (body: unknown) => (note("bodySerializer"), JSON.stringify(body))],
    [
      "Request",
      () =>
        class extends Request {
          constructor(input: RequestInfo | URL, init?: RequestInit) {
            super(input, init);
            note("Request");
          }
        },
    ],
    ["middleware", () => [{ onRequest: () => void note("middleware") } satisfies Middleware]],
  ];

  it.each(owned)("%s: InvalidOptionsError naming it, never used, nothing sent anywhere", async (name, value) => {
    serveBoth();
    used = [];
    const c = createTestClient(api.api);
    const failure = await failureOf(c.PUT("/entities/{EntityId}", { params: { path: { EntityId } }, body: person, [name]: value() } as never));
    expect(failure).toBeInstanceOf(InvalidOptionsError);
    expect(failure).toMatchObject({ code: "INVALID_OPTIONS", message: expect.stringContaining(`${name} is not a per-call option`) });
    expect(used).toEqual([]);
    expect(api.api.requests).toEqual([]);
    expect(elsewhere.api.requests).toEqual([]);
  });

  it.each(["credentials", "redirect", "keepalive", "window", "requestInitExt"])("any other RequestInit key (%s) is refused too", async (name) => {
    serveBoth();
    const failure = await failureOf(createTestClient(api.api).GET("/entities/{EntityId}", { params: { path: { EntityId } }, [name]: "x" } as never));
    expect(failure).toBeInstanceOf(InvalidOptionsError);
    expect(api.api.requests).toEqual([]);
  });
});

describe("a client middleware that moves the request", () => {
  const moves: [string, (request: Request) => Request][] = [
    ["to another origin", (request) => new Request(`${elsewhere.api.origin}/a/api/entity-svcs/v1/${institution}/entities/${EntityId}`, request)],
    ["to another institution on the same origin", (request) => new Request(`${serviceRoot()}/00000000-0000-4000-8000-000000000000/entities/${EntityId}`, request)],
    ["to a sibling path sharing the base URL's prefix", (request) => new Request(`${serviceRoot()}/${institution}0/entities/${EntityId}`, request)],
    ["to the service root above the institution", (request) => new Request(`${serviceRoot()}/entities/${EntityId}`, request)],
    ["to another method", (request) => new Request(request.url, { method: "DELETE", headers: request.headers })],
  ];

  it.each(moves)("%s: InvalidRequestError REQUEST_OUTSIDE_BASE_URL, nothing sent", async (_, move) => {
    serveBoth();
    const tokens = stubDpopTokenSource();
    const c = createTestClient(api.api, { auth: tokens.source, middleware: [{ onRequest: ({ request }) => move(request) }] });
    const failure = await failureOf(c.GET("/entities/{EntityId}", { params: { path: { EntityId } } }));
    expect(failure).toBeInstanceOf(InvalidRequestError);
    expect(failure).toMatchObject({ code: "REQUEST_OUTSIDE_BASE_URL", message: expect.stringMatching(/nothing was sent/) });
    expect(api.api.requests).toEqual([]);
    expect(elsewhere.api.requests).toEqual([]);
    // Refused before the token was even asked for.
    expect(tokens.issuedCount()).toBe(0);
  });

  it("a middleware that only adds a header inside the base URL is fine", async () => {
    serveBoth();
    const c = createTestClient(api.api, {
      middleware: [{ onRequest: ({ request }) => (request.headers.set("x-added-by-middleware", "yes"), request) }],
    });
    const { response } = await c.GET("/entities/{EntityId}", { params: { path: { EntityId } } });
    expect(response.status).toBe(200);
    expect(api.api.requests[0]?.headers["x-added-by-middleware"]).toBe("yes");
  });
});

describe("what middleware sees", () => {
  it("never the Authorization header nor the DPoP proof, on the request or after the response; a forged one is overwritten", async () => {
    serveBoth();
    const seen: (string | null)[] = [];
    const tokens = stubDpopTokenSource("stub-dpop-proof-4b7e");
    const c = createTestClient(api.api, {
      auth: tokens.source,
      middleware: [
        {
          onRequest: ({ request }) => {
            seen.push(request.headers.get("authorization"), request.headers.get("dpop"));
            request.headers.set("authorization", "Bearer forged-by-middleware");
            return request;
          },
          onResponse: ({ request }) => void seen.push(request.headers.get("dpop")),
        },
      ],
    });
    await c.GET("/entities/{EntityId}", { params: { path: { EntityId } } });
    expect(seen).toEqual([null, null, null]);
    expect(api.api.requests[0]?.headers).toMatchObject({ authorization: "DPoP token-1", dpop: "stub-dpop-proof-4b7e" });
  });
});
