import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSpecFiles } from "../../scripts/breaking/compare.js";
import { RULES } from "../../scripts/breaking/rules.js";
import { CASES } from "./cases.js";
import { ROOT } from "./run-cli.js";

const FIXTURES = join(ROOT, "test/breaking/fixtures");

const check = (name: string) => checkSpecFiles({ basePath: join(FIXTURES, name, "base.yaml"), headPath: join(FIXTURES, name, "head.yaml") });

const pairs = (findings: readonly { rule: string; operation: string; location: string }[]) =>
  findings
    .map(({ rule, operation, location }) => ({ rule, operation, location }))
    .sort((a, b) => `${a.rule} ${a.operation} ${a.location}`.localeCompare(`${b.rule} ${b.operation} ${b.location}`));

describe("breaking-change fixtures (compare function)", () => {
  it("has a case for every fixture folder and a folder for every case", async () => {
    const folders = (await readdir(FIXTURES, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders.sort()).toEqual(CASES.map((c) => c.name).sort());
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, expected) => {
    const result = await check(expected.name);

    expect(result.outcome).toBe(expected.outcome);
    expect(pairs(result.breaking)).toEqual(pairs(expected.findings));
    expect(pairs(result.notes)).toEqual(pairs(expected.notes ?? []));
    for (const finding of [...result.breaking, ...result.notes]) {
      expect(finding.why).toBe(RULES[finding.rule]);
      expect(finding.message).not.toBe("");
    }
    if (expected.outcome === "pass") expect(result.acknowledgement).toBeNull();
    else expect(result.acknowledgement?.acknowledged).toBe(expected.outcome === "acknowledged");
  });
});
