import { execFile } from "node:child_process";
import { copyFile, readFile, rm } from "node:fs/promises";
import { promisify } from "node:util";
import { build } from "esbuild";

// npm run build: bundled ESM by esbuild and declarations by tsc, into dist/.
// Built one file per source module, importing the main entry loaded 69 of them (~90 ms of a fresh process); bundled, it is
// the entry plus the chunks it shares with the other entries and its on-demand imports (11 files, ~30 ms). The declarations stay one per module.

/** The package's entry points, read from its exports map (`./dist/src/x.js` is built from `src/x.ts`), so the two cannot drift. */
async function entryPoints(): Promise<string[]> {
  const { exports } = JSON.parse(await readFile("package.json", "utf8")) as { exports: Record<string, string | { default?: string }> };
  const targets = Object.values(exports).map((target) => (typeof target === "string" ? target : target.default));
  return targets.filter((target): target is string => target?.startsWith("./dist/src/") === true).map((target) => target.replace(/^\.\/dist\/(.+)\.js$/, "$1.ts"));
}

const bundle = async () =>
  build({
    entryPoints: await entryPoints(),
    outbase: ".",
    outdir: "dist",
    bundle: true,
    // Code shared by entries lives once, in a chunk: one ApiError class whichever entry an app imports it from.
    splitting: true,
    // One folder for them, so dist/src keeps the layout the exports map and the declarations name.
    chunkNames: "chunks/[name]-[hash]",
    format: "esm",
    platform: "node",
    // The engines floor, not plain node20: for 20.0 esbuild would strip the `with { type: "json" }` Node requires.
    target: "node20.19",
    // Dependencies and peers stay imports, resolved from the app's node_modules (and optional peers stay optional).
    packages: "external",
    // JSON modules (the spec) stay JSON, in dist/generated/ as before, imported natively with `with { type: "json" }` rather
    // than inlined as JS; esbuild rewrites each importing chunk's path to the copy.
    loader: { ".json": "copy" },
    assetNames: "generated/[name]",
    // No keepNames: it wraps every function expression in a naming call, run per call on the hot path. Errors take their
    // `name` from their class, so test/packaging checks that no exported class or function was renamed (Foo → Foo2).

    // A library: readable code and stack traces. The maps point at the shipped sources rather than embedding them.
    sourcemap: true,
    sourcesContent: false,
    logLevel: "warning",
  });

// tsc never copies hand-written .d.ts inputs, so the generated types are copied beside the declarations.
const declarations = async () => {
  await promisify(execFile)(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"]).catch((error: { stdout?: string }) => {
    console.error(error.stdout ?? error);
    process.exit(1);
  });
  await copyFile("generated/entity-management.d.ts", "dist/generated/entity-management.d.ts");
};

await rm("dist", { recursive: true, force: true });
// Independent outputs (.js/.js.map from esbuild, .d.ts/.d.ts.map from tsc): build them side by side.
await Promise.all([bundle(), declarations()]);
console.log("built dist/ (bundled ESM + declarations)");
