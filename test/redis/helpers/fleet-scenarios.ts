/** The fleet scenarios the tests assert on and the benchmark reports: each sets up a fresh key prefix and measures at the servers. */
import type { FleetEnvironment, FleetWorker } from "./fleet.js";
import { startWorkers } from "./fleet.js";
import type { CallTally, WorkerSetup } from "./fleet-protocol.js";

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const total = (tallies: readonly CallTally[], field: "ok" | "failed") => tallies.reduce((n, t) => n + t[field], 0);
const failuresOf = (tallies: readonly CallTally[]) => tallies.flatMap((t) => t.failures);
/** The messages `worker` logged at `level` since its event number `from`. */
const logLines = (worker: FleetWorker, from: number | undefined, level: "warn" | "info"): string[] =>
  worker.events.slice(from).flatMap((e) => (e.event === "log" && e.level === level ? [e.message] : []));

/** Every worker makes `count` cold concurrent calls over two scope sets; token requests counted at the authorization server. */
export async function coldCalls(env: FleetEnvironment, workers: readonly FleetWorker[], count = 200, extra: Partial<WorkerSetup> = {}) {
  const setup = env.setup(extra);
  const logged = workers.map((worker) => worker.events.length);
  await Promise.all(workers.map((worker) => worker.request({ op: "setup", setup })));
  const before = env.grants();
  const tallies = await Promise.all(workers.map((worker) => worker.request<CallTally>({ op: "calls", count, operations: ["getEntity", "listAddresses"] })));
  return {
    // What the stores logged (a slow command makes a process go on alone, and says so).
    warnings: workers.flatMap((worker, i) => logLines(worker, logged[i], "warn")),
    processes: workers.length,
    scopeSets: 2,
    calls: total(tallies, "ok") + total(tallies, "failed"),
    failed: total(tallies, "failed"),
    failures: failuresOf(tallies),
    tokenRequests: env.grants() - before,
  };
}

/**
 * An extra worker takes the lease and hangs in its token request; the others start calling, and
 * it is SIGKILLed. `takeoverMs`: from the kill until the first of the others' calls succeeded.
 */
export async function killedLeaseHolder(env: FleetEnvironment, workers: readonly FleetWorker[], leaseMs: number) {
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
    return { leaseMs, takeoverMs: Math.min(...tallies.map((t) => t.firstAt)) - killedAt, failed: total(tallies, "failed"), tokenRequests: env.grants() - before };
  } finally {
    await holder!.kill("SIGKILL");
  }
}

/**
 * The workers call without pause, with access tokens of `tokenSeconds` (refreshed about every half
 * of it), while Redis is stopped for `downMs` and started again. Once every worker has logged that
 * Redis answers again and a token lifetime has passed, grants are counted for `windowMs`: shared
 * again, that is about one per refresh per scope set, not one per process.
 */
export async function callsThroughOutage(env: FleetEnvironment, workers: readonly FleetWorker[], options = { tokenSeconds: 2, downMs: 3_000, windowMs: 3_000 }) {
  const { tokenSeconds, downMs, windowMs } = options;
  env.authorizationServer.setAccessTokenTtl(tokenSeconds);
  try {
    const setup = env.setup();
    const logged = workers.map((worker) => worker.events.length);
    const linesOf = (worker: FleetWorker, i: number, level: "warn" | "info") => logLines(worker, logged[i], level).length;
    await Promise.all(workers.map((worker) => worker.request({ op: "setup", setup })));
    await Promise.all(workers.map((worker) => worker.request({ op: "start-loop", concurrency: 4, operations: ["getEntity", "listAddresses"] })));
    await wait(1_000);
    await env.redis.stop();
    await wait(downMs);
    await env.redis.start();
    // Every worker reconnects by itself and notices.
    await Promise.all(workers.map((worker, i) => worker.waitFor(() => linesOf(worker, i, "info") > 0)));
    await wait(tokenSeconds * 1_000);
    const before = env.grants();
    await wait(windowMs);
    const grantsAfterResume = env.grants() - before;
    const tallies = await Promise.all(workers.map((worker) => worker.request<CallTally>({ op: "stop-loop" })));
    return {
      processes: workers.length,
      calls: total(tallies, "ok") + total(tallies, "failed"),
      failed: total(tallies, "failed"),
      failures: failuresOf(tallies),
      callsPerProcess: tallies.map((t) => t.ok + t.failed),
      warnLines: workers.map((worker, i) => linesOf(worker, i, "warn")),
      grantsAfterResume,
      windowMs,
    };
  } finally {
    env.authorizationServer.setAccessTokenTtl(600);
  }
}
