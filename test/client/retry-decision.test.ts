/**
 * The client's one retry decision (issue 9), table-driven: every method against every kind of
 * outcome, with the attempt state that changes the answer. Pure: randomness and the clock are fixed.
 */
import { describe, expect, it } from "vitest";
import { decideRetry, type AttemptOutcome, type AttemptState, type RetryDecision } from "../../src/client/retry-decision.js";

const policy = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 60_000 };
const now = Date.parse("Wed, 25 Nov 2026 10:00:00 GMT");
// Jitter at its top: the delay is the whole backoff step (100, 200, 400 … capped at 1 000).
const top = () => 0.999_999;
const methods = ["GET", "PUT", "DELETE", "POST"] as const;
const idempotent = ["GET", "PUT", "DELETE"] as const;

const state = (method: string, extra: Partial<AttemptState> = {}): AttemptState => ({
  method,
  policy,
  retries: 0,
  refreshedToken: false,
  answeredNonce: false,
  dpop: false,
  ...extra,
});
const response = (status: number, headers: Record<string, string> = {}): AttemptOutcome => ({ kind: "response", status, headers: new Headers(headers) });
const networkError: AttemptOutcome = { kind: "network-error", reason: "ECONNRESET" };
const decide = (s: AttemptState, outcome: AttemptOutcome): RetryDecision => decideRetry(s, outcome, top, now);

const nonceChallenge = { "www-authenticate": 'DPoP error="use_dpop_nonce", error_description="Resource server requires nonce in DPoP proof"', "dpop-nonce": "nonce-1" };
const returned = { action: "return" };
const refresh = { action: "refresh-token", reason: "HTTP 401" };
const useNonce = { action: "use-dpop-nonce", reason: "HTTP 401 use_dpop_nonce" };

describe("decideRetry: 401", () => {
  it.each(methods)("%s: the first 401 is retried once with a fresh token, the second is returned", (method) => {
    expect(decide(state(method), response(401))).toEqual(refresh);
    expect(decide(state(method, { refreshedToken: true }), response(401))).toEqual(returned);
  });

  it.each(methods)("%s: a fresh-token retry does not need backoff attempts left", (method) => {
    expect(decide(state(method, { retries: 2 }), response(401))).toEqual(refresh);
  });
});

describe("decideRetry: a use_dpop_nonce challenge", () => {
  it.each(methods)("%s with a DPoP-bound token: answered once with the nonce (same token), for POST too", (method) => {
    expect(decide(state(method, { dpop: true }), response(401, nonceChallenge))).toEqual(useNonce);
  });

  it.each(methods)("%s: once answered, a second challenge is an ordinary 401", (method) => {
    expect(decide(state(method, { dpop: true, answeredNonce: true }), response(401, nonceChallenge))).toEqual(refresh);
    expect(decide(state(method, { dpop: true, answeredNonce: true, refreshedToken: true }), response(401, nonceChallenge))).toEqual(returned);
  });

  it.each(methods)("%s: without a DPoP-Nonce header there is nothing to answer with: an ordinary 401", (method) => {
    const { "dpop-nonce": _, ...withoutNonce } = nonceChallenge;
    expect(decide(state(method, { dpop: true }), response(401, withoutNonce))).toEqual(refresh);
  });

  it.each(methods)("%s with a Bearer token, or a challenge that is not use_dpop_nonce: an ordinary 401", (method) => {
    expect(decide(state(method, { dpop: false }), response(401, nonceChallenge))).toEqual(refresh);
    expect(decide(state(method, { dpop: true }), response(401, { "www-authenticate": 'DPoP error="invalid_token"', "dpop-nonce": "n" }))).toEqual(refresh);
    expect(decide(state(method, { dpop: true }), response(401, { "www-authenticate": 'Bearer error="use_dpop_nonce"', "dpop-nonce": "n" }))).toEqual(refresh);
  });

  it("is recognised however the challenge is spelled (case, spacing, unquoted)", () => {
    for (const challenge of ['dpop error="use_dpop_nonce"', 'DPoP algs="ES256", error = use_dpop_nonce', 'DPoP ERROR="USE_DPOP_NONCE"']) {
      expect(decide(state("GET", { dpop: true }), response(401, { "www-authenticate": challenge, "dpop-nonce": "n" }))).toEqual(useNonce);
    }
  });
});

