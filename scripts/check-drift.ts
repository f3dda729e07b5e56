import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { SpecError } from "./lib/load-spec.js";
import { defaultOutDir, defaultSpecPath, renderGenerated } from "./lib/render-generated.js";

// Drift gate: regenerate in memory and compare byte for byte with the committed generated/ folder.
try {
  const expected = await renderGenerated(defaultSpecPath);
  const present = await readdir(defaultOutDir).catch(() => [] as string[]);
  const stale: string[] = [];
  for (const [name, content] of expected) {
    const onDisk = await readFile(join(defaultOutDir, name), "utf8").catch(() => undefined);
    if (onDisk !== content) stale.push(`${join(defaultOutDir, name)} (${onDisk === undefined ? "missing" : "differs"})`);
  }
  for (const name of present) {
    if (!expected.has(name)) stale.push(`${join(defaultOutDir, name)} (not produced by the spec)`);
  }
  if (stale.length > 0) {
    console.error(`generated/ is stale; run \`npm run generate\` and commit:\n  ${stale.join("\n  ")}`);
    process.exitCode = 1;
  } else {
    console.log(`generated/ matches ${defaultSpecPath}`);
  }
} catch (error) {
  if (!(error instanceof SpecError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
