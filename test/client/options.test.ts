import { describe, expect, it } from "vitest";
import { createEntityManagementClient, InvalidOptionsError, type EntityManagementClientOptions } from "../../src/index.js";
import { clientVersion } from "../../src/version.js";
import { countingTokenSource } from "../helpers/token-sources.js";
import packageJson from "../../package.json" with { type: "json" };

const valid: EntityManagementClientOptions = {
  institutionUniversalId: "4e3cde86-37ea-48bb-adef-4f820ba70b0f",
  auth: countingTokenSource().source,
};

function failureOf(options: Partial<EntityManagementClientOptions>): unknown {
  try {
    createEntityManagementClient({ ...valid, ...options });
    return undefined;
  } catch (error) {
    return error;
  }
}

describe("client options", () => {
  it.each([
    [{ institutionUniversalId: "" }, /institutionUniversalId is required/],
    [{ institutionUniversalId: "garden" }, /must be a GUID/],
    [{ auth: undefined }, /auth is required/],
    [{ baseUrl: "http://bank.example/a/api/entity-svcs/v1" }, /must use https/],
    [{ baseUrl: "not a url" }, /not a valid URL/],
    [{ baseUrl: "https://user:pw@bank.example/v1" }, /must not carry credentials/],
    [{ host: "https://bank.example" }, /without scheme or path/],
    [{ host: "bank.example", baseUrl: "https://bank.example/v1" }, /either host or baseUrl/],
    [{ timeoutMs: 0 }, /timeoutMs must be a positive/],
  ] as const)("rejects %o", (options, message) => {
    const failure = failureOf(options as Partial<EntityManagementClientOptions>);
    expect(failure).toBeInstanceOf(InvalidOptionsError);
    expect(failure).toMatchObject({ code: "INVALID_OPTIONS", message: expect.stringMatching(message) });
  });

  it("accepts plain http on loopback only", () => {
    for (const baseUrl of ["http://127.0.0.1:8080/v1", "http://localhost/v1", "http://[::1]:9/v1"]) {
      expect(failureOf({ baseUrl })).toBeUndefined();
    }
  });

  it("sends this package's version in User-Agent", () => {
    expect(clientVersion).toBe(packageJson.version);
  });
});
