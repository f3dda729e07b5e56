/** The header-safety rule every built-in source applies to access tokens (and the client reuses). */
import { describe, expect, it } from "vitest";
import { isHeaderSafeToken } from "../../src/auth/access-token.js";

describe("isHeaderSafeToken", () => {
  it.each(["abc", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2ln", "a-b_c.d~e+f/g=", "!#$%&'()*,:;<>?@[]^`{|}\"\\"])("accepts %s", (value) => {
    expect(isHeaderSafeToken(value)).toBe(true);
  });

  it.each([
    ["empty", ""],
    ["CR", "a\rb"],
    ["LF", "a\nb"],
    ["NUL", "a\u0000b"],
    ["tab", "a\tb"],
    ["space", "a b"],
    ["DEL", "a\u007fb"],
    ["non-ASCII", "tokén"],
    ["a lone surrogate", "a\ud800b"],
  ])("refuses %s", (_name, value) => {
    expect(isHeaderSafeToken(value)).toBe(false);
  });
});
