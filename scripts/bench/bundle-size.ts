import { build, type Metafile } from "esbuild";
import { gzipSync } from "node:zlib";

/**
 * What an app bundles for the client plus client credentials (esbuild, minified, with code
 * splitting): the entry with every chunk it imports statically (paid up front), and all chunks.
 */
export async function benchBundleSize() {
  const result = await build({
    stdin: {
      contents: 'export { createEntityManagementClient, clientCredentials, unwrap } from "./src/index.ts";',
      resolveDir: process.cwd(),
      loader: "ts",
      sourcefile: "app-entry.ts",
    },
    bundle: true,
    minify: true,
    splitting: true,
    outdir: "bench/bundle",
    format: "esm",
    // The package runs on Node (a confidential client); its few node: imports stay external.
    platform: "node",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const sizes = new Map(
    result.outputFiles.map((file) => [
      file.path.slice(file.path.indexOf("bench/bundle/")),
      { min: file.contents.byteLength, gz: gzipSync(file.contents, { level: 9 }).byteLength },
    ]),
  );
  const entry = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint !== undefined)?.[0] ?? "";
  const upFront = staticClosure(result.metafile, entry);
  const sum = (names: Iterable<string>, key: "min" | "gz") => [...names].reduce((total, name) => total + (sizes.get(name)?.[key] ?? 0), 0);
  return {
    upFrontMinBytes: sum(upFront, "min"),
    upFrontMinGzipBytes: sum(upFront, "gz"),
    allChunksMinGzipBytes: sum(sizes.keys(), "gz"),
    chunks: sizes.size,
  };
}

// The entry and the chunks reachable from it through static imports: what loads before any `import()`.
function staticClosure(metafile: Metafile, entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imported of metafile.outputs[name]?.imports ?? []) if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
  };
  visit(entry);
  return seen;
}
