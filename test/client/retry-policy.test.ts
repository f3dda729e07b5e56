import { describe, expect, it } from "vitest";
import { backoffDelay, isIdempotent, isRetryableStatus, parseRetryAfter, resolveRetryPolicy } from "../../src/client/retry-policy.js";

describe("retry policy", () => {
  it("backs off exponentially with jitter between half and all of each step, capped", () => {
    const policy = resolveRetryPolicy({ baseDelayMs: 100, maxDelayMs: 1_000 });
    expect([1, 2, 3, 4, 5].map((retry) => backoffDelay(policy, retry, () => 0.999_999))).toEqual([100, 200, 400, 800, 1_000]);
    expect([1, 2, 3, 4, 5].map((retry) => backoffDelay(policy, retry, () => 0))).toEqual([50, 100, 200, 400, 500]);
  });

  it("reads Retry-After as delta-seconds or an HTTP date, and ignores anything else", () => {
    const now = Date.parse("Wed, 25 Nov 2026 10:00:00 GMT");
    expect(parseRetryAfter("7", now)).toBe(7_000);
    expect(parseRetryAfter("Wed, 25 Nov 2026 10:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Wed, 25 Nov 2026 09:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-5", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it("retries only idempotent methods, on 408, 429 and the transient 5xx", () => {
    expect(["GET", "head", "PUT", "DELETE", "OPTIONS"].every(isIdempotent)).toBe(true);
    expect(["POST", "PATCH"].some(isIdempotent)).toBe(false);
    expect([408, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 422, 501].some(isRetryableStatus)).toBe(false);
  });

  it("turns `false` into a single attempt and fills in defaults", () => {
    expect(resolveRetryPolicy(false).maxAttempts).toBe(1);
    expect(resolveRetryPolicy(undefined)).toEqual({ maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 });
  });
});
