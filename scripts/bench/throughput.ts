import { createCallers } from "./callers.js";
import { interleavedRates, startLoopbackApi } from "./loopback-api.js";

/** Requests/s of raw fetch, bare openapi-fetch, ky, axios and this client against one loopback server, rounds interleaved. */
export async function benchThroughput(rounds = 6, perRound = 3_000, concurrency = 8) {
  const api = await startLoopbackApi();
  try {
    const callers = createCallers(`${api.origin}/a/api/entity-svcs/v1`, (input, init) => fetch(input, init));
    const { rawFetch, openapiFetch, ky, axios, client } = await interleavedRates(callers, rounds, perRound, concurrency);
    return {
      rawFetch,
      openapiFetch,
      ky,
      axios,
      client,
      clientVsOpenapiFetch: client / openapiFetch,
      clientVsKy: client / ky,
      clientVsAxios: client / axios,
      clientVsRawFetch: client / rawFetch,
    };
  } finally {
    await api.close();
  }
}
