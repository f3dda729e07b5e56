import { createCallers, stubbedFetch } from "./callers.js";
import { median } from "./loopback-api.js";

async function microsecondsPerCall(call: () => Promise<unknown>, calls: number): Promise<number> {
  const begin = performance.now();
  for (let index = 0; index < calls; index += 1) await call();
  return ((performance.now() - begin) * 1000) / calls;
}

/**
 * µs per call with a fetch that answers at once: what this client adds over bare openapi-fetch.
 * Many short rounds, alternating who goes first, so both meet the same heap and the same GC debt
 * (long rounds drifted apart by ±15 µs); the figure is the median of the per-round differences.
 */
export async function benchOverhead(rounds = 150, calls = 200) {
  const callers = createCallers("http://127.0.0.1:9/a/api/entity-svcs/v1", stubbedFetch);
  await microsecondsPerCall(callers.client, 5_000);
  await microsecondsPerCall(callers.openapiFetch, 5_000);
  const us = { openapiFetch: [] as number[], client: [] as number[] };
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? (["openapiFetch", "client"] as const) : (["client", "openapiFetch"] as const);
    for (const name of order) us[name].push(await microsecondsPerCall(callers[name], calls));
  }
  return { openapiFetchUs: median(us.openapiFetch), clientUs: median(us.client), addedUs: median(us.client.map((client, round) => client - (us.openapiFetch[round] ?? 0))) };
}

/** Heap in use after 1 k and after 100 k calls (after a full GC each time): flat means no per-call leak. */
export async function benchHeap() {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with node --expose-gc to measure the heap");
  const { client } = createCallers("http://127.0.0.1:9/a/api/entity-svcs/v1", stubbedFetch);
  const heapAfter = async (calls: number) => {
    for (let index = 0; index < calls; index += 1) await client();
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
  const after1k = await heapAfter(1_000);
  const after100k = await heapAfter(99_000);
  return { after1kMiB: after1k / 2 ** 20, after100kMiB: after100k / 2 ** 20, growthMiB: (after100k - after1k) / 2 ** 20 };
}
