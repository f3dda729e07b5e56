import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCheckBreaking, spawnCheckBreaking } from "./run-cli.js";

const fixture = (name: string): string[] => ["--base-file", `test/breaking/fixtures/${name}/base.yaml`, "--head-file", `test/breaking/fixtures/${name}/head.yaml`];

describe("check-breaking as a child process (npm run check:breaking)", () => {
  it("exits 1 and lists operation, location, what broke and why", async () => {
    const run = await spawnCheckBreaking(fixture("removed-query-param"));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("POST /entities/search (searchEntities)\n  - query parameter offset: removed  [param-removed]\n    why: Clients that send it");
    expect(run.stdout).toContain("FAIL: 1 breaking change.");
    expect(run.stdout).toContain("Not acknowledged: info.version 1.0.0 → 1.0.0 is not a major bump.");
    expect(run.stdout).toContain('set info.version to 2.0.0 and add a "## 2.0.0" heading');
  });

  it("exits 0 with 'no breaking changes' for a compatible change", async () => {
    const run = await spawnCheckBreaking(fixture("added-optional-query-param"));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("OK: no breaking changes.");
    expect(run.stdout).not.toContain("FAIL");
  });

  it("exits 2 with the usage on bad arguments", async () => {
    const run = await spawnCheckBreaking(["--bogus"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--bogus'");
    expect(run.stderr).toContain("Usage:");
  });
});

describe("check-breaking CLI entry (in process)", () => {
  it("exits 0 for a removed error status and prints it as a note", async () => {
    const run = await runCheckBreaking(fixture("removed-error-status"));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Notes (not breaking):\n  - POST /entities/search: response 400: error status 400 removed  [error-status-removed]");
  });

  it("exits 0 for an acknowledged break and still prints it", async () => {
    const run = await runCheckBreaking(fixture("acknowledged-major-bump"));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("1 acknowledged breaking change:");
    expect(run.stdout).toContain("DELETE /entities/{EntityId} (deleteEntity)\n  - operation removed  [operation-removed]");
    expect(run.stdout).toMatch(/OK: 1 breaking change acknowledged as intended: info\.version 1\.4\.2 → 2\.0\.0 is a major bump and .*CHANGELOG\.md has "## 2\.0\.0"/);
  });

  it("exits 1 for a major bump without a changelog heading", async () => {
    const run = await runCheckBreaking(fixture("major-bump-without-changelog"));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/is a major bump, but .*CHANGELOG\.md does not exist/);
  });

  it("prints JSON with --json", async () => {
    const run = await runCheckBreaking([...fixture("narrowed-request-enum"), "--json"]);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as {
      outcome: string;
      breaking: { rule: string; operation: string; message: string }[];
    };
    expect(result.outcome).toBe("break");
    expect(result.breaking).toMatchObject([{ rule: "request-enum-narrowed", operation: "POST /entities/search", message: 'no longer accepts "Closed"' }]);
  });

  it.each([
    [[], "Give --base <git-ref>, or both --base-file and --head-file."],
    [["--base-file", "a.yaml"], "Give --base <git-ref>, or both --base-file and --head-file."],
    [["--base", "HEAD", "--base-file", "a.yaml"], "Use either --base <ref> or --base-file/--head-file, not both."],
    [["--bogus"], "Unknown option '--bogus'"],
    [["--base-file", "nope/base.yaml", "--head-file", "nope/head.yaml"], "base spec nope/base.yaml does not exist."],
  ])("exits 2 on bad usage: %j", async (args, message) => {
    const run = await runCheckBreaking(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe("");
  });

  it("prints the usage with --help and exits 0", async () => {
    const run = await runCheckBreaking(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("npm run check:breaking -- --base <git-ref>");
  });

  it("exits 2 when a spec cannot be parsed or resolved", async () => {
    const dir = await mkdtemp(join(tmpdir(), "check-breaking-cli-"));
    await writeFile(join(dir, "broken.yaml"), "openapi: 3.0.3\ninfo: { title: x\n");
    await writeFile(join(dir, "dangling.yaml"), "openapi: 3.0.3\ninfo: { title: x, version: 1.0.0 }\npaths:\n  /x:\n    $ref: missing.yaml\n");
    const base = "test/breaking/fixtures/new-operation/base.yaml";

    const broken = await runCheckBreaking(["--base-file", base, "--head-file", join(dir, "broken.yaml")]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(`cannot parse head spec ${join(dir, "broken.yaml")}`);

    const dangling = await runCheckBreaking(["--base-file", base, "--head-file", join(dir, "dangling.yaml")]);
    expect(dangling.code).toBe(2);
    expect(dangling.stderr).toContain(`cannot resolve head spec ${join(dir, "dangling.yaml")}`);
    expect(dangling.stderr).toContain("missing.yaml");
  });
});
