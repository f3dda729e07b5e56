import openapiTS, { astToString } from "openapi-typescript";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { loadBundledSpec } from "./load-spec.js";
import { exportedNames } from "./main-exports.js";
import { renderMethodsModule } from "./render-methods.js";
import { renderModelsModule } from "./render-models.js";
import { renderOperationsModule } from "./operation-map.js";

/** The default spec root and output folder, relative to the repository root. */
export const defaultSpecPath = "spec/entity-management.yaml";
export const defaultOutDir = "generated";
// The package's main entry, wherever generate runs from: model names it already exports are not reused for schemas.
const mainEntry = fileURLToPath(new URL("../../src/index.ts", import.meta.url));
const modelsModule = fileURLToPath(new URL("../../generated/models.ts", import.meta.url));

/** Renders every file of `generated/` in memory: nothing touches the disk, so a failure changes nothing. */
export async function renderGenerated(specPath: string): Promise<Map<string, string>> {
  const spec = await loadBundledSpec(specPath);
  const source = relative(process.cwd(), specPath).split("\\").join("/");
  // defaultNonNullable off: a property with a default is optional in requests, not required.
  const ast = await openapiTS(spec as unknown as Parameters<typeof openapiTS>[0], { silent: true, defaultNonNullable: false });
  return new Map([
    ["entity-management.d.ts", astToString(ast)],
    ["operations.ts", renderOperationsModule(spec, source)],
    ["operation-methods.ts", renderMethodsModule(spec, source)],
    ["models.ts", renderModelsModule(spec, source, exportedNames(mainEntry, new Set([modelsModule])))],
    ["entity-management.json", `${JSON.stringify(spec, null, 2)}\n`],
  ]);
}
