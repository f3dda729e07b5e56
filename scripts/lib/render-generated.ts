import openapiTS, { astToString } from "openapi-typescript";
import { relative } from "node:path";
import { loadBundledSpec } from "./load-spec.js";
import { renderOperationsModule } from "./operation-map.js";

/** The default spec root and output folder, relative to the repository root. */
export const defaultSpecPath = "spec/entity-management.yaml";
export const defaultOutDir = "generated";

/** Renders every file of `generated/` in memory: nothing touches the disk, so a failure changes nothing. */
export async function renderGenerated(specPath: string): Promise<Map<string, string>> {
  const spec = await loadBundledSpec(specPath);
  const source = relative(process.cwd(), specPath).split("\\").join("/");
  // defaultNonNullable off: a property with a default is optional in requests, not required.
  const ast = await openapiTS(spec as unknown as Parameters<typeof openapiTS>[0], { silent: true, defaultNonNullable: false });
  return new Map([
    ["entity-management.d.ts", astToString(ast)],
    ["operations.ts", renderOperationsModule(spec, source)],
    ["entity-management.json", `${JSON.stringify(spec, null, 2)}\n`],
  ]);
}
