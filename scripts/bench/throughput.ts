import { createCallers } from "./callers.js";
import { measureRate, median, startLoopbackApi } from "./loopback-api.js";

/** Requests/s of raw fetch, bare openapi-fetch and this client against one loopback server, rounds interleaved. */
export async function benchThroughput(rounds = 5, perRound = 3_000, concurrency = 8) {
  const api = await startLoopbackApi();
  try {
    const callers = createCallers(`${api.origin}/a/api/entity-svcs/v1`, (input, init) => fetch(input, init));
    const rates: Record<keyof typeof callers, number[]> = { rawFetch: [], openapiFetch: [], client: [] };
    for (const caller of Object.values(callers)) await measureRate(caller, 500, concurrency); // warm-up: JIT, keep-alive sockets
    for (let round = 0; round < rounds; round += 1) {
      for (const [name, caller] of Object.entries(callers) as [keyof typeof callers, () => Promise<unknown>][]) {
        rates[name].push(await measureRate(caller, perRound, concurrency));
      }
    }
    const rawFetch = median(rates.rawFetch);
    const openapiFetch = median(rates.openapiFetch);
    const client = median(rates.client);
    return { rawFetch, openapiFetch, client, clientVsOpenapiFetch: client / openapiFetch, clientVsRawFetch: client / rawFetch };
  } finally {
    await api.close();
  }
}
