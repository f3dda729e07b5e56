import { describe, expect, it } from "vitest";
import { BufferedResponse } from "../../src/client/buffered-response.js";
import { InvalidResponseError, operations } from "../../src/index.js";

const summary = { method: "GET", url: "https://bank.example/x", operationId: "getEntity", requestId: "r-1" };
const info = { request: summary, operation: operations.getEntity, attempts: 1 };
const json = (text: string) => new BufferedResponse(new TextEncoder().encode(text), { status: 200, headers: { "content-type": "application/json" } }, info);

describe("BufferedResponse", () => {
  it("reads its bytes once through any body method, like a Response", async () => {
    const response = json('{"id":"a"}');
    expect(response.bodyUsed).toBe(false);
    const copy = response.clone();
    expect(await response.json()).toEqual({ id: "a" });
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
    expect(() => response.clone()).toThrow(TypeError);
    expect(new TextDecoder().decode(await copy.arrayBuffer())).toBe('{"id":"a"}');
  });

  it("offers the body as a stream and as a typed blob", async () => {
    const streamed = await new Response(json("[1,2]").body).text();
    expect(streamed).toBe("[1,2]");
    const blob = await json("[1]").blob();
    expect(blob.type).toBe("application/json");
    expect(await blob.text()).toBe("[1]");
    expect(new BufferedResponse(null, { status: 204 }, info).body).toBeNull();
  });

  it("reports invalid JSON as InvalidResponseError naming the call", async () => {
    const failure = await json("{nope").json().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InvalidResponseError);
    expect(failure).toMatchObject({ code: "API_INVALID_RESPONSE", status: 200, request: summary });
  });
});
