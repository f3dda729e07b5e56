import { createCallers } from "./callers.js";
import { measureRate, median, startLoopbackApi } from "./loopback-api.js";

/** Requests/s of raw fetch, bare openapi-fetch, ky, axios and this client against one loopback server, rounds interleaved. */
export async function benchThroughput(rounds = 6, perRound = 3_000, concurrency = 8) {
  const api = await startLoopbackApi();
  try {
    const callers = createCallers(`${api.origin}/a/api/entity-svcs/v1`, (input, init) => fetch(input, init));
    const rates: Record<keyof typeof callers, number[]> = { rawFetch: [], openapiFetch: [], ky: [], axios: [], client: [] };
    for (const caller of Object.values(callers)) await measureRate(caller, 500, concurrency); // warm-up: JIT, keep-alive sockets
    const entries = Object.entries(callers) as [keyof typeof callers, () => Promise<unknown>][];
    for (let round = 0; round < rounds; round += 1) {
      // Rotate who goes first: GC debt left by one runner should not always land on the same next one.
      for (let turn = 0; turn < entries.length; turn += 1) {
        const [name, caller] = entries[(round + turn) % entries.length]!;
        rates[name].push(await measureRate(caller, perRound, concurrency));
      }
    }
    const rawFetch = median(rates.rawFetch);
    const openapiFetch = median(rates.openapiFetch);
    const client = median(rates.client);
    const kyRate = median(rates.ky);
    const axiosRate = median(rates.axios);
    return {
      rawFetch,
      openapiFetch,
      ky: kyRate,
      axios: axiosRate,
      client,
      clientVsOpenapiFetch: client / openapiFetch,
      clientVsKy: client / kyRate,
      clientVsAxios: client / axiosRate,
      clientVsRawFetch: client / rawFetch,
    };
  } finally {
    await api.close();
  }
}
