import { mkdir, writeFile } from "node:fs/promises";
import { benchBundleSize } from "./bench/bundle-size.js";
import { benchColdStart } from "./bench/cold-start.js";
import { benchFleet } from "./bench/fleet.js";
import { benchHeap, benchOverhead } from "./bench/overhead.js";
import { benchSingleFlight } from "./bench/single-flight.js";
import { benchThroughput } from "./bench/throughput.js";
import { benchGenerate, benchTypecheck } from "./bench/tool-times.js";

// npm run bench: every figure in one run, as ratios and goals rather than pass/fail timings.
const throughput = await benchThroughput();
const overhead = await benchOverhead();
const heap = await benchHeap();
const bundle = await benchBundleSize();
const coldStart = await benchColdStart();
const singleFlight = await benchSingleFlight();
const generate = await benchGenerate();
const typecheck = await benchTypecheck();
const fleet = await benchFleet();

const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const rows = [
  ["raw fetch, loopback", `${round(throughput.rawFetch, 0)} req/s`, ""],
  ["bare openapi-fetch, loopback", `${round(throughput.openapiFetch, 0)} req/s`, ""],
  ["ky (retry 2), loopback", `${round(throughput.ky, 0)} req/s`, ""],
  ["axios + axios-retry, loopback", `${round(throughput.axios, 0)} req/s`, ""],
  ["this client (cached token), loopback", `${round(throughput.client, 0)} req/s`, ""],
  ["client ÷ openapi-fetch", `${round(throughput.clientVsOpenapiFetch)}`, "≥ 0.90"],
  ["client ÷ ky", `${round(throughput.clientVsKy)}`, "≥ 1.0"],
  ["client ÷ axios + axios-retry", `${round(throughput.clientVsAxios)}`, "≥ 1.0"],
  ["client ÷ raw fetch", `${round(throughput.clientVsRawFetch)}`, ""],
  ["added per call over openapi-fetch (stubbed fetch)", `${round(overhead.addedUs, 1)} µs`, "≤ 10 µs"],
  ["token requests for 1 000 cold concurrent calls", `${singleFlight.tokenRequests} (${singleFlight.succeeded} calls ok)`, "exactly 1"],
  [
    "bundle up front: client + client credentials, min+gz",
    `${round(bundle.upFrontMinGzipBytes / 1024, 1)} kB (all ${bundle.chunks} chunks ${round(bundle.allChunksMinGzipBytes / 1024, 1)} kB)`,
    "≤ 15 kB",
  ],
  ["fresh process to first response ÷ openapi-fetch", `${round(coldStart.ratio)} (${round(coldStart.clientMs, 0)} vs ${round(coldStart.openapiFetchMs, 0)} ms)`, "≤ 1.10"],
  ["npm run generate, wall", `${round(generate.seconds)} s`, "≤ 3 s"],
  ["tsc of a consumer using 10 operations, wall", `${round(typecheck.seconds)} s`, "≤ 3 s"],
  ["heap growth from 1 k to 100 k calls", `${round(heap.growthMiB)} MiB (${round(heap.after1kMiB, 1)} → ${round(heap.after100kMiB, 1)})`, "flat"],
  ...("skipped" in fleet
    ? [["fleet on Redis", `skipped: ${fleet.skipped}`, ""]]
    : [
        [
          `fleet: ${fleet.cold.processes} processes × 200 cold calls, ${fleet.cold.scopeSets} scope sets → token requests`,
          `${fleet.cold.tokenRequests} (${fleet.cold.failed} calls failed)`,
          "1 per scope set",
        ],
        ["fleet: lease holder SIGKILLed mid-request → others hold a token", `${round(fleet.holder.takeoverMs / 1000)} s (lease ${fleet.holder.leaseMs / 1000} s)`, "≈ lease"],
        [
          `fleet: Redis stopped 3 s, ${fleet.outage.processes} processes calling → calls failed`,
          `${fleet.outage.failed} of ${fleet.outage.calls} (warn lines per process: ${fleet.outage.warnLines.join(", ")})`,
          "0",
        ],
        [`fleet: after Redis is back, token requests in ${fleet.outage.windowMs / 1000} s (2 s tokens, 2 scope sets)`, `${fleet.outage.grantsAfterResume}`, "shared again"],
        ["cached call, store ÷ no store (cost)", `${round(fleet.cost.costRatio, 3)} (${round(fleet.cost.storeRate, 0)} vs ${round(fleet.cost.noStoreRate, 0)} req/s)`, "≤ 1.05"],
      ]),
];
const width = Math.max(...rows.map(([name = ""]) => name.length));
console.log(`${"measure".padEnd(width)}  result  (goal)`);
for (const [name = "", value, goal] of rows) console.log(`${name.padEnd(width)}  ${value}${goal ? `  (goal ${goal})` : ""}`);

await mkdir("bench", { recursive: true });
const results = { node: process.version, date: new Date().toISOString(), throughput, overhead, heap, bundle, coldStart, singleFlight, generate, typecheck, fleet };
await writeFile("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
console.log("\nwritten to bench/results.json");
