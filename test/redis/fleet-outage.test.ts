/**
 * Redis is never a single point of failure: real processes calling without pause while Redis is
 * stopped and started again. No call fails, each process logs one warn line for the outage, and
 * once Redis is back the fleet shares its tokens again.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { startFleetEnvironment, startWorkers, type FleetEnvironment, type FleetWorker } from "./helpers/fleet.js";
import type { CallTally } from "./helpers/fleet-protocol.js";

let env: FleetEnvironment;
let workers: FleetWorker[];
beforeAll(async () => {
  [env, workers] = await Promise.all([startFleetEnvironment(), startWorkers(4)]);
}, 60_000);
afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.kill()));
  await env.stop();
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const logs = (worker: FleetWorker, level: "warn" | "info") => worker.events.filter((e) => e.event === "log" && e.level === level).length;

it("Redis stopped mid-run: 0 failed calls, one warn line per process, and sharing resumes when it is back", async () => {
  // Tokens of 2 s are refreshed about every second, so the fleet needs new ones while Redis is down.
  const tokenSeconds = 2;
  env.authorizationServer.setAccessTokenTtl(tokenSeconds);
  const setup = env.setup();
  await Promise.all(workers.map((worker) => worker.request({ op: "setup", setup })));
  await Promise.all(workers.map((worker) => worker.request({ op: "start-loop", concurrency: 4, operations: ["getEntity", "listAddresses"] })));

  await wait(1_000);
  await env.redis.stop();
  await wait(2_500);
  await env.redis.start();
  // Every process notices Redis is back (it reconnects by itself) ...
  await Promise.all(workers.map((worker) => worker.waitFor((e) => e.event === "log" && e.level === "info")));
  // ... and after one refresh round the fleet shares again: per scope set one grant per refresh, not one per process.
  await wait(tokenSeconds * 1_000);
  const before = env.grants();
  await wait(3_000);
  const sharedGrants = env.grants() - before;
  const tallies = await Promise.all(workers.map((worker) => worker.request<CallTally>({ op: "stop-loop" })));

  expect(tallies.reduce((n, t) => n + t.failed, 0), JSON.stringify(tallies.flatMap((t) => t.failures))).toBe(0);
  expect(tallies.every((t) => t.ok > 100)).toBe(true);
  for (const worker of workers) expect(logs(worker, "warn")).toBe(1);
  // 2 scope sets, a refresh about every 0.8-1 s for 3 s: at most ~8 shared; alone, 4 processes would make ~4 times that.
  expect(sharedGrants).toBeLessThanOrEqual(10);
  expect(sharedGrants).toBeGreaterThan(0);
}, 30_000);
