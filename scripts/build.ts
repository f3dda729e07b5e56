import { execFile } from "node:child_process";
import { copyFile, rm } from "node:fs/promises";
import { promisify } from "node:util";

// npm run build: ESM + declarations into dist/. tsc never copies hand-written .d.ts inputs,
// so the generated types (and the bundled spec the sandbox validates with) are copied beside the modules.
await rm("dist", { recursive: true, force: true });
await promisify(execFile)(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"]).catch((error: { stdout?: string }) => {
  console.error(error.stdout ?? error);
  process.exit(1);
});
for (const file of ["entity-management.d.ts", "entity-management.json"]) await copyFile(`generated/${file}`, `dist/generated/${file}`);
console.log("built dist/ (ESM + declarations)");
