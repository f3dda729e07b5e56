/**
 * Hostile and malformed requests, sent with raw fetch because the client would refuse to send
 * them: each is answered with a problem, leaves the store as it was, and the sandbox goes on
 * answering searches normally.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { clientCredentials } from "../../src/index.js";
import { useTestSandbox } from "./fixture.js";

const t = useTestSandbox();
let token: string;
/** An entity with one address, whose addresses are part of every before/after comparison. */
let ada: string;
let address: Record<string, unknown>;
beforeAll(async () => {
  token = await t.tokenFor(["entity-services.entities.read", "entity-services.entities.write", "entity-services.contact-info.read", "entity-services.contact-info.write"]);
  ada = ((await (await send("POST", "/entities", person)).json()) as { id: string }).id;
  address = { addressLabelId: t.ref("addressLabels", "home"), line1: "12 Main Street", city: "Springfield", country: "US", isPrimary: true };
  expect((await send("POST", `/entities/${ada}/addresses`, JSON.stringify(address))).status).toBe(201);
});

interface Problem {
  readonly type: string;
  readonly details: readonly string[];
  readonly data: unknown;
}

const person = JSON.stringify({ entityType: "person", firstName: "Ada", lastName: "Lovelace" });

/** A raw call with a valid bearer token and a JSON Content-Type unless `headers` say otherwise. */
function send(method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(t.url(path), {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
    ...(body === undefined ? {} : { body }),
  });
}

/** What the store holds, as the API answers it: every entity a search finds (in full), and Ada's addresses. */
async function storeContents(): Promise<{ status: number[]; total: unknown; entities: unknown[]; addresses: unknown }> {
  const search = await send("POST", "/entities/search?count=200", "{}");
  const page = (await search.json()) as { entities: unknown[]; paging: { total: number; nextOffset: string | null } };
  expect(page.paging.nextOffset).toBeNull();
  const addresses = await send("GET", `/entities/${ada}/addresses`);
  return { status: [search.status, addresses.status], total: page.paging.total, entities: page.entities, addresses: await addresses.json() };
}

/** Sends the request, expects a problem with `status`, and checks that the store answers searches exactly as before. */
async function expectRefused(status: number, request: () => Promise<Response>): Promise<{ response: Response; problem: Problem }> {
  const before = await storeContents();
  expect(before.status).toEqual([200, 200]);
  const response = await request();
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const problem = (await response.json()) as Problem;
  expect(await storeContents()).toEqual(before);
  return { response, problem };
}

const nested = (depth: number): string => "[".repeat(depth) + "]".repeat(depth);

describe("a body that is not a JSON object", () => {
  it.each(["[]", "42", "null", "true", '"Ada"', "[{}]"])("refuses %s as an entity, created or replaced", async (body) => {
    const created = await expectRefused(400, () => send("POST", "/entities", body));
    expect(created.problem).toEqual({
      type: "jackhenry/validation-failed",
      title: "The request is invalid.",
      details: ["The body must be object."],
      data: { violations: [{ in: "body", name: "", rule: "type" }] },
    });
    const { id } = (await (await send("POST", "/entities", person)).json()) as { id: string };
    const replaced = await expectRefused(400, () => send("PUT", `/entities/${id}`, body));
    expect(replaced.problem.details).toEqual(["The body must be object."]);
  });

  it("refuses a 400 000-deep array before parsing it, and goes on answering", async () => {
    const { problem } = await expectRefused(400, () => send("POST", "/entities", nested(400_000)));
    expect(problem.details).toEqual(["The body nests arrays and objects deeper than 64 levels."]);
    expect(problem.data).toEqual({ violations: [{ in: "body", name: "", rule: "maxDepth" }] });
  });

  it("refuses deep nesting inside a field, and lets 64 levels through to the validator", async () => {
    const deep = (depth: number) => `{"entityType":"person","firstName":"Ada","lastName":"Lovelace","birthDate":${nested(depth - 1)}}`;
    expect((await expectRefused(400, () => send("POST", "/entities", deep(65)))).problem.details).toEqual(["The body nests arrays and objects deeper than 64 levels."]);
    expect((await expectRefused(400, () => send("POST", "/entities", deep(64)))).problem.details).toEqual(["birthDate must be string."]);
  });

  it("refuses a body over 1 MiB", async () => {
    const body = JSON.stringify({ entityType: "person", firstName: "Ada", lastName: "x".repeat(1024 * 1024) });
    expect((await expectRefused(400, () => send("POST", "/entities", body))).problem.details).toEqual(["The body exceeds 1048576 bytes."]);
  });
});

