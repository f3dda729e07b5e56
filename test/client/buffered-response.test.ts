import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { createBufferedResponse } from "../../src/client/buffered-response.js";
import { InvalidResponseError, operations } from "../../src/index.js";

const summary = { method: "GET", url: "https://bank.example/x", operationId: "getEntity", requestId: "r-1" };
const info = { request: summary, operation: operations.getEntity, attempts: 1, redact: (text: string) => text };
const url = "https://bank.example/a/api/entity-svcs/v1/4e3cde86-37ea-48bb-adef-4f820ba70b0f/entities/x";
const json = (text: string) =>
  createBufferedResponse(new TextEncoder().encode(text), { status: 200, statusText: "OK", headers: new Headers({ "content-type": "application/json" }) }, url, info);

describe("BufferedResponse", () => {
  it("can be read any number of times, through every body member, without being used up", async () => {
    const response = json('{"id":"a"}');
    expect(await response.json()).toEqual({ id: "a" });
    expect(await response.text()).toBe('{"id":"a"}');
    expect(new TextDecoder().decode(await response.bytes())).toBe('{"id":"a"}');
    expect(new TextDecoder().decode(await response.arrayBuffer())).toBe('{"id":"a"}');
    expect(await new Response(response.body).text()).toBe('{"id":"a"}');
    expect(response.bodyUsed).toBe(false);
    expect(await response.clone().json()).toEqual({ id: "a" });
  });

  it("has its URL, a typed blob, form data, and a null body when empty", async () => {
    expect(json("{}").url).toBe(url);
    const blob = await json("[1]").blob();
    expect(blob.type).toBe("application/json");
    expect(await blob.text()).toBe("[1]");
    const form = createBufferedResponse(
      new TextEncoder().encode("a=1&b=two"),
      { status: 200, statusText: "OK", headers: new Headers({ "content-type": "application/x-www-form-urlencoded" }) },
      url,
      info,
    );
    expect((await form.formData()).get("b")).toBe("two");
    expect(createBufferedResponse(null, { status: 204, statusText: "No Content", headers: new Headers() }, url, info).body).toBeNull();
  });

  it("can be inspected and logged without losing its body", async () => {
    const response = json('{"id":"a"}');
    expect(inspect(response)).toContain("200");
    expect(await response.json()).toEqual({ id: "a" });
  });

  it("reports invalid JSON as InvalidResponseError naming the call", async () => {
    const failure = await json("{nope")
      .json()
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InvalidResponseError);
    expect(failure).toMatchObject({ code: "API_INVALID_RESPONSE", status: 200, request: summary });
  });
});
