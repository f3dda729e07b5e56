import { createCallers } from "./callers.js";
import { interleavedRates, startLoopbackApi } from "./loopback-api.js";

/**
 * Requests/s of raw fetch, bare openapi-fetch, ky, axios and this client against one loopback server,
 * rounds interleaved; the ratios are paired by round (6 long rounds compared by their medians moved by ±0.05 between runs).
 */
export async function benchThroughput(rounds = 24, perRound = 800, concurrency = 8) {
  const api = await startLoopbackApi();
  try {
    const callers = createCallers(`${api.origin}/a/api/entity-svcs/v1`, (input, init) => fetch(input, init));
    const { medians, ratio } = await interleavedRates(callers, rounds, perRound, concurrency);
    return {
      ...medians,
      clientVsOpenapiFetch: ratio("client", "openapiFetch"),
      clientVsKy: ratio("client", "ky"),
      clientVsAxios: ratio("client", "axios"),
      clientVsRawFetch: ratio("client", "rawFetch"),
    };
  } finally {
    await api.close();
  }
}
