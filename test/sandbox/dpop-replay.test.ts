/** The API's memory of accepted DPoP proofs: a replay is caught, and old proofs are forgotten. */
import { describe, expect, it } from "vitest";
import { createProofMemory } from "../../src/sandbox/api/dpop-replay.js";

describe("createProofMemory", () => {
  it("accepts a jti once per key", () => {
    const memory = createProofMemory();
    expect(memory.remember("key-a", "jti-1")).toBe(true);
    expect(memory.remember("key-a", "jti-1")).toBe(false);
    expect(memory.remember("key-b", "jti-1")).toBe(true);
    expect(memory.remember("key-a", "jti-2")).toBe(true);
  });

  it("keeps a proof for twice the iat window, then forgets it, so the memory stays bounded", () => {
    let now = 1_000_000;
    const memory = createProofMemory({ windowSeconds: 300, now: () => now });
    for (let i = 0; i < 100; i++) memory.remember("key", `early-${i}`);
    now += 599_999;
    expect(memory.remember("key", "early-0")).toBe(false);
    expect(memory.size).toBe(100);
    now += 1;
    expect(memory.remember("key", "late")).toBe(true);
    expect(memory.size).toBe(1);
    // By now a replay of the forgotten proofs fails the iat check instead.
    expect(memory.remember("key", "early-1")).toBe(true);
  });
});
