import { createClient } from "redis";
import { hasRedisServer } from "../../test/helpers/redis-server.js";
import { startFleetEnvironment, startWorkers, type FleetEnvironment, type FleetWorker } from "../../test/redis/helpers/fleet.js";
import { callsThroughOutage, coldCalls, killedLeaseHolder } from "../../test/redis/helpers/fleet-scenarios.js";
import { builtPackage, builtRedisEntry } from "./built-package.js";
import { entityId, institution } from "./callers.js";
import { interleavedRates, startLoopbackApi } from "./loopback-api.js";

/** Calls/s with a cached token against a loopback API, with and without a store; cost ratio = no-store rate ÷ store rate. */
async function cachedCallCost(env: FleetEnvironment, rounds = 10, perRound = 3_000, concurrency = 8) {
  const api = await startLoopbackApi();
  const { clientCredentials, createEntityManagementClient } = builtPackage;
  const store = builtRedisEntry.createRedisStore({ redis: createClient({ url: env.redis.url }), encryptionKey: env.setup().encryptionKey, keyPrefix: "bench-cost" });
  const { clientId, clientSecret } = env.authorizationServer.clients.secretBasic;
  const serviceRoot = `${api.origin}/a/api/entity-svcs/v1`;
  const caller = (withStore: boolean) => {
    const shared = withStore ? { store } : {};
    const client = createEntityManagementClient({
      institutionUniversalId: institution,
      baseUrl: serviceRoot,
      auth: clientCredentials({ issuer: env.authorizationServer.issuer, clientId, clientSecret, ...shared }),
      ...shared,
    });
    return () => client.GET("/entities/{EntityId}", { params: { path: { EntityId: entityId } } });
  };
  try {
    const { medians, ratio } = await interleavedRates({ noStore: caller(false), store: caller(true) }, rounds, perRound, concurrency);
    return { noStoreRate: medians.noStore, storeRate: medians.store, costRatio: ratio("noStore", "store") };
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
    const cold = await coldCalls(env, workers);
    const holder = await killedLeaseHolder(env, workers, 5_000);
    const outage = await callsThroughOutage(env, workers.slice(0, 4));
    return { cold, holder, outage, cost };
  } finally {
    await Promise.all(workers.map((worker) => worker.kill()));
    await env.stop();
  }
}
