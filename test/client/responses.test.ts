/**
 * Issue 9: results are real Responses. Inspecting, logging or reading `result.response` (or the
 * response a middleware sees) never breaks the call, the body members return the real bytes
 * after the call, and `url` is the URL that was sent.
 */
import { formatWithOptions, inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { sendJson } from "../helpers/api-server.js";
import { createTestClient, entityId as EntityId, institution, person, useTestApiServer } from "../helpers/client-fixture.js";

const server = useTestApiServer();
const entity = { id: EntityId, ...person };
const entityJson = JSON.stringify(entity);
const sentUrl = () => `${server.api.origin}/a/api/entity-svcs/v1/${institution}/entities/${EntityId}`;

const serveEntity = () => server.api.handle((_, response) => sendJson(response, 200, entity));
const getEntity = (c = createTestClient(server.api)) => c.GET("/entities/{EntityId}", { params: { path: { EntityId } } });

describe("result.response after the call", () => {
  it("is a Response whose url is the URL sent", async () => {
    serveEntity();
    const { response } = await getEntity();
    expect(response).toBeInstanceOf(Response);
    expect(response.url).toBe(sentUrl());
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
  });

  it("still holds the real body bytes: bytes(), arrayBuffer(), text(), json(), blob(), body", async () => {
    serveEntity();
    const { data, response } = await getEntity();
    expect(data).toEqual(entity);
    expect(new TextDecoder().decode(await response.bytes())).toBe(entityJson);
    expect(new TextDecoder().decode(await response.arrayBuffer())).toBe(entityJson);
    expect((await response.arrayBuffer()).byteLength).toBe(Buffer.byteLength(entityJson));
    expect(await response.text()).toBe(entityJson);
    expect(await response.json()).toEqual(entity);
    expect(await (await response.blob()).text()).toBe(entityJson);
    expect(await new Response(response.body).text()).toBe(entityJson);
    expect(await response.clone().text()).toBe(entityJson);
  });

  it("can be util.inspect-ed and console.log-formatted, then read", async () => {
    serveEntity();
    const { response } = await getEntity();
    expect(inspect(response, { depth: 5, getters: true })).toContain("200");
    expect(formatWithOptions({}, response)).toContain("200");
    expect(await response.json()).toEqual(entity);
  });

  it("of an error answer keeps its body too", async () => {
    const problem = { type: "jackhenry/not-found", title: "Entity not found", details: [] };
    server.api.handle((_, response) => sendJson(response, 404, problem));
    const { error, response } = await getEntity();
    expect(error).toEqual(problem);
    expect(await response.json()).toEqual(problem);
    expect(response.url).toBe(sentUrl());
  });

  it("of a 204 has a null body and empty reads", async () => {
    server.api.handle((_, response) => response.writeHead(204).end());
    const { response } = await createTestClient(server.api).PUT("/entities/{EntityId}", {
      params: { path: { EntityId } },
      body: person,
    });
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
    expect(await response.text()).toBe("");
    expect((await response.bytes()).byteLength).toBe(0);
  });
});

describe("a middleware that looks at the response", () => {
  const readers: [string, (response: Response) => unknown][] = [
    ["util.inspect", (response) => inspect(response, { depth: 10, showHidden: true, getters: true })],
    ["console.log formatting", (response) => formatWithOptions({ colors: false }, "%o", response)],
    ["reading response.body", (response) => new Response(response.body).text()],
    ["await response.clone().text()", (response) => response.clone().text()],
    ["await response.text()", (response) => response.text()],
    ["await response.json()", (response) => response.json()],
  ];

  it.each(readers)("%s in onResponse: the call still returns its data and the body stays readable", async (_, read) => {
    serveEntity();
    const seen: unknown[] = [];
    const c = createTestClient(server.api, { middleware: [{ onResponse: async ({ response }) => void seen.push(await read(response)) }] });
    const { data, error, response } = await getEntity(c);
    expect(error).toBeUndefined();
    expect(data).toEqual(entity);
    expect(seen).toHaveLength(1);
    expect(await response.text()).toBe(entityJson);
  });

  it("the response a middleware sees has the URL sent and the body the server wrote", async () => {
    serveEntity();
    const seen: { url: string; text: string }[] = [];
    const c = createTestClient(server.api, { middleware: [{ onResponse: async ({ response }) => void seen.push({ url: response.url, text: await response.clone().text() }) }] });
    await getEntity(c);
    expect(seen).toEqual([{ url: sentUrl(), text: entityJson }]);
  });
});
