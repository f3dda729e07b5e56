import { execFile } from "node:child_process";
import { copyFile, readFile, rm } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { promisify } from "node:util";
import { build, type Metafile, type Plugin } from "esbuild";

// npm run build: bundled ESM by esbuild and declarations by tsc, into dist/.
// Built one file per source module, importing the main entry loaded 69 of them (~90 ms of a fresh process). Bundled with the
// other entries in one build, it loaded 11: code splitting makes a chunk of every set of entries sharing some module, and each
// file costs a fresh process about 1 ms. So the main entry is built on its own (the entry and the chunks it shares with its
// on-demand imports), and the other entries reach the classes they share with it through the package's name.
// The declarations stay one per module.

const packageName = "entity-management-client";

/** The package's entry points, read from its exports map (`./dist/src/x.js` is built from `src/x.ts`), so the two cannot drift. */
async function entryPoints(): Promise<string[]> {
  const { exports } = JSON.parse(await readFile("package.json", "utf8")) as { exports: Record<string, string | { default?: string }> };
  const targets = Object.values(exports).map((target) => (typeof target === "string" ? target : target.default));
  return targets.filter((target): target is string => target?.startsWith("./dist/src/") === true).map((target) => target.replace(/^\.\/dist\/(.+)\.js$/, "$1.ts"));
}

const mainEntry = "src/index.ts";

// The main entry and every module of src/errors (all its classes are exported from the main entry under the same names):
// imported by another entry, they are imported from the built main entry, so an app has one copy of each class.
const throughMainEntry: Plugin = {
  name: "through-main-entry",
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, ({ path, resolveDir }) => {
      const target = relative(process.cwd(), resolve(resolveDir, path)).replace(/\.js$/, ".ts");
      return target === mainEntry || /^src\/errors\/[^/]+\.ts$/.test(target) ? { path: packageName, external: true } : undefined;
    });
  },
};

const bundle = (entries: string[], plugins: Plugin[] = []) =>
  build({
    entryPoints: entries,
    plugins,
    outbase: ".",
    outdir: "dist",
    bundle: true,
    // Code shared by an entry and what it imports on demand (or by the other entries) lives once, in a chunk.
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
    metafile: true,
    logLevel: "warning",
  });

// A module both builds bundle is copied into each: harmless for functions and frozen tables, wrong for a class (`instanceof`
// would tell the copies apart), so the build refuses one.
async function refuseCopiedClasses(main: Metafile, others: Metafile): Promise<void> {
  const copied = Object.keys(others.inputs).filter((input) => input in main.inputs && !input.startsWith("node_modules/"));
  for (const input of copied) {
    if (/^\s*(?:export\s+)?(?:abstract\s+)?class\s/m.test(await readFile(input, "utf8"))) {
      console.error(`${input} declares a class and is bundled into the main entry and another entry: export it from ${mainEntry} and import it from there.`);
      process.exit(1);
    }
  }
}

const bundleAll = async () => {
  const entries = await entryPoints();
  const main = await bundle([mainEntry]);
  const others = await bundle(
    entries.filter((entry) => entry !== mainEntry),
    [throughMainEntry],
  );
  await refuseCopiedClasses(main.metafile, others.metafile);
};

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
await Promise.all([bundleAll(), declarations()]);
console.log("built dist/ (bundled ESM + declarations)");
