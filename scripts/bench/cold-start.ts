import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { institution, entityId } from "./callers.js";
import { median, pairedRatio, startLoopbackApi } from "./loopback-api.js";

const run = promisify(execFile);

// Each program imports its client, makes one GET to the loopback API and prints the ms since the process started.
function programs(serviceRoot: string): Record<"openapiFetch" | "client", string> {
  const dist = pathToFileURL(resolve("dist/src/index.js")).href;
  const path = `/entities/${entityId}`;
  return {
    openapiFetch: `import createClient from "openapi-fetch";
const client = createClient({ baseUrl: "${serviceRoot}/${institution}" });
await client.GET("${path}", { headers: { authorization: "Bearer bench-token" } });
console.log(performance.now());`,
    client: `import { createEntityManagementClient, staticToken } from "${dist}";
const client = createEntityManagementClient({ institutionUniversalId: "${institution}", baseUrl: "${serviceRoot}", auth: staticToken("bench-token", { scopes: ["entity-services.entities.read"] }) });
await client.GET("/entities/{EntityId}", { params: { path: { EntityId: "${entityId}" } } });
console.log(performance.now());`,
  };
}

/** Fresh process to first response (ms, median of alternating runs): bare openapi-fetch vs this client, built; the ratio paired by run. */
export async function benchColdStart(runs = 31) {
  const api = await startLoopbackApi();
  try {
    const sources = programs(`${api.origin}/a/api/entity-svcs/v1`);
    const times: Record<keyof typeof sources, number[]> = { openapiFetch: [], client: [] };
    for (let index = 0; index < runs; index += 1) {
      for (const name of index % 2 === 0 ? (["openapiFetch", "client"] as const) : (["client", "openapiFetch"] as const)) {
        const { stdout } = await run(process.execPath, ["--input-type=module", "-e", sources[name]]);
        times[name].push(Number(stdout.trim()));
      }
    }
    const openapiFetchMs = median(times.openapiFetch);
    const clientMs = median(times.client);
    // Paired by run, like the loopback ratios: the two processes of a run meet the same state of the machine.
    return { openapiFetchMs, clientMs, ratio: pairedRatio(times.client, times.openapiFetch) };
  } finally {
    await api.close();
  }
}
