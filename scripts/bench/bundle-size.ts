import { build } from "esbuild";
import { gzipSync } from "node:zlib";

/** Minified and min+gzip bytes of what an app bundles for the client plus client credentials. */
export async function benchBundleSize() {
  const result = await build({
    stdin: {
      contents: 'export { createEntityManagementClient, clientCredentials, unwrap } from "./src/index.ts";',
      resolveDir: process.cwd(),
      loader: "ts",
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minBytes: code.byteLength, minGzipBytes: gzipSync(code, { level: 9 }).byteLength };
}
