/**
 * The CLI's guard rails and workflows on a loopback live target: writes are refused before any
 * request unless the institution id is repeated; the baseline accepts known findings and fails
 * on new ones; evidence goes into a copy of spec/ as a reviewable diff, and never from the sandbox.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ContractReport } from "../../src/contract/index.js";
import type { Plant } from "./drift-proxy.js";
import { runContractCli, startLiveTarget, type LiveTarget } from "./fixture.js";

const plants: Record<string, Plant> = {};
const dropPaging: Plant = (answer) => ({ ...answer, body: { ...(answer.body as object), paging: undefined } });
let live: LiveTarget;
let directory: string;

beforeAll(async () => {
  live = await startLiveTarget({ plants });
  directory = await mkdtemp(join(tmpdir(), "contract-cli-"));
});
afterAll(async () => {
  await live.stop();
  await rm(directory, { recursive: true, force: true });
});
beforeEach(() => {
  for (const key of Object.keys(plants)) delete plants[key];
});

const reportAt = async (file: string) => JSON.parse(await readFile(join(directory, file), "utf8")) as ContractReport;

describe("check:contract's write guard", () => {
  it.each([["--allow-writes"], ["--allow-writes=00000000-0000-4000-8000-000000000000"]])("refuses %s against a live target with exit 2, before any request", async (flag) => {
    const before = { api: live.proxy.requests.length, tokens: live.authorizationServer.events.requests.length };
    const run = await runContractCli([flag], live.env, directory);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/institution/);
    expect(run.stdout).not.toMatch(/^\[/m);
    expect({ api: live.proxy.requests.length, tokens: live.authorizationServer.events.requests.length }).toEqual(before);
  });

  it("names the missing environment variables, never a value", async () => {
    const { JH_CLIENT_SECRET: _, ...env } = live.env;
    const run = await runContractCli([], { ...env, INSTITUTION_UNIVERSAL_ID: "" }, directory);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("INSTITUTION_UNIVERSAL_ID, one of JH_PRIVATE_KEY_PATH, JH_PRIVATE_KEY_PEM, JH_CLIENT_SECRET");
    expect(run.stderr).not.toContain(live.env["JH_ISSUER"]);
  });

  it("exits 2 when the API cannot be reached", async () => {
    const run = await runContractCli(["--only", "listAddressLabels"], { ...live.env, ENTITY_SERVICES_BASE_URL: "http://127.0.0.1:9/a/api/entity-svcs/v1" }, directory);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no HTTP answer/);
  }, 20_000);
});

describe("check:contract's baseline", () => {
  it("accepts the findings it wrote, and fails on a new one", async () => {
    plants["searchEntities"] = dropPaging;
    const written = await runContractCli(["--only", "Entities,listAddressLabels", "--write-baseline", "baseline.json"], live.env, directory);
    expect(written.code).toBe(0);
    const baseline = JSON.parse(await readFile(join(directory, "baseline.json"), "utf8")) as unknown;
    expect(baseline).toEqual({ version: 1, accepted: [{ operationId: "searchEntities", where: "response.body/paging", rule: "required" }] });

    const accepted = await runContractCli(["--only", "Entities,listAddressLabels", "--baseline", "baseline.json", "--json", "accepted.json"], live.env, directory);
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain("No new findings (1 accepted by the baseline).");
    expect((await reportAt("accepted.json")).summary).toMatchObject({ drift: 1, newFindings: 0, acceptedFindings: 1 });

    plants["listAddressLabels"] = (answer) => ({ ...answer, body: {} });
    const fresh = await runContractCli(["--only", "Entities,listAddressLabels", "--baseline", "baseline.json"], live.env, directory);
    expect(fresh.code).toBe(1);
    expect(fresh.stdout).toContain("1 new finding (1 more accepted by the baseline).");
  });

  it("reports only the selected operations, the rest as not selected", async () => {
    const run = await runContractCli(["--only", "getAddress", "--json", "only.json"], live.env, directory);
    const report = await reportAt("only.json");
    expect(run.code).toBe(0);
    expect(report.operations.filter((result) => result.skip?.reason !== "not-selected").map((result) => [result.operationId, result.outcome])).toEqual([
      ["getAddress", "conformant"],
    ]);
    expect(live.proxy.requests.some((request) => request.operationId === "listAddresses")).toBe(true);
  });

  it("refuses a file that is not a baseline", async () => {
    await writeFile(join(directory, "not-a-baseline.json"), "[]");
    const run = await runContractCli(["--baseline", "not-a-baseline.json"], live.env, directory);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not a contract-check baseline/);
  });
});

describe("check:contract --record-evidence", () => {
  it("marks the operations a live run saw conforming, as a two-line diff each with comments kept", async () => {
    const workspace = await mkdtemp(join(tmpdir(), "contract-evidence-"));
    try {
      await cp("spec", join(workspace, "spec"), { recursive: true });
      const run = await runContractCli(["--only", "searchEntities,listAddressLabels", "--record-evidence"], live.env, workspace);
      expect(run.code).toBe(0);
      const date = new Date().toISOString().slice(0, 10);
      const before = await readFile("spec/paths/entities.yaml", "utf8");
      const after = await readFile(join(workspace, "spec/paths/entities.yaml"), "utf8");
      const search = before.indexOf("operationId: searchEntities");
      const expected = `${before.slice(0, search)}${before.slice(search).replace("    x-evidence: inferred\n", `    x-evidence: observed\n    x-observed: '${date}'\n`)}`;
      expect(after).toBe(expected);
      expect(after).toContain("# A POST that changes nothing");
      expect(await readFile(join(workspace, "spec/paths/reference-lists.yaml"), "utf8")).toContain(`operationId: listAddressLabels`);
      expect(run.stdout).toContain("Recorded x-evidence: observed");
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  });

  it("never records from the sandbox", async () => {
    const run = await runContractCli(["--sandbox", "--record-evidence"], {}, directory);
    expect(run.code).toBe(2);
    const sandboxReport = { target: { kind: "sandbox" }, operations: [], checkedAt: new Date().toISOString() };
    await writeFile(join(directory, "sandbox-report.json"), JSON.stringify(sandboxReport));
    const fromFile = await runContractCli(["--record-evidence-from", "sandbox-report.json"], {}, directory);
    expect(fromFile.code).toBe(2);
    expect(fromFile.stderr).toMatch(/never from the sandbox/);
  });
});
