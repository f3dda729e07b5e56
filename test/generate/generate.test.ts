import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { collectOperationEntries } from "../../scripts/lib/operation-map.js";
import { renderGenerated } from "../../scripts/lib/render-generated.js";

const run = promisify(execFile);
const fixture = "test/fixtures/specs/valid";

async function generate(spec: string, out: string) {
  return run(process.execPath, ["--import", "tsx", "scripts/generate.ts", "--spec", spec, "--out", out]).then(
    (result) => ({ code: 0, ...result }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

async function snapshotDir(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name), "utf8")])));
}

describe("npm run generate", () => {
  it("maps every operation to its method, path, scopes and tags", async () => {
    const files = await renderGenerated(join(fixture, "api.yaml"));
    const spec = JSON.parse(files.get("entity-management.json")!);
    expect(collectOperationEntries(spec)).toEqual([
      { operationId: "createWidget", method: "POST", path: "/widgets", scopes: ["widgets.write"], tags: ["Widgets"], produces: [], body: true },
      { operationId: "listWidgets", method: "GET", path: "/widgets", scopes: ["widgets.read"], tags: ["Widgets"], produces: ["application/json"] },
    ]);
    expect(files.get("entity-management.d.ts")).toContain('"/widgets": {');
  });

  it("writes identical bytes when run twice", async () => {
    const out = await mkdtemp(join(tmpdir(), "emc-generate-"));
    expect((await generate(join(fixture, "api.yaml"), out)).code).toBe(0);
    const first = await snapshotDir(out);
    expect((await generate(join(fixture, "api.yaml"), out)).code).toBe(0);
    expect(await snapshotDir(out)).toEqual(first);
    expect(Object.keys(first)).toEqual(["entity-management.d.ts", "entity-management.json", "models.ts", "operation-methods.ts", "operations.ts"]);
  });

  it("names the file and line of a YAML error and leaves generated files untouched", async () => {
    const spec = await mkdtemp(join(tmpdir(), "emc-badspec-"));
    await cp(fixture, spec, { recursive: true });
    await writeFile(join(spec, "paths/widgets.yaml"), "get:\n  operationId: listWidgets\n  tags: [Widgets\n");
    const out = await mkdtemp(join(tmpdir(), "emc-out-"));
    await writeFile(join(out, "operations.ts"), "// previous generation\n");
    const before = await snapshotDir(out);

    const result = await generate(join(spec, "api.yaml"), out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/paths\/widgets\.yaml:4:1 .*flow collection/);
    expect(result.stderr).toContain(`Nothing in ${out}/ was changed.`);
    expect(await snapshotDir(out)).toEqual(before);
  });

  it("reports an unresolved $ref and an operation without security at their source lines", async () => {
    const spec = await mkdtemp(join(tmpdir(), "emc-badspec-"));
    await cp(fixture, spec, { recursive: true });
    const widgets = await readFile(join(spec, "paths/widgets.yaml"), "utf8");
    await writeFile(join(spec, "paths/widgets.yaml"), widgets.replace("  security:\n    - identity: [widgets.write]\n", "").replace("type: string }", "$ref: ../missing.yaml }"));
    const result = await generate(join(spec, "api.yaml"), await mkdtemp(join(tmpdir(), "emc-out-")));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/paths\/widgets\.yaml:\d+:\d+ +Can't resolve \$ref.*\[no-unresolved-refs\]/);
    expect(result.stderr).toMatch(/paths\/widgets\.yaml:18:1 +.*security.*\[security-defined\]/);
  });
});
