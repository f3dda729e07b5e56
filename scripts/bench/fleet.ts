import { createClient } from "redis";
import { hasRedisServer } from "../../test/helpers/redis-server.js";
import type { CallTally } from "../../test/redis/helpers/fleet-protocol.js";
import { startFleetEnvironment, startWorkers, type FleetEnvironment, type FleetWorker } from "../../test/redis/helpers/fleet.js";
import { builtPackage, builtRedisEntry } from "./built-package.js";
import { entityId, institution } from "./callers.js";
import { measureRate, median, startLoopbackApi } from "./loopback-api.js";

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const total = (tallies: readonly CallTally[], field: "ok" | "failed") => tallies.reduce((n, t) => n + t[field], 0);

/** 8 processes × 200 cold concurrent calls over two scope sets: token requests at the authorization server. */
async function coldFleet(env: FleetEnvironment, workers: readonly FleetWorker[]) {
  const setup = env.setup();
  await Promise.all(workers.map((worker) => worker.request({ op: "setup", setup })));
  const before = env.grants();
  const tallies = await Promise.all(workers.map((worker) => worker.request<CallTally>({ op: "calls", count: 200, operations: ["getEntity", "listAddresses"] })));
  return { processes: workers.length, calls: total(tallies, "ok") + total(tallies, "failed"), failed: total(tallies, "failed"), scopeSets: 2, tokenRequests: env.grants() - before };
}

/** The lease holder SIGKILLed mid token request (default lease): time from the kill until the others hold a token. */
async function killedHolder(env: FleetEnvironment, workers: readonly FleetWorker[]) {
  const leaseMs = 5_000;
  const setup = env.setup({ leaseMs });
  const [holder] = await startWorkers(1);
  await holder!.request({ op: "setup", setup: { ...setup, stallTokenRequests: true } });
  await Promise.all(workers.map((worker) => worker.request({ op: "setup", setup })));
  void holder!.request({ op: "calls", count: 1, operations: ["getEntity"] }).catch(() => undefined);
  await holder!.waitFor((event) => event.event === "token-request");
  const waiting = workers.map((worker) => worker.request<CallTally>({ op: "calls", count: 20, operations: ["getEntity"] }));
  const killedAt = Date.now();
  await holder!.kill("SIGKILL");
  const tallies = await Promise.all(waiting);
  return { leaseMs, takeoverMs: Math.min(...tallies.map((t) => t.firstAt)) - killedAt, failed: total(tallies, "failed") };
}

/** Calls without pause (tokens of 2 s) while Redis is stopped for 3 s and started again: failed calls. */
async function redisOutage(env: FleetEnvironment, workers: readonly FleetWorker[]) {
  env.authorizationServer.setAccessTokenTtl(2);
  const setup = env.setup();
  const logged = workers.map((worker) => worker.events.length);
  await Promise.all(workers.map((worker) => worker.request({ op: "setup", setup })));
  await Promise.all(workers.map((worker) => worker.request({ op: "start-loop", concurrency: 4, operations: ["getEntity", "listAddresses"] })));
  await wait(1_000);
  await env.redis.stop();
  await wait(3_000);
  await env.redis.start();
  await wait(3_000);
  const tallies = await Promise.all(workers.map((worker) => worker.request<CallTally>({ op: "stop-loop" })));
  env.authorizationServer.setAccessTokenTtl(600);
  const warnLines = workers.map((worker, i) => worker.events.slice(logged[i]).filter((e) => e.event === "log" && e.level === "warn").length);
  return { calls: total(tallies, "ok") + total(tallies, "failed"), failed: total(tallies, "failed"), warnLinesPerProcess: Math.max(...warnLines) };
}

/** Calls/s with a cached token against a loopback API, with and without a store (rounds interleaved); cost ratio = no-store rate ÷ store rate. */
async function cachedCallCost(env: FleetEnvironment, rounds = 10, perRound = 3_000, concurrency = 8) {
  const api = await startLoopbackApi();
  const { clientCredentials, createEntityManagementClient } = builtPackage;
  const store = builtRedisEntry.createRedisStore({ redis: createClient({ url: env.redis.url }), encryptionKey: env.setup().encryptionKey, keyPrefix: "bench-cost" });
  const { clientId, clientSecret } = env.authorizationServer.clients.secretBasic;
  const serviceRoot = `${api.origin}/a/api/entity-svcs/v1`;
  const clientWith = (withStore: boolean) => {
    const shared = withStore ? { store } : {};
    const client = createEntityManagementClient({ institutionUniversalId: institution, baseUrl: serviceRoot, auth: clientCredentials({ issuer: env.authorizationServer.issuer, clientId, clientSecret, ...shared }), ...shared });
    return () => client.GET("/entities/{EntityId}", { params: { path: { EntityId: entityId } } });
  };
  const callers = { noStore: clientWith(false), store: clientWith(true) };
  try {
    const rates: Record<keyof typeof callers, number[]> = { noStore: [], store: [] };
    for (const caller of Object.values(callers)) await measureRate(caller, 500, concurrency);
    const entries = Object.entries(callers) as [keyof typeof callers, () => Promise<unknown>][];
    for (let round = 0; round < rounds; round += 1) {
      for (let turn = 0; turn < entries.length; turn += 1) {
        const [name, caller] = entries[(round + turn) % entries.length]!;
        rates[name].push(await measureRate(caller, perRound, concurrency));
      }
    }
    const noStore = median(rates.noStore);
    const withStore = median(rates.store);
    return { noStoreRate: noStore, storeRate: withStore, costRatio: noStore / withStore };
  } finally {
    await store.close();
    await api.close();
  }
}

/** The fleet figures (README "Running a fleet"), or why they were skipped. */
export async function benchFleet() {
  if (!hasRedisServer()) return { skipped: "redis-server is not on PATH (apt-get install redis-server)" } as const;
  const env = await startFleetEnvironment();
  let workers: FleetWorker[] = [];
  try {
    // First, while no worker process competes for the cores.
    const cost = await cachedCallCost(env);
    workers = await startWorkers(8);
    const cold = await coldFleet(env, workers);
    const holder = await killedHolder(env, workers);
    const outage = await redisOutage(env, workers.slice(0, 4));
    return { cold, holder, outage, cost };
  } finally {
    await Promise.all(workers.map((worker) => worker.kill()));
    await env.stop();
  }
}
