/**
 * `npm run check:contract -- --sandbox --allow-writes` passes clean, as the user runs it (a child
 * process through tsx): every operation checked, none drifting, the throwaway records cleaned up.
 * And the exported function, read-only, from code.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkContract, ContractCheckError, type ContractReport } from "../../src/contract/index.js";
import { clientCredentials, operations } from "../../src/index.js";
import { startSandbox, type RunningSandbox } from "../../src/sandbox/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

function spawnCheck(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const script = join(root, "scripts/check-contract.ts");
    execFile(process.execPath, ["--import", "tsx", script, ...args], { cwd: root, encoding: "utf8" }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : -1, stdout, stderr });
    });
  });
}

describe("npm run check:contract -- --sandbox --allow-writes", () => {
  let directory: string;
  let run: { code: number; stdout: string; stderr: string };
  let report: ContractReport;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), "contract-sandbox-"));
    run = await spawnCheck(["--sandbox", "--allow-writes", "--json", join(directory, "report.json"), "--junit", join(directory, "report.xml")]);
    report = JSON.parse(await readFile(join(directory, "report.json"), "utf8")) as ContractReport;
  }, 60_000);
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it("exits 0 with every operation of the spec conformant", () => {
    expect(run.code, run.stderr).toBe(0);
    expect(report.target.kind).toBe("sandbox");
    expect(report.operations.map((result) => result.operationId).sort()).toEqual(Object.keys(operations).sort());
    expect(report.operations.filter((result) => result.outcome !== "conformant")).toEqual([]);
    expect(report.summary.newFindings).toBe(0);
    expect(report.scopes.every((scope) => scope.granted)).toBe(true);
  });

  it("retires or deletes every record it created, and says what it had to leave", () => {
    expect(report.cleanup.filter((step) => step.outcome === "failed")).toEqual([]);
    expect(
      report.cleanup
        .filter((step) => step.outcome === "left")
        .map((step) => step.operationId)
        .sort(),
    ).toEqual(["generateNotice", "generateReport"]);
    expect(run.stdout).toContain("No new findings.");
  });

  it("writes a JUnit report without failures", async () => {
    const junit = await readFile(join(directory, "report.xml"), "utf8");
    expect(junit).toContain(`tests="${Object.keys(operations).length}" failures="0" skipped="0"`);
  });
});

describe("checkContract, from code", () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(() => sandbox.stop());
  const target = () => ({
    baseUrl: sandbox.baseUrl,
    institutionUniversalId: sandbox.institutionUniversalId,
    auth: clientCredentials({ issuer: sandbox.issuer, clientId: sandbox.credentials.privateKeyJwt.clientId, privateKey: sandbox.credentials.privateKeyJwt.privateKeyPem }),
  });

  it("is read-only by default: writes skipped for that reason, the rest checked or skipped for want of an id", async () => {
    const report = await checkContract({ target: { ...target(), sandbox: true }, enterpriseUserId: sandbox.enterpriseUsers.teller });
    expect(report.summary).toMatchObject({ drift: 0, missing: 0, forbidden: 0, error: 0, newFindings: 0 });
    for (const result of report.operations) {
      const write = operations[result.operationId as keyof typeof operations].method !== "GET" && !result.path.endsWith("/search");
      if (write) expect(result.skip?.reason, result.operationId).toBe("writes-not-allowed");
      else expect(["conformant", "no-id", "not-found"], result.operationId).toContain(result.skip?.reason ?? result.outcome);
    }
    expect(report.operations.filter((result) => result.outcome === "conformant").length).toBeGreaterThan(20);
  });

  it("refuses writes on a target not marked as the sandbox unless its institution id is repeated", async () => {
    await expect(checkContract({ target: target(), allowWrites: true })).rejects.toMatchObject({ code: "CONTRACT_WRITES_REFUSED" });
    await expect(checkContract({ target: target(), allowWrites: "4e3cde86-0000-0000-0000-000000000000" })).rejects.toBeInstanceOf(ContractCheckError);
    await expect(checkContract({ target: { ...target(), baseUrl: "https://bank.example/a/api/entity-svcs/v1", sandbox: true } })).rejects.toMatchObject({ code: "CONTRACT_USAGE" });
  });
});
