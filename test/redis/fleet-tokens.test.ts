/**
 * A fleet of real processes on one Redis: one token request per scope set for all of them, and a
 * lease holder killed mid-request replaced once its lease runs out. Grants are counted at the
 * authorization server.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFleetEnvironment, startWorkers, type FleetEnvironment, type FleetWorker } from "./helpers/fleet.js";
import type { CallTally } from "./helpers/fleet-protocol.js";

let env: FleetEnvironment;
let workers: FleetWorker[];
beforeAll(async () => {
  [env, workers] = await Promise.all([startFleetEnvironment(), startWorkers(8)]);
}, 60_000);
afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.kill()));
  await env.stop();
});

const sum = (tallies: readonly CallTally[], field: "ok" | "failed") => tallies.reduce((total, tally) => total + tally[field], 0);

describe("a fleet of 8 processes", () => {
  it("200 cold concurrent calls each, over two scope sets: exactly one token request per scope set", async () => {
    const setup = env.setup();
    await Promise.all(workers.map((worker) => worker.request({ op: "setup", setup })));
    const before = env.grants();
    const tallies = await Promise.all(workers.map((worker) => worker.request<CallTally>({ op: "calls", count: 200, operations: ["getEntity", "listAddresses"] })));
    expect(sum(tallies, "failed"), JSON.stringify(tallies.flatMap((t) => t.failures))).toBe(0);
    expect(sum(tallies, "ok")).toBe(1_600);
    expect(env.grants() - before, JSON.stringify(workers.map((w) => w.events.filter((e) => e.event === "log")))).toBe(2);
  });

  it("the lease holder killed (SIGKILL) mid token request: another takes over once the lease runs out, and every call succeeds", async () => {
    const leaseMs = 1_000;
    const setup = env.setup({ leaseMs });
    const [holder] = await startWorkers(1);
    try {
      await holder!.request({ op: "setup", setup: { ...setup, stallTokenRequests: true } });
      await Promise.all(workers.map((worker) => worker.request({ op: "setup", setup })));
      const before = env.grants();
      void holder!.request({ op: "calls", count: 1, operations: ["getEntity"] }).catch(() => undefined);
      // It holds the lease now, its token request in flight and never answered.
      await holder!.waitFor((event) => event.event === "token-request");
      const waiting = workers.map((worker) => worker.request<CallTally>({ op: "calls", count: 20, operations: ["getEntity"] }));
      const killedAt = Date.now();
      await holder!.kill("SIGKILL");
      const tallies = await Promise.all(waiting);
      const takeoverMs = Math.min(...tallies.map((t) => t.firstAt)) - killedAt;
      expect(sum(tallies, "failed")).toBe(0);
      expect(env.grants() - before, JSON.stringify(workers.map((w) => w.events.filter((e) => e.event === "log")))).toBe(1);
      // At most a lease (renewed every third of it) and a poll after the kill; never before it.
      expect(takeoverMs).toBeGreaterThan(0);
      expect(takeoverMs).toBeLessThan(leaseMs + 500);
    } finally {
      await holder!.kill("SIGKILL");
    }
  });
});
