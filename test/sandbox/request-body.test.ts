/** The nesting bound the API applies to a body before parsing it. */
import { describe, expect, it } from "vitest";
import { nestsDeeperThan } from "../../src/sandbox/api/request-body.js";

describe("nestsDeeperThan", () => {
  it("counts arrays and objects opened inside one another, and the limit itself passes", () => {
    expect(nestsDeeperThan('{"a":[{"b":[]}]}', 4)).toBe(false);
    expect(nestsDeeperThan('{"a":[{"b":[]}]}', 3)).toBe(true);
    expect(nestsDeeperThan("[][][][][]", 1)).toBe(false);
    expect(nestsDeeperThan("42", 0)).toBe(false);
  });

  it("does not count brackets inside strings, escaped quotes included", () => {
    expect(nestsDeeperThan(JSON.stringify({ note: "[[[[{{{{" }), 1)).toBe(false);
    expect(nestsDeeperThan(JSON.stringify({ note: 'say "[[[[" \\' }), 1)).toBe(false);
    expect(nestsDeeperThan(JSON.stringify({ note: '\\"', list: [[[]]] }), 3)).toBe(true);
  });

  it("walks a 400 000-deep array without recursion", () => {
    expect(nestsDeeperThan("[".repeat(400_000) + "]".repeat(400_000), 64)).toBe(true);
  });
});
