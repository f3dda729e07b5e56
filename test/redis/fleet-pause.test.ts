/**
 * Backing off together, with real processes: a 429 with Retry-After seen by one pauses every
 * process's calls to the institution (token requests go on), a process started during the pause
 * waits too, and a fleet-wide rate limit holds across processes.
 */
import { describe, expect, it } from "vitest";
import { sendJson } from "../helpers/api-server.js";
import type { FleetWorker } from "./helpers/fleet.js";
import { useFleet } from "./helpers/use-fleet.js";
import type { CallTally } from "./helpers/fleet-protocol.js";

const fleet = useFleet(3);

/** Answers 200, or 429 with `Retry-After` to the first request after `throttleNext()`; records when each request arrived. */
function scriptedApi() {
  const arrivals: number[] = [];
  let throttle: string | undefined;
  let throttledAt = 0;
  fleet.env.api.handle((_, response) => {
    arrivals.push(Date.now());
    if (throttle !== undefined) {
      sendJson(response, 429, { type: "jackhenry/rate-limited", title: "Too many requests" }, { "retry-after": throttle });
      throttle = undefined;
      throttledAt = Date.now();
      return;
    }
    sendJson(response, 200, { ok: true });
  });
  return {
    arrivals,
    throttleNext: (seconds: number) => void (throttle = String(seconds)),
    throttledAt: () => throttledAt,
  };
}

describe("Retry-After", () => {
  it("a 429 seen by one process pauses the others' calls until it passes; their token requests are not paused", async () => {
    const api = scriptedApi();
    const [a, b, c] = fleet.workers as [FleetWorker, FleetWorker, FleetWorker];
    const setup = fleet.env.setup();
    await Promise.all([a, b].map((worker) => worker.request({ op: "setup", setup })));
    await a.request({ op: "calls", count: 1, operations: ["getEntity"] });
    api.throttleNext(2);
    const throttled = await a.request<CallTally>({ op: "calls", count: 1, operations: ["getEntity"] });
    expect(throttled.failures).toEqual(["HTTP 429"]);
    const pauseEnds = api.throttledAt() + 2_000;

    // B is cold for this scope set: its token request goes out at once, during the pause.
    const grantsBefore = fleet.env.grants();
    const token = await b.request<{ ms: number; at: number }>({ op: "token", operation: "listAddresses" });
    expect(fleet.env.grants() - grantsBefore).toBe(1);
    expect(token.at).toBeLessThan(pauseEnds - 500);

    // C starts during the pause: it reads the pause when it starts and waits too.
    await c.request({ op: "setup", setup });
    const seen = api.arrivals.length;
    const [fromB, fromC] = await Promise.all([b, c].map((worker) => worker.request<CallTally>({ op: "calls", count: 5, operations: ["getEntity", "listAddresses"] })));
    expect(fromB!.failed + fromC!.failed).toBe(0);
    const later = api.arrivals.slice(seen);
    expect(later).toHaveLength(10);
    // Nothing reached the API before the pause ended (10 ms for the clocks' rounding of the key's expiry).
    expect(Math.min(...later)).toBeGreaterThanOrEqual(pauseEnds - 10);
  });
});

describe("rateLimit", () => {
  it("3 processes at 10 requests per second together: 30 calls take at least 2 seconds", async () => {
    const api = scriptedApi();
    const setup = fleet.env.setup({ rateLimit: 10 });
    await Promise.all(fleet.workers.map((worker) => worker.request({ op: "setup", setup })));
    const tallies = await Promise.all(fleet.workers.map((worker) => worker.request<CallTally>({ op: "calls", count: 10, operations: ["getEntity"] })));
    expect(tallies.reduce((n, t) => n + t.failed, 0)).toBe(0);
    const spanMs = Math.max(...api.arrivals) - Math.min(...api.arrivals);
    // Fixed one-second windows of 10 points each: 30 calls need three windows.
    expect(spanMs).toBeGreaterThanOrEqual(1_900);
    for (const start of api.arrivals) {
      expect(api.arrivals.filter((t) => t >= start && t < start + 1_000).length).toBeLessThanOrEqual(20);
    }
  });
});
