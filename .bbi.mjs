import { build } from "esbuild";
import { gzipSync } from "node:zlib";
const entry = process.argv[2] ?? 'export { createEntityManagementClient, clientCredentials, unwrap } from "./src/index.ts";';
const r = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: "ts", sourcefile: "app.ts" }, bundle: true, minify: true, splitting: true, outdir: "/tmp/bb", format: "esm", platform: "node", target: "es2022", write: false, metafile: true, logLevel: "silent" });
for (const f of r.outputFiles) console.log(f.path.split("/").pop(), f.contents.byteLength, gzipSync(f.contents,{level:9}).byteLength);
for (const [name, out] of Object.entries(r.metafile.outputs)) {
  console.log("==", name, out.bytes, out.imports.map(i=>i.kind+":"+i.path).join(" "));
  const rows = Object.entries(out.inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput);
  for (const [i, v] of rows) if (v.bytesInOutput>0) console.log("  ", v.bytesInOutput, i);
}
