/**
 * Issue 9, defects 6, 7 and 12: options refused up front with INVALID_OPTIONS and a message
 * saying what to do, at creation and per call: milliseconds Node would clamp to 1 ms (≥ 2^31),
 * malformed retry policies, header values that would split a request, and a missing or
 * ambiguous service location. A refused call sends nothing.
 */
import { describe, expect, it } from "vitest";
import { createEntityManagementClient, InvalidOptionsError, type EntityManagementClientOptions } from "../../src/index.js";
import { sendJson } from "../helpers/api-server.js";
import { createTestClient, entityId as EntityId, institution, useTestApiServer } from "../helpers/client-fixture.js";
import { failureOf } from "../helpers/renderings.js";
import { countingTokenSource } from "../helpers/token-sources.js";

const server = useTestApiServer();
const valid = (): EntityManagementClientOptions => ({
  institutionUniversalId: institution,
  baseUrl: "https://bank.example/a/api/entity-svcs/v1",
  auth: countingTokenSource().source,
});

function creationFailure(options: Record<string, unknown>, base: Partial<EntityManagementClientOptions> = valid()): unknown {
  try {
    createEntityManagementClient({ ...base, ...options } as EntityManagementClientOptions);
    return undefined;
  } catch (error) {
    return error;
  }
}

function expectInvalidOptions(failure: unknown, message: RegExp): void {
  expect(failure).toBeInstanceOf(InvalidOptionsError);
  expect(failure).toMatchObject({ code: "INVALID_OPTIONS", message: expect.stringMatching(message) });
}

/** A call with `extra` per-call options (from JavaScript, so anything goes); resolves to its failure. */
async function callFailure(extra: Record<string, unknown>): Promise<unknown> {
  server.api.handle((_, response) => sendJson(response, 200, { id: EntityId }));
  const failure = await failureOf(createTestClient(server.api).GET("/entities/{EntityId}", { params: { path: { EntityId } }, ...extra } as never));
  expect(server.api.requests).toEqual([]);
  return failure;
}

const tooLong = 2 ** 31;

describe("milliseconds Node.js can't honour (≥ 2^31 fire after 1 ms)", () => {
  it.each([
    ["timeoutMs", { timeoutMs: tooLong }],
    ["timeoutMs (30 days)", { timeoutMs: 30 * 86_400_000 }],
    ["retry.maxRetryAfterMs", { retry: { maxRetryAfterMs: tooLong } }],
    ["retry.baseDelayMs", { retry: { baseDelayMs: tooLong } }],
    ["retry.maxDelayMs", { retry: { maxDelayMs: tooLong } }],
  ])("%s is refused at creation", (_, options) => {
    expectInvalidOptions(creationFailure(options), /at most 2147483647 ms/);
  });

  it.each([
    ["timeoutMs", { timeoutMs: tooLong }],
    ["retry.maxRetryAfterMs", { retry: { maxRetryAfterMs: tooLong } }],
  ])("per-call %s is refused before sending", async (_, extra) => {
    expectInvalidOptions(await callFailure(extra), /at most 2147483647 ms/);
  });

  it("the longest timer Node honours is accepted", () => {
    expect(creationFailure({ timeoutMs: 2 ** 31 - 1, retry: { maxRetryAfterMs: 2 ** 31 - 1 } })).toBeUndefined();
  });
});

describe("retry policies", () => {
  const keys = ["maxAttempts", "baseDelayMs", "maxDelayMs", "maxRetryAfterMs"] as const;
  const values = [
    ["NaN", Number.NaN],
    ["undefined", undefined],
    ["-1", -1],
    ['"three"', "three"],
    ["Infinity", Number.POSITIVE_INFINITY],
  ] as const;
  const bad = keys.flatMap((key) => values.map(([label, value]) => [`${key}: ${label}`, { [key]: value }] as const));

  it.each(bad)("%s is refused at creation, naming the option", (_, retry) => {
    expectInvalidOptions(creationFailure({ retry }), new RegExp(`retry\\.${Object.keys(retry)[0]}`));
  });

  it.each(bad)("%s is refused per call, before sending", async (_, retry) => {
    expectInvalidOptions(await callFailure({ retry }), new RegExp(`retry\\.${Object.keys(retry)[0]}`));
  });

  it.each([
    ["maxAttempts: 0", { maxAttempts: 0 }, /0 would send nothing: use 1 \(or retry: false\)/],
    ["maxAttempts: 1.5", { maxAttempts: 1.5 }, /whole number from 1/],
    ["an unknown key", { attempts: 3 }, /retry\.attempts is not a retry option; use maxAttempts/],
    ["a number instead of an object", 3, /retry must be an object/],
  ])("%s: a clear message, at creation and per call", async (_, retry, message) => {
    expectInvalidOptions(creationFailure({ retry }), message);
    expectInvalidOptions(await callFailure({ retry }), message);
  });

  it("zero delays are allowed (an instant retry), as is retry: false", () => {
    expect(creationFailure({ retry: { baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 } })).toBeUndefined();
    expect(creationFailure({ retry: false })).toBeUndefined();
  });
});

