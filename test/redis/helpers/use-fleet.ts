import { afterAll, beforeAll } from "vitest";
import { startFleetEnvironment, startWorkers, type FleetEnvironment, type FleetWorker } from "./fleet.js";

/** The fleet's servers and `count` worker processes for the file's tests, stopped after them; read `.env` and `.workers` inside tests. */
export function useFleet(count: number): { readonly env: FleetEnvironment; readonly workers: readonly FleetWorker[] } {
  const holder = {} as { env: FleetEnvironment; workers: FleetWorker[] };
  beforeAll(async () => {
    [holder.env, holder.workers] = await Promise.all([startFleetEnvironment(), startWorkers(count)]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all((holder.workers ?? []).map((worker) => worker.kill()));
    await holder.env?.stop();
  });
  return holder;
}
