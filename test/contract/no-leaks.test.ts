/**
 * No response value and no secret reaches any output: a PII canary in every string the API
 * answers (every body string but ids, object keys, headers, challenges, documents), and every id
 * and token seen on the wire, are absent from the terminal, the JSON, the JUnit and the baseline.
 * The run allows writes (repeating the institution id), so create, update, delete and clean-up
 * paths are covered too.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContractReport } from "../../src/contract/index.js";
import type { ProxiedAnswer } from "./drift-proxy.js";
import { runContractCli, startLiveTarget, type CliRun, type LiveTarget } from "./fixture.js";

const canary = "PII-CANARY-Ada-Lovelace-078-05-1120";

// Ids stay intact so the check can chain them; every other string carries the canary.
function lace(value: unknown, key?: string): unknown {
  if (typeof value === "string") return key === "id" || /Ids?$/.test(key ?? "") ? value : `${value} ${canary}`;
  if (Array.isArray(value)) return value.map((item) => lace(item, key));
  if (typeof value !== "object" || value === null) return value;
  return { ...Object.fromEntries(Object.entries(value).map(([name, child]) => [name, lace(child, name)])), [canary]: canary };
}

const transform = (answer: ProxiedAnswer): ProxiedAnswer => ({
  status: answer.status,
  headers: {
    ...answer.headers,
    "x-request-id": canary,
    "content-disposition": `attachment; filename="${canary}.pdf"`,
    "content-type": `${answer.headers["content-type"] ?? "application/json"}; name="${canary}"`,
    "www-authenticate": `Bearer realm="${canary}", error_description="${canary}"`,
  },
  body: typeof answer.body === "string" ? `${answer.body}${canary}` : lace(answer.body),
});

let live: LiveTarget;
let directory: string;
let run: CliRun;
let outputs: string;

beforeAll(async () => {
  live = await startLiveTarget({
    transform,
    // A 403 too, whose challenge carries the canary outside the scope it names.
    plants: {
      listRelationshipTypes: (answer) => ({
        ...answer,
        status: 403,
        headers: { ...answer.headers, "content-type": "application/problem+json" },
        body: { type: "x", title: canary, details: [canary] },
      }),
    },
  });
  directory = await mkdtemp(join(tmpdir(), "contract-leaks-"));
  const args = [
    "--allow-writes=" + live.sandbox.institutionUniversalId,
    "--json",
    "r.json",
    "--junit",
    "r.xml",
    "--write-baseline",
    "b.json",
    "--enterprise-user",
    live.sandbox.enterpriseUsers.administrator,
  ];
  run = await runContractCli(args, live.env, directory);
  const files = await Promise.all(["r.json", "r.xml", "b.json"].map((file) => readFile(join(directory, file), "utf8")));
  outputs = [run.stdout, run.stderr, ...files].join("\n");
});
afterAll(async () => {
  await live.stop();
  await rm(directory, { recursive: true, force: true });
});

describe("check:contract keeps customer data and secrets out of every output", () => {
  it("checked the laced answers (and found them drifting) with writes on", async () => {
    const report = JSON.parse(await readFile(join(directory, "r.json"), "utf8")) as ContractReport;
    expect(run.code).toBe(0); // --write-baseline accepts what it writes
    expect(report.writes).toBe(true);
    expect(report.summary.drift).toBeGreaterThan(10);
    expect(live.proxy.requests.some((request) => request.method === "DELETE")).toBe(true);
  });

  it("never prints the canary", () => {
    expect(outputs).not.toContain(canary);
    expect(outputs).not.toContain("PII-CANARY");
  });

  it("never prints an id or other string value the API answered", () => {
    const ids = [...live.proxy.upstreamStrings].filter((value) => /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(value) && value !== live.sandbox.institutionUniversalId);
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) expect(outputs).not.toContain(id);
  });

  it("never prints a token or the client secret", () => {
    const tokens = live.proxy.requests.map((request) => request.authorization?.replace(/^Bearer /, "")).filter((token): token is string => token !== undefined);
    expect(tokens.length).toBeGreaterThan(0);
    for (const token of new Set(tokens)) expect(outputs).not.toContain(token);
    expect(outputs).not.toContain(live.env["JH_CLIENT_SECRET"]);
  });
});
