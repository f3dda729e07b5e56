/**
 * Planted drift of every kind, on a loopback "live" target: each plant is found where it was
 * planted, nothing else is called drift, and without --allow-writes no write reaches the API.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContractReport, OperationResult } from "../../src/contract/index.js";
import type { Plant } from "./drift-proxy.js";
import { runContractCli, startLiveTarget, type CliRun, type LiveTarget } from "./fixture.js";

const refusedScope = "entity-services.permissions.read";
const challengedScope = "entity-services.reference-lists.read";
type Json = Record<string, unknown>;
const nameProperty = (entity: Json) => (entity["entityType"] === "person" ? "lastName" : "legalName");

const plants: Record<string, Plant> = {
  // Wrong type: a name as a number.
  getEntity: (answer) => ({ ...answer, body: { ...(answer.body as Json), [nameProperty(answer.body as Json)]: 987_654_321 } }),
  // Missing required property, inside a discriminated union.
  searchEntities: (answer) => {
    const body = answer.body as { entities: Json[] };
    const [first, ...rest] = body.entities;
    const { [nameProperty(first ?? {})]: _, ...withoutName } = first ?? {};
    return { ...answer, body: { ...body, entities: [withoutName, ...rest] } };
  },
  // Wrong shape: the list itself instead of `{ addresses: [...] }`.
  listAddresses: (answer) => ({ ...answer, body: (answer.body as { addresses: unknown[] }).addresses }),
  // Undeclared status.
  listPhoneNumberLabels: (answer) => ({ ...answer, status: 202 }),
  // Wrong media type.
  listEmploymentTypes: (answer) => ({ ...answer, headers: { ...answer.headers, "content-type": "text/html" }, body: "<html><body>employment types</body></html>" }),
  // Missing route: the router's 404, where the operation declares none.
  listAddressLabels: () => ({ status: 404, headers: { "content-type": "text/plain" }, body: "Not Found" }),
  // Missing route: a gateway's 404 for an item the API itself listed.
  getPhoneNumber: () => ({ status: 404, headers: { "content-type": "application/json" }, body: { message: "no route" } }),
  // 403 whose challenge names a scope the spec does not know.
  listRelationshipTypes: () => ({
    status: 403,
    headers: { "content-type": "application/problem+json", "www-authenticate": `Bearer error="insufficient_scope", scope="${challengedScope}"` },
    body: { type: "jackhenry/insufficient-scope", title: "Forbidden.", details: [], data: null },
  }),
};

let live: LiveTarget;
let directory: string;
let run: CliRun;
let report: ContractReport;
const result = (operationId: string): OperationResult => {
  const found = report.operations.find((operation) => operation.operationId === operationId);
  if (!found) throw new Error(`no result for ${operationId}`);
  return found;
};

beforeAll(async () => {
  live = await startLiveTarget({ plants, refuse: [refusedScope] });
  directory = await mkdtemp(join(tmpdir(), "contract-plants-"));
  run = await runContractCli(["--json", "report.json", "--junit", "report.xml", "--enterprise-user", live.sandbox.enterpriseUsers.administrator], live.env, directory);
  report = JSON.parse(await readFile(join(directory, "report.json"), "utf8")) as ContractReport;
});
afterAll(async () => {
  await live.stop();
  await rm(directory, { recursive: true, force: true });
});

describe("check:contract against planted drift", () => {
  it("fails the run (exit 1) and reports the target as live", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(report.target.kind).toBe("live");
    expect(report.operations).toHaveLength(64);
  });

  it("finds the wrong type, naming the property and both JSON types", () => {
    expect(result("getEntity").outcome).toBe("drift");
    expect(result("getEntity").findings).toEqual([
      expect.objectContaining({ where: expect.stringMatching(/^response\.body\/(lastName|legalName)$/), rule: "type", expected: "string", observed: "integer" }),
    ]);
  });

  it("finds the missing required property against the branch the discriminator selects", () => {
    const [finding, ...others] = result("searchEntities").findings;
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ where: expect.stringMatching(/^response\.body\/entities\/0\/(lastName|legalName)$/), rule: "required", observed: "absent" });
    expect(finding?.message).toMatch(/\((Person|Organization)\)$/);
  });

  it("finds the wrong shape, the undeclared status and the wrong media type", () => {
    expect(result("listAddresses")).toMatchObject({ outcome: "drift", findings: [{ where: "response.body", rule: "type", expected: "object", observed: "array" }] });
    expect(result("listPhoneNumberLabels")).toMatchObject({ outcome: "drift", status: 202, findings: [{ where: "status", rule: "status", observed: "202" }] });
    expect(result("listEmploymentTypes")).toMatchObject({
      outcome: "drift",
      findings: [{ where: "header content-type", rule: "media-type", expected: "application/json", observed: "text/html" }],
    });
  });

  it("calls both 404s missing routes", () => {
    expect(result("listAddressLabels")).toMatchObject({ outcome: "missing", status: 404, findings: [{ where: "status", rule: "route" }] });
    expect(result("getPhoneNumber")).toMatchObject({ outcome: "missing", status: 404 });
    expect(result("getPhoneNumber").findings.map((finding) => finding.rule)).toContain("route");
  });

  it("reports the 403 as forbidden with the scope its challenge named, and asks the authorization server about that scope", () => {
    expect(result("listRelationshipTypes")).toMatchObject({
      outcome: "forbidden",
      findings: [{ where: "header www-authenticate", rule: "scope", expected: "entity-services.reference.read", observed: challengedScope }],
    });
    expect(report.scopes).toContainEqual({ scope: challengedScope, granted: false, declared: false, askedForBy: ["listRelationshipTypes"] });
  });

  it("reports the refused scope, probed one by one, and skips its operations", () => {
    expect(report.scopes.filter((scope) => scope.declared && !scope.granted).map((scope) => scope.scope)).toEqual([refusedScope]);
    expect(report.scopes.filter((scope) => scope.declared)).toHaveLength(16);
    for (const operationId of ["getAbilities", "getEntitlements"]) expect(result(operationId)).toMatchObject({ outcome: "skipped", skip: { reason: "scope-not-granted" } });
    const tokenRequests = live.authorizationServer.events.requests;
    expect(tokenRequests.filter((request) => request.error === "invalid_scope").length).toBeGreaterThanOrEqual(2);
  });

  it("calls nothing else drift, missing, forbidden or error", () => {
    const flagged = report.operations.filter((operation) => !["conformant", "skipped"].includes(operation.outcome)).map((operation) => operation.operationId);
    expect(flagged.sort()).toEqual(Object.keys(plants).sort());
    expect(report.summary.error).toBe(0);
    for (const operation of report.operations.filter((candidate) => candidate.outcome === "skipped")) {
      expect(["writes-not-allowed", "scope-not-granted", "no-id", "not-found"], operation.operationId).toContain(operation.skip?.reason);
    }
  });

  it("without --allow-writes, sends no request that changes data", () => {
    const searches = new Set(["searchEntities", "searchRelationships"]);
    const writes = live.proxy.requests.filter((request) => request.method !== "GET" && !(request.method === "POST" && searches.has(request.operationId ?? "")));
    expect(writes).toEqual([]);
    expect(live.proxy.requests.length).toBeGreaterThan(20);
    expect(report.operations.filter((operation) => operation.skip?.reason === "writes-not-allowed")).toHaveLength(30);
  });

  it("writes a JUnit testcase per operation, failing exactly the flagged ones", async () => {
    const junit = await readFile(join(directory, "report.xml"), "utf8");
    expect(junit.match(/<testcase /g)).toHaveLength(64);
    expect(junit.match(/<failure /g)).toHaveLength(Object.keys(plants).length);
    expect(junit).toContain(`tests="64" failures="${Object.keys(plants).length}"`);
  });

  it("prints a line per operation and the summary", () => {
    expect(run.stdout.match(/^\[\s*\d+\/64\] /gm)).toHaveLength(64);
    expect(run.stdout).toMatch(/^Summary: 64 operations: \d+ conformant, 5 drift, 2 missing, 1 forbidden, \d+ skipped, 0 error\.$/m);
    expect(run.stdout).toContain(`refused: ${refusedScope}`);
  });
});