describe("decideRetry: transient statuses", () => {
  const statuses = [408, 429, 500, 502, 503, 504] as const;
  const grid = idempotent.flatMap((method) => statuses.map((status) => [method, status] as const));

  it.each(grid)("%s %i without Retry-After: exponential backoff", (method, status) => {
    expect(decide(state(method), response(status))).toEqual({ action: "retry", delayMs: 100, reason: `HTTP ${status}` });
    expect(decide(state(method, { retries: 1 }), response(status))).toEqual({ action: "retry", delayMs: 200, reason: `HTTP ${status}` });
  });

  it.each(grid)("%s %i with Retry-After in seconds or as an HTTP date: waits that long", (method, status) => {
    expect(decide(state(method), response(status, { "retry-after": "7" }))).toMatchObject({ action: "retry", delayMs: 7_000 });
    expect(decide(state(method), response(status, { "retry-after": "0" }))).toMatchObject({ action: "retry", delayMs: 0 });
    expect(decide(state(method), response(status, { "retry-after": "Wed, 25 Nov 2026 10:00:30 GMT" }))).toMatchObject({ action: "retry", delayMs: 30_000 });
    expect(decide(state(method), response(status, { "retry-after": "Wed, 25 Nov 2026 09:00:00 GMT" }))).toMatchObject({ action: "retry", delayMs: 0 });
  });

  it.each(grid)("%s %i with a Retry-After over maxRetryAfterMs: the answer is returned at once", (method, status) => {
    expect(decide(state(method), response(status, { "retry-after": "61" }))).toEqual(returned);
    expect(decide(state(method), response(status, { "retry-after": "Wed, 25 Nov 2026 10:05:00 GMT" }))).toEqual(returned);
    expect(decide(state(method), response(status, { "retry-after": "60" }))).toMatchObject({ action: "retry", delayMs: 60_000 });
  });

  it.each(grid)("%s %i with an unreadable Retry-After: backoff as if absent", (method, status) => {
    expect(decide(state(method), response(status, { "retry-after": "soon" }))).toMatchObject({ action: "retry", delayMs: 100 });
    expect(decide(state(method), response(status, { "retry-after": "-5" }))).toMatchObject({ action: "retry", delayMs: 100 });
  });

  it.each(statuses)("POST %i is never retried, with or without Retry-After", (status) => {
    expect(decide(state("POST"), response(status))).toEqual(returned);
    expect(decide(state("POST"), response(status, { "retry-after": "0" }))).toEqual(returned);
  });

  it.each(grid)("%s %i when the attempts are used up: returned", (method, status) => {
    expect(decide(state(method, { retries: 2 }), response(status))).toEqual(returned);
    expect(decide(state(method, { retries: 2 }), response(status, { "retry-after": "0" }))).toEqual(returned);
    expect(decide(state(method, { policy: { ...policy, maxAttempts: 1 } }), response(status))).toEqual(returned);
  });

  it("the backoff step doubles up to maxDelayMs, jittered between half and all of it", () => {
    expect([0, 1, 2, 3, 4, 5].map((retries) => decideRetry(state("GET", { retries, policy: { ...policy, maxAttempts: 20 } }), response(503), top, now))).toEqual(
      [100, 200, 400, 800, 1_000, 1_000].map((delayMs) => ({ action: "retry", delayMs, reason: "HTTP 503" })),
    );
    expect(decideRetry(state("GET"), response(503), () => 0, now)).toMatchObject({ delayMs: 50 });
  });
});

describe("decideRetry: final answers", () => {
  const finals = [200, 201, 204, 301, 302, 307, 308, 400, 403, 404, 409, 412, 422, 501] as const;
  it.each(methods.flatMap((method) => finals.map((status) => [method, status] as const)))("%s %i is returned as it is", (method, status) => {
    expect(decide(state(method), response(status, { "retry-after": "0" }))).toEqual(returned);
    expect(decide(state(method, { dpop: true }), response(status, nonceChallenge))).toEqual(returned);
  });
});

describe("decideRetry: a network error", () => {
  it.each(idempotent)("%s is retried with backoff, naming the failure, until the attempts are used up", (method) => {
    expect(decide(state(method), networkError)).toEqual({ action: "retry", delayMs: 100, reason: "ECONNRESET" });
    expect(decide(state(method, { retries: 1 }), networkError)).toEqual({ action: "retry", delayMs: 200, reason: "ECONNRESET" });
    expect(decide(state(method, { retries: 2 }), networkError)).toEqual(returned);
  });

  it("POST is never resent: the API may have applied it", () => {
    expect(decide(state("POST"), networkError)).toEqual(returned);
  });

  it("lower-case methods are the same methods", () => {
    expect(decide(state("get"), networkError)).toMatchObject({ action: "retry" });
    expect(decide(state("post"), networkError)).toEqual(returned);
  });
});
