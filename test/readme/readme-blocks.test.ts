/** The README's TypeScript examples compile against the package, and the runnable ones run against the sandbox. */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type RunningSandbox } from "../../src/sandbox/index.js";
import { readmeBlocks, type ReadmeBlock } from "./readme-blocks.js";

const run = promisify(execFile);
const blocks = readmeBlocks(await readFile("README.md", "utf8"));
/** How an app imports the package, and the sources that stand for it here. */
const entries: Record<string, string> = {
  "entity-management-client": resolve("src/index.ts"),
  "entity-management-client/sandbox": resolve("src/sandbox/index.ts"),
  "entity-management-client/testing": resolve("src/testing/index.ts"),
  "entity-management-client/contract": resolve("src/contract/index.ts"),
  "entity-management-client/redis": resolve("src/redis/index.ts"),
};
const label = (block: ReadmeBlock) => `README.md:${block.line} (${block.heading})`;
const source = (block: ReadmeBlock) => (block.prelude ? `${block.prelude}\n${block.code}` : block.code);

/** Type-checks every compiled block as its own module, as an app under strict settings would; returns the errors per block. */
function compileBlocks(): Map<ReadmeBlock, string[]> {
  // Virtual files at the repository root, so its package.json makes them ES modules (top-level await).
  const files = new Map(blocks.filter((block) => block.compiled).map((block) => [resolve(`readme-block-${block.line}.ts`), block]));
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    moduleDetection: ts.ModuleDetectionKind.Force,
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    types: ["node"],
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    noEmit: true,
    paths: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, [file]])),
  };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (file) => files.has(file) || ts.sys.fileExists(file);
  host.readFile = (file) => {
    const block = files.get(file);
    return block ? source(block) : read(file);
  };
  host.getSourceFile = (file, language, ...rest) => {
    const block = files.get(file);
    return block ? ts.createSourceFile(file, source(block), language) : getSourceFile(file, language, ...rest);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  const errors = new Map<ReadmeBlock, string[]>();
  for (const [file, block] of files) {
    const sourceFile = program.getSourceFile(file);
    const diagnostics = sourceFile ? [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)] : [];
    const hidden = block.prelude ? block.prelude.split("\n").length : 0;
    errors.set(
      block,
      diagnostics.map((diagnostic) => {
        const line = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line : 0;
        const where = line < hidden ? "prelude" : `README.md:${block.line + 1 + line - hidden}`;
        return `${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`;
      }),
    );
  }
  return errors;
}

describe("README code blocks", () => {
  it("are found, with their markers", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    expect(blocks.some((block) => block.heading === "Calls" && block.runs)).toBe(true);
    const markdown = [
      "## A",
      "<!-- prelude: declare const a: string; -->",
      "<!-- runs against the sandbox -->",
      "```ts",
      "a;",
      "```",
      "## B",
      "<!-- not compiled: pseudo-code -->",
      "```ts",
      "…",
      "```",
    ].join("\n");
    expect(readmeBlocks(markdown)).toEqual([
      { line: 4, heading: "A", prelude: "declare const a: string;", code: "a;", compiled: true, runs: true },
      { line: 9, heading: "B", prelude: "", code: "…", compiled: false, runs: false },
    ]);
    expect(() => readmeBlocks("<!-- preludes: x -->\n```ts\n```")).toThrow(/README.md:1: unknown marker/);
  });

  it("each compile as a module against the package under strict and exactOptionalPropertyTypes", () => {
    const errors = compileBlocks();
    expect(Object.fromEntries([...errors].map(([block, messages]) => [label(block), messages]))).toEqual(Object.fromEntries([...errors.keys()].map((block) => [label(block), []])));
  }, 60_000);
});

describe("README Install section", () => {
  it("names exactly the peer ranges package.json declares, in the commands it shows", async () => {
    const { peerDependencies } = JSON.parse(await readFile("package.json", "utf8")) as { peerDependencies: Record<string, string> };
    const readme = await readFile("README.md", "utf8");
    const install = readme.slice(readme.indexOf("## Install"), readme.indexOf("\n## ", readme.indexOf("## Install") + 1));
    // Every `name@range` an install command names (a peer may be named in two of them: jose).
    const named = new Set([...install.matchAll(/npm install (?:-D )?(.+)/g)].flatMap((match) => (match[1] ?? "").trim().split(/\s+/)).filter((arg) => /.@/.test(arg)));
    expect([...named].sort()).toEqual(
      Object.entries(peerDependencies)
        .map(([name, range]) => `${name}@${range}`)
        .sort(),
    );
  });
});

describe("README code blocks marked to run", () => {
  let sandbox: RunningSandbox;
  let work: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    sandbox = await startSandbox();
    work = await mkdtemp(join(tmpdir(), "emc-readme-"));
    const keyPath = join(work, "private-key.pem");
    await writeFile(keyPath, sandbox.credentials.privateKeyJwt.privateKeyPem, { mode: 0o600 });
    // What `npm run sandbox` prints for an app to export.
    env = {
      ...process.env,
      JH_ISSUER: sandbox.issuer,
      ENTITY_SERVICES_BASE_URL: sandbox.baseUrl,
      INSTITUTION_UNIVERSAL_ID: sandbox.institutionUniversalId,
      JH_CLIENT_ID: sandbox.credentials.privateKeyJwt.clientId,
      JH_PRIVATE_KEY_PATH: keyPath,
    };
  });
  afterAll(async () => {
    await sandbox?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  const runnable = blocks.filter((block) => block.runs);
  it.each(runnable.map((block) => [label(block), block] as const))(
    "%s exits 0 and writes nothing on stderr",
    async (_, block) => {
      // The package's name stands for its sources; .mts makes the copy an ES module wherever it lies.
      const code = source(block).replace(
        /from "(entity-management-client(?:\/sandbox|\/testing)?)"/g,
        (_match, name: string) => `from ${JSON.stringify(pathToFileURL(entries[name] ?? name).href)}`,
      );
      const file = join(work, `block-${block.line}.mts`);
      await writeFile(file, code);
      const { stderr } = await run(process.execPath, ["--import", resolve("node_modules/tsx/dist/esm/index.mjs"), file], { env, timeout: 60_000 });
      expect(stderr).toBe("");
    },
    90_000,
  );
});
