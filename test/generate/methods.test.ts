import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { modelNames } from "../../scripts/lib/render-models.js";
import { renderGenerated } from "../../scripts/lib/render-generated.js";

const run = promisify(execFile);
const fixture = "test/fixtures/specs/valid";

/** A copy of the fixture spec with `edit` applied to its widgets path file. */
async function fixtureWith(edit: (widgets: string) => string): Promise<string> {
  const spec = await mkdtemp(join(tmpdir(), "emc-methods-spec-"));
  await cp(fixture, spec, { recursive: true });
  const file = join(spec, "paths/widgets.yaml");
  await writeFile(file, edit(await readFile(file, "utf8")));
  return join(spec, "api.yaml");
}

async function generateStderr(spec: string): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), "emc-methods-out-"));
  return run(process.execPath, ["--import", "tsx", "scripts/generate.ts", "--spec", spec, "--out", out]).then(
    () => "",
    (error: { stderr: string }) => error.stderr,
  );
}

describe("generated methods", () => {
  it("are refused, at the file and line, for a parameter named body, two parameters of one name, or an operationId that shadows a client member", async () => {
    const spec = await fixtureWith((widgets) =>
      [
        "parameters:",
        "  - { name: id, in: path, required: true, schema: { type: string } }",
        "  - { name: id, in: header, schema: { type: string } }",
        widgets
          .replace(
            "operationId: listWidgets\n",
            "operationId: listWidgets\n  parameters:\n    - { name: body, in: query, schema: { type: string } }\n    - { name: id, in: query, schema: { type: string } }\n",
          )
          .replace("operationId: createWidget", "operationId: paginate"),
      ].join("\n"),
    );
    await writeFile(spec, (await readFile(spec, "utf8")).replace("/widgets:", "/widgets/{id}:"));
    const stderr = await generateStderr(spec);
    expect(stderr).toMatch(/paths\/widgets\.yaml:\d+:\d+ +listWidgets: the query parameter "body" clashes with the request body argument .*\[generator\/method-arguments\]/);
    expect(stderr).toMatch(/paths\/widgets\.yaml:\d+:\d+ +listWidgets: parameter "id" is declared in path and in query; .*Rename one\./);
    expect(stderr).toMatch(/paths\/widgets\.yaml:\d+:\d+ +operationId "paginate" cannot name a client method/);
    // A header of the same name is not flattened, so it clashes with nothing.
    expect(stderr).not.toMatch(/paginate: parameter "id"|declared in path and in header/);
    expect(stderr).toContain("was changed.");
  });

  it("carry the operation's summary, scopes and statuses, and each parameter's constraints, into the JSDoc", async () => {
    const files = await renderGenerated("spec/entity-management.yaml");
    const methods = files.get("operation-methods.ts")!;
    const search = methods.slice(methods.indexOf("   * Search entities"), methods.indexOf("searchEntities<"));
    expect(search).toContain("Scopes: `entity-services.entities.read`.");
    expect(search).toContain("Evidence: inferred — Digital Core house style: POST search with offset/count.");
    expect(search).toMatch(/- `200` One page of matching entities\.\n.*- `400` The request is malformed\./);
    const count = methods.slice(methods.indexOf("searchEntities<"), methods.indexOf('readonly count?: QueryParameter<"searchEntities", "count">'));
    expect(count).toContain("Allowed: integer, ≥ 1, ≤ 200, default `50`.");
    const download = methods.slice(methods.indexOf("   * Download a report"), methods.indexOf("downloadReport<"));
    expect(download).toContain("Answers bytes (application/pdf, text/csv): `data` is an `ArrayBuffer`");
  });
});

describe("named models", () => {
  it("alias every schema under its own name", async () => {
    const files = await renderGenerated("spec/entity-management.yaml");
    const spec = JSON.parse(files.get("entity-management.json")!) as { components: { schemas: Record<string, unknown> } };
    const models = files.get("models.ts")!;
    for (const schema of Object.keys(spec.components.schemas)) {
      expect(models, schema).toContain(`export type ${schema} = components["schemas"]["${schema}"];`);
    }
  });

  it("rename, deterministically, a schema whose name the main entry exports or that is no identifier", () => {
    const spec = { components: { schemas: { ApiError: {}, "billing.Invoice": {}, ApiErrorSchema: {}, Entity: {} } } };
    const names = modelNames(spec, new Set(["ApiError", "unwrap"]));
    expect(names).toEqual([
      { schema: "ApiError", name: "ApiErrorSchema", renamed: "the main entry exports ApiError" },
      { schema: "billing.Invoice", name: "billingInvoice", renamed: "the schema's name is not an identifier" },
      { schema: "ApiErrorSchema", name: "ApiErrorSchemaSchema", renamed: "another schema is named ApiErrorSchema" },
      { schema: "Entity", name: "Entity" },
    ]);
    expect(modelNames(spec, new Set(["ApiError", "unwrap"]))).toEqual(names);
  });
});
