import { describe, expect, it } from "vitest";
import { InvalidOptionsError, operations, unwrap, type OperationId, type OperationInfo } from "../../src/index.js";
import { sendJson } from "../helpers/api-server.js";
import { collect, createTestClient, entityId, person, useTestApiServer } from "../helpers/client-fixture.js";

const server = useTestApiServer();
const client = () => createTestClient(server.api);
const received = () =>
  server.api.requests.map(({ method, url, body }) => ({
    method,
    url: new URL(url, server.api.origin).pathname.replace(/^.*?\/v1\/[^/]+/, "") + new URL(url, server.api.origin).search,
    body,
  }));
type Loose = Record<string, (args?: unknown, options?: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }>>;
const loose = (value: unknown) => value as Loose;

describe("generated methods", () => {
  it("send, for every operation, exactly the request of the path-style call", async () => {
    server.api.handle((_, response) => response.writeHead(204).end());
    const path = client() as unknown as Record<string, (path: string, init?: unknown) => Promise<unknown>>;
    for (const operation of Object.values(operations) as OperationInfo[]) {
      const ids = Object.fromEntries([...operation.path.matchAll(/\{([^}]+)\}/g)].map((match, index) => [match[1], `00000000-0000-4000-8000-00000000000${index}`]));
      const query = Object.fromEntries((operation.query ?? []).map((name, index) => [name, index + 1]));
      const body = operation.body ? { probe: operation.operationId } : undefined;
      await loose(client())[operation.operationId]!({ ...ids, ...query, ...(body ? { body } : {}) });
      await path[operation.method]!(operation.path, { params: { path: ids, query }, ...(body ? { body } : {}) });
      const [viaMethod, viaPath] = received();
      expect(viaMethod, operation.operationId).toEqual(viaPath);
      expect(viaMethod?.method).toBe(operation.method);
      server.api.requests.length = 0;
    }
    expect(Object.keys(operations).every((id) => typeof loose(client())[id] === "function")).toBe(true);
  });

  it("flatten path and query parameters by name and send the body as JSON", async () => {
    server.api.handle((_, response) => sendJson(response, 200, { entities: [], paging: { nextOffset: null, results: 0, total: 0 } }));
    await unwrap(client().searchEntities({ body: { name: "Love" }, offset: 20, count: 10 }));
    expect(received()).toEqual([{ method: "POST", url: "/entities/search?offset=20&count=10", body: '{"name":"Love"}' }]);

    server.api.handle((_, response) => sendJson(response, 201, { id: entityId }));
    const created = await unwrap(client().createEntity({ body: person }));
    expect(created).toEqual({ id: entityId });
    expect(JSON.parse(server.api.requests[0]!.body)).toEqual(person);
  });

  it("take {} or nothing when the operation has no parameters, and per-call options second", async () => {
    server.api.handle((_, response) => sendJson(response, 200, { addressLabels: [] }));
    await client().listAddressLabels();
    await client().listAddressLabels({});
    await client().listAddressLabels({}, { headers: { "X-Request-ID": "my-own-id" } });
    expect(received().map((request) => request.url)).toEqual(["/address-labels", "/address-labels", "/address-labels"]);
    expect(server.api.requests[2]!.headers["x-request-id"]).toBe("my-own-id");
  });

  it("refuse, from JavaScript, unknown parameters and parameters among the options, before sending", async () => {
    server.api.handle((_, response) => sendJson(response, 200, {}));
    await expect(loose(client()).getEntity!({ EntityId: entityId, entityId })).rejects.toThrow(
      new InvalidOptionsError("getEntity(): entityId is not a parameter of getEntity; it takes EntityId."),
    );
    await expect(loose(client()).getEntity!({ EntityId: entityId, body: {} })).rejects.toThrow(/body is not a parameter of getEntity/);
    await expect(loose(client()).getEntity!({ EntityId: entityId }, { params: { path: { EntityId: entityId } } })).rejects.toThrow(/pass parameters in the first argument/);
    await expect(loose(client()).getEntity!({ EntityId: entityId }, { fetch })).rejects.toThrow(/fetch is not a per-call option/);
    await expect(loose(client()).getEntity!("x")).rejects.toBeInstanceOf(InvalidOptionsError);
    expect(server.api.requests).toEqual([]);
  });

  it("skip a query parameter passed as undefined, as if omitted", async () => {
    server.api.handle((_, response) => sendJson(response, 200, { entities: [], paging: { nextOffset: null, results: 0, total: 0 } }));
    await loose(client()).searchEntities!({ body: {}, offset: undefined, count: 5 });
    expect(received()[0]?.url).toBe("/entities/search?count=5");
  });
});

describe("downloads", () => {
  const pdf = Buffer.from("%PDF-1.4\n%%EOF\n");
  const serveDocument = () => server.api.handle((_, response) => response.writeHead(200, { "content-type": "application/pdf" }).end(pdf));

  it("read a non-JSON answer as bytes without parseAs, by method and by path", async () => {
    serveDocument();
    const viaMethod = await unwrap(client().downloadReport({ ReportId: entityId }));
    const viaPath = await unwrap(client().GET("/notices/{NoticeId}", { params: { path: { NoticeId: entityId } } }));
    expect(viaMethod).toBeInstanceOf(ArrayBuffer);
    expect(Buffer.from(viaMethod)).toEqual(pdf);
    expect(Buffer.from(viaPath)).toEqual(pdf);
    expect(server.api.requests[0]!.headers.accept).toBe("application/pdf, text/csv, application/problem+json");
  });

  it("let an explicit parseAs win, and keep JSON operations JSON", async () => {
    serveDocument();
    expect(await unwrap(client().downloadReport({ ReportId: entityId }, { parseAs: "text" }))).toBe(pdf.toString());
    server.api.handle((_, response) => sendJson(response, 200, { id: entityId, ...person }));
    expect(await unwrap(client().getEntity({ EntityId: entityId }))).toMatchObject({ id: entityId });
  });

  it("still parse an error answer as problem details", async () => {
    server.api.handle((_, response) => sendJson(response, 404, { type: "jackhenry/not-found", title: "No such report.", details: [] }));
    const { error, response } = await client().downloadReport({ ReportId: entityId });
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ title: "No such report." });
  });
});

describe("paginate by operationId", () => {
  it("walks the same pages as by path", async () => {
    const all = Array.from({ length: 5 }, (_, index) => ({ id: `00000000-0000-4000-8000-00000000000${index}` }));
    server.api.handle((request, response) => {
      const query = new URL(request.url, server.api.origin).searchParams;
      const offset = Number(query.get("offset"));
      const relationships = all.slice(offset, offset + 2);
      sendJson(response, 200, { relationships, paging: { nextOffset: offset + 2 < all.length ? String(offset + 2) : null, results: relationships.length, total: all.length } });
    });
    const byId = await collect(client().paginate("searchRelationships", { body: {}, pageSize: 2 }));
    const byPath = await collect(client().paginate("/relationships/search", { body: {}, pageSize: 2 }));
    expect(byId.map((item) => item.id)).toEqual(all.map((item) => item.id));
    expect(byPath).toEqual(byId);
    expect(received().every((request) => request.url.startsWith("/relationships/search?offset="))).toBe(true);
  });

  it("refuses an id that is not a search", async () => {
    const id: OperationId = "getEntity";
    await expect(() =>
      client()
        .paginate(id as "searchEntities", { body: {} })
        .next(),
    ).rejects.toThrow(/getEntity is not a search operation/);
  });
});
