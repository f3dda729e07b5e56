import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { SpecError } from "./lib/load-spec.js";
import { defaultOutDir, defaultSpecPath, renderGenerated } from "./lib/render-generated.js";

// npm run generate [-- --spec <root.yaml> --out <dir>]
const { values } = parseArgs({ options: { spec: { type: "string" }, out: { type: "string" } } });
const specPath = values.spec ?? defaultSpecPath;
const outDir = values.out ?? defaultOutDir;
const started = performance.now();

try {
  const files = await renderGenerated(specPath);
  await mkdir(outDir, { recursive: true });
  // Write each file beside its target, then rename: a crash mid-way never leaves a half-written file.
  for (const [name, content] of files) {
    const target = join(outDir, name);
    await writeFile(`${target}.tmp`, content);
    await rename(`${target}.tmp`, target);
  }
  const ms = Math.round(performance.now() - started);
  console.log(`generated ${[...files.keys()].map((name) => join(outDir, name)).join(", ")} from ${specPath} in ${ms} ms`);
} catch (error) {
  if (!(error instanceof SpecError)) throw error;
  console.error(`${error.message}\nNothing in ${outDir}/ was changed.`);
  process.exitCode = 1;
}
