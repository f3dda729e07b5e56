/**
 * Issue 9, defect 4: the client follows no redirect. A 3xx to another origin sends nothing at all
 * there (no body, request id, DPoP proof, caller header or token); a same-origin 307 on a PUT is
 * sent once and returned as the answer (`unwrap` → ApiError API_REDIRECT), never retried.
 */
import { describe, expect, it } from "vitest";
import { ApiError, InvalidOptionsError, NetworkError, unwrap } from "../../src/index.js";
import { createTestClient, entityId as EntityId, institution, person, useTestApiServer } from "../helpers/client-fixture.js";
import { failureOf } from "../helpers/renderings.js";
import { stubDpopTokenSource } from "../helpers/token-sources.js";

const api = useTestApiServer();
const elsewhere = useTestApiServer();
const proof = "stub-dpop-proof-4b7e";
const base = () => `/a/api/entity-svcs/v1/${institution}`;

function client() {
  const tokens = stubDpopTokenSource(proof);
  const c = createTestClient(api.api, {
    auth: tokens.source,
    headers: { "X-Correlation-ID": "client-header-31a" },
    // Retries on and instant: a redirect that were retried would show in the request count.
    retry: { maxAttempts: 3, baseDelayMs: 0, maxDelayMs: 0 },
  });
  return { c, tokens };
}

const callHeaders = { "X-Caller-Header": "caller-header-77d" };
type Call = (c: ReturnType<typeof client>["c"]) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
const calls: Record<"GET" | "PUT" | "POST", Call> = {
  GET: (c) => c.GET("/entities/{EntityId}", { params: { path: { EntityId } }, headers: callHeaders }),
  PUT: (c) => c.PUT("/entities/{EntityId}", { params: { path: { EntityId } }, body: person, headers: callHeaders }),
  POST: (c) => c.POST("/entities", { body: person, headers: callHeaders }),
};

const cases = (["GET", "PUT", "POST"] as const).flatMap((method) => ([301, 302, 303, 307, 308] as const).map((status) => [method, status] as const));

describe("a redirect to another origin", () => {
  it.each(cases)("%s answered %i: nothing reaches the other origin; the 3xx is the answer", async (method, status) => {
    api.api.handle((_, response) => response.writeHead(status, { location: `${elsewhere.api.origin}/collect?from=${method}` }).end());
    elsewhere.api.handle((_, response) => response.writeHead(200, { "content-type": "application/json" }).end("{}"));
    const { c, tokens } = client();

    const result = await calls[method](c);
    expect(result.response.status).toBe(status);
    expect(elsewhere.api.requests).toEqual([]);
    // It was a real send, with everything the other origin must not see.
    expect(api.api.requests).toHaveLength(1);
    const [sent] = api.api.requests;
    expect(sent).toMatchObject({
      method,
      headers: { authorization: "DPoP token-1", dpop: proof, "x-correlation-id": "client-header-31a", "x-caller-header": "caller-header-77d" },
    });
    expect(sent?.headers["x-request-id"]).toEqual(expect.any(String));
    expect(tokens.issuedCount()).toBe(1);

    const failure = await failureOf(unwrap(calls[method](c)));
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status, code: "API_REDIRECT", headers: { location: `${elsewhere.api.origin}/collect?from=${method}` } });
    expect((failure as ApiError).message).toMatch(/follows no redirect/);
    expect(elsewhere.api.requests).toEqual([]);
  });

  it("a caller can't opt back into following redirects per call", async () => {
    api.api.handle((_, response) => response.writeHead(307, { location: `${elsewhere.api.origin}/collect` }).end());
    elsewhere.api.handle((_, response) => response.writeHead(200).end());
    const { c } = client();
    // From JavaScript (the types have no such option): RequestInit's redirect would undo "manual".
    const failure = await failureOf(c.GET("/entities/{EntityId}", { params: { path: { EntityId } }, redirect: "follow" } as never));
    expect(failure).toBeInstanceOf(InvalidOptionsError);
    expect(failure).toMatchObject({ code: "INVALID_OPTIONS", message: expect.stringMatching(/redirect is not a per-call option/) });
    expect(api.api.requests).toEqual([]);
    expect(elsewhere.api.requests).toEqual([]);
  });
});

describe("a same-origin redirect", () => {
  it("307 on a PUT: one send, no NetworkError, the 307 is the answer and is not retried", async () => {
    const target = `${api.api.origin}${base()}/entities/${EntityId}?moved=1`;
    api.api.handle((_, response) => response.writeHead(307, { location: target }).end());
    const { c } = client();

    const result = await calls.PUT(c);
    expect(result.response.status).toBe(307);
    expect(api.api.requests).toHaveLength(1);
    expect(JSON.parse(api.api.requests[0]?.body ?? "")).toEqual(person);

    const failure = await failureOf(unwrap(calls.PUT(c)));
    expect(failure).not.toBeInstanceOf(NetworkError);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 307, code: "API_REDIRECT", headers: { location: target } });
    expect(api.api.requests).toHaveLength(2);
  });

  it("308 on a GET is not followed either, even to a path inside the base URL", async () => {
    api.api.handle((request, response) =>
      request.url.includes("moved")
        ? response.writeHead(200, { "content-type": "application/json" }).end("{}")
        : response.writeHead(308, { location: `${base()}/entities/${EntityId}?moved=1` }).end(),
    );
    const { c } = client();
    const { response } = await calls.GET(c);
    expect(response.status).toBe(308);
    expect(api.api.requests.map((request) => request.url)).toEqual([`${base()}/entities/${EntityId}`]);
  });
});