describe("headers a caller can't send", () => {
  const secretish = "HEADER-VALUE-9e4d";
  const unsafe = [
    ["CR LF", `${secretish}\r\nX-Injected: 1`],
    ["LF", `${secretish}\nX`],
    ["NUL", `${secretish}\u0000X`],
  ] as const;

  it.each(unsafe)("userAgent with %s is refused at creation without quoting it", (_, value) => {
    const failure = creationFailure({ userAgent: value });
    expectInvalidOptions(failure, /userAgent must be a string without CR, LF, NUL/);
    expect((failure as Error).message).not.toContain(secretish);
  });

  it.each(unsafe)("a client header with %s is refused at creation without quoting it", (_, value) => {
    const failure = creationFailure({ headers: { "X-Correlation-ID": value } });
    expectInvalidOptions(failure, /X-Correlation-ID.*CR, LF, NUL/);
    expect((failure as Error).message).not.toContain(secretish);
  });

  it.each(unsafe)("a per-call header with %s is InvalidOptionsError, not a TypeError, and nothing is sent", async (_, value) => {
    const failure = await callFailure({ headers: { "X-Correlation-ID": value } });
    expect(failure).not.toBeInstanceOf(TypeError);
    expectInvalidOptions(failure, /X-Correlation-ID.*CR, LF, NUL/);
    expect((failure as Error).message).not.toContain(secretish);
  });

  it.each(unsafe)("a header parameter (params.header) with %s is refused the same way", async (_, value) => {
    const failure = await callFailure({ params: { path: { EntityId }, header: { "X-Request-ID": value } } });
    expectInvalidOptions(failure, /params\.header.*X-Request-ID.*CR, LF, NUL/);
    expect((failure as Error).message).not.toContain(secretish);
  });

  it.each(["Authorization", "DPoP", "Cookie", "Host", "User-Agent"])("the client's own %s header can't be set per call", async (name) => {
    expectInvalidOptions(await callFailure({ headers: { [name]: "Bearer attacker-chosen" } }), new RegExp(`can't set ${name.toLowerCase()}`));
  });

  it("a header name that is not an HTTP token is refused", () => {
    expectInvalidOptions(creationFailure({ headers: { "X Bad\r\nName": "v" } }), /not an HTTP token/);
  });
});

describe("where the institution lives", () => {
  it("no host and no baseUrl: refused, there is no default institution", () => {
    const { baseUrl: _, ...withoutLocation } = valid();
    expectInvalidOptions(creationFailure({}, withoutLocation), /host or baseUrl is required.*no default/);
  });

  it("a baseUrl that already ends in the institution id says to drop it", () => {
    const failure = creationFailure({ baseUrl: `https://bank.example/a/api/entity-svcs/v1/${institution}` });
    expectInvalidOptions(failure, /baseUrl ends in an institution id.*appends institutionUniversalId itself/);
  });

  it("an upper-case institution GUID says to use lower case, and how", () => {
    const failure = creationFailure({ institutionUniversalId: institution.toUpperCase() });
    expectInvalidOptions(failure, new RegExp(`lower case.*use "${institution}"`));
  });

  it("a host given with a scheme, or a non-string host, is refused without a TypeError", () => {
    expectInvalidOptions(creationFailure({ baseUrl: undefined, host: "https://bank.example" }), /without scheme or path/);
    expectInvalidOptions(creationFailure({ baseUrl: undefined, host: 42 }), /host must be a host name/);
  });

  it("an unknown client option is refused, naming the known ones", () => {
    expectInvalidOptions(creationFailure({ timeout: 5_000 }), /timeout is not an option.*timeoutMs/);
  });
});