describe("a path that is not valid percent-encoding", () => {
  it.each(["/entities/%E0%A4%A", "/entities/%ZZ", "/%C0%AF/entities/search"])("answers %s with 400, not 500", async (path) => {
    const { problem } = await expectRefused(400, () => send("GET", path));
    expect(problem).toMatchObject({ type: "jackhenry/validation-failed", data: { violations: [{ in: "path", name: "", rule: "percentEncoding" }] } });
    expect(problem.details).toEqual([expect.stringContaining("is not valid percent-encoding")]);
  });

  it("still decodes valid escapes", async () => {
    const { id } = (await (await send("POST", "/entities", person)).json()) as { id: string };
    const escaped = id.replace(/-/g, "%2D");
    expect((await send("GET", `/entities/${escaped}`)).status).toBe(200);
  });
});

describe("a body that is not JSON", () => {
  it.each(["text/plain", "application/x-www-form-urlencoded", "application/xml", "application/json-patch+json"])(
    "refuses a %s body with 415 naming application/json",
    async (contentType) => {
      const { problem } = await expectRefused(415, () => send("POST", "/entities", person, { "content-type": contentType }));
      expect(problem).toEqual({
        type: "jackhenry/unsupported-media-type",
        title: "The request body's media type is not supported.",
        details: [`Send the body as application/json, not ${contentType}.`],
        data: { acceptedMediaTypes: ["application/json"] },
      });
    },
  );

  it("refuses a body without a Content-Type, on a replace too", async () => {
    const { id } = (await (await send("POST", "/entities", person)).json()) as { id: string };
    const bare = await expectRefused(415, () => fetch(t.url(`/entities/${id}`), { method: "PUT", headers: { authorization: `Bearer ${token}` }, body: new Blob([person]) }));
    expect(bare.problem.details).toEqual(["Send the body as application/json, with a Content-Type header."]);
  });

  it("accepts application/json with parameters, and answers 401 before 415 without a token", async () => {
    expect((await send("POST", "/entities", person, { "content-type": "Application/JSON; charset=utf-8" })).status).toBe(201);
    const anonymous = await expectRefused(401, () => fetch(t.url("/entities"), { method: "POST", headers: { "content-type": "text/plain" }, body: person }));
    expect(anonymous.problem.type).toBe("jackhenry/unauthenticated");
  });
});

describe("a replayed DPoP proof", () => {
  it("is refused with invalid_dpop_proof the second time (RFC 9449 §11.1), and a fresh proof passes", async () => {
    const { privateKeyJwt } = t.sandbox.credentials;
    const auth = clientCredentials({ issuer: t.sandbox.issuer, clientId: privateKeyJwt.clientId, privateKey: privateKeyJwt.privateKeyPem, dpop: true });
    const accessToken = await auth.getToken(["entity-services.entities.write"]);
    expect(accessToken.type).toBe("DPoP");
    const url = new URL(t.url("/entities"));
    const proved = async (): Promise<Headers> => {
      const headers = new Headers({ authorization: `DPoP ${accessToken.value}`, "content-type": "application/json" });
      await auth.dpop!.addProof(url, headers, "POST", accessToken);
      return headers;
    };
    const headers = await proved();
    expect((await fetch(url, { method: "POST", headers, body: person })).status).toBe(201);

    const { response, problem } = await expectRefused(401, () => fetch(url, { method: "POST", headers, body: person }));
    expect(response.headers.get("www-authenticate")).toBe('DPoP error="invalid_dpop_proof", error_description="The DPoP proof was already used"');
    expect(problem.details).toEqual(["The DPoP proof was already used: send a new proof (a fresh jti) with every request."]);

    expect((await fetch(url, { method: "POST", headers: await proved(), body: person })).status).toBe(201);
  });
});

describe("a refused write to a sub-resource", () => {
  it("leaves the entity's addresses as they were, whatever the refusal", async () => {
    const path = `/entities/${ada}/addresses`;
    const body = JSON.stringify({ ...address, line1: "1 Engine Row", isPrimary: false });
    expect((await expectRefused(415, () => send("POST", path, body, { "content-type": "text/plain" }))).problem.type).toBe("jackhenry/unsupported-media-type");
    await expectRefused(400, () => send("POST", path, "[]"));
    await expectRefused(400, () => send("POST", path, `{"line1":${nested(100)}}`));
    await expectRefused(400, () => send("POST", `${path}/%E0%A4%A`, body));
    const listed = (await (await send("GET", path)).json()) as { addresses: { id: string }[] };
    const existing = `${path}/${listed.addresses[0]?.id}`;
    await expectRefused(415, () => send("PUT", existing, body, { "content-type": "application/x-www-form-urlencoded" }));
    await expectRefused(400, () => send("PUT", existing, "null"));
  });
});
