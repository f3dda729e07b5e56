/**
 * The package as a new user gets it: `npm pack` on a clean copy of the repository (no dist/, so
 * `prepack` must build), installed with npm into a fresh app beside the peers the README names,
 * then type-checked and run there.
 */
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, realpath, rm, symlink, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = process.cwd();
const manifest = JSON.parse(await readFile("package.json", "utf8")) as { peerDependencies: Record<string, string>; devDependencies: Record<string, string> };
/** Every optional peer (the sandbox's and the test handlers'), as the README's Install section tells users to add them. */
const optionalPeers = Object.keys(manifest.peerDependencies);

let work: string;
let app: string;
let installed: string;

/** Copies the files git knows (tracked, or new and not ignored) as they are in the working tree. */
async function cleanCopy(to: string): Promise<void> {
  const { stdout } = await run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { maxBuffer: 16 * 2 ** 20 });
  // node_modules may itself be a symlink, which a `node_modules/` ignore rule does not match.
  const files = stdout.split("\0").filter((name) => name !== "" && name !== "node_modules" && existsSync(name));
  for (const file of files) {
    await mkdir(join(to, dirname(file)), { recursive: true });
    await cp(file, join(to, file));
  }
  // The build needs the toolchain, not a fresh install of it.
  await symlink(await realpath("node_modules"), join(to, "node_modules"), "dir");
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "emc-packed-"));
  const clone = join(work, "clone");
  await cleanCopy(clone);
  expect(existsSync(join(clone, "dist"))).toBe(false);
  await run("npm", ["pack", "--pack-destination", work], { cwd: clone, maxBuffer: 16 * 2 ** 20 });
  const tarball = (await readdir(work)).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error("npm pack wrote no tarball");

  app = join(work, "app");
  await cp(join(root, "test/packaging/onboarding-app"), app, { recursive: true });
  await writeFile(join(app, "package.json"), JSON.stringify({ name: "onboarding-app", private: true, type: "module" }));
  // --engine-strict: a dependency that needs a newer Node than this one fails the install.
  const install = [
    "install",
    join(work, tarball),
    ...optionalPeers.map((name) => `${name}@${manifest.peerDependencies[name]}`),
    `@types/node@${manifest.devDependencies["@types/node"]}`,
  ];
  await run("npm", [...install, "--engine-strict", "--prefer-offline", "--no-audit", "--no-fund"], { cwd: app, maxBuffer: 16 * 2 ** 20 });
  installed = join(app, "node_modules/entity-management-client");
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

// Type-checking and running the app are independent and slow: let them overlap.
describe.concurrent("the packed tarball", () => {
  it("holds the build, its sources and the spec, and nothing else", async () => {
    expect((await readdir(installed)).sort()).toEqual(["README.md", "dist", "generated", "package.json", "spec", "src"]);
    expect((await readdir(join(installed, "generated"))).every((name) => name.endsWith(".ts"))).toBe(true);
    // The bundled entries under dist/src, their shared chunks, and beside the generated declarations the spec the sandbox imports.
    expect((await readdir(join(installed, "dist"))).sort()).toEqual(["chunks", "generated", "src"]);
    const generated = await readdir(join(installed, "dist/generated"));
    expect(generated.filter((name) => !/\.d\.ts(\.map)?$/.test(name))).toEqual(["entity-management.json"]);
  });

  it("type-checks an onboarding app, its wrong calls and every entry under strict, exactOptionalPropertyTypes and skipLibCheck: false", async () => {
    const result = await run(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", app]).catch((error: { stdout: string }) => error);
    expect(result.stdout).toBe("");
  }, 120_000);

  it("runs the onboarding flow against the sandbox with the generated methods", async () => {
    // Run as the sources are, with tsx: the installed package is what executes.
    const { stdout } = await run(process.execPath, ["--import", join(root, "node_modules/tsx/dist/esm/index.mjs"), "onboarding.ts"], { cwd: app });
    expect(JSON.parse(stdout.trim().split("\n").at(-1) ?? "")).toEqual({
      found: true,
      lastName: "King",
      deletedPhoneStatus: 404,
      tellerMayAdd: false,
      tellerMayView: true,
      pdf: "%PDF-1.4",
      city: "London",
      lastFour: "6789",
      violations: 0,
    });
  }, 120_000);

  it("keeps the main entry's types clear of every optional peer", () => {
    const program = ts.createProgram([join(app, "main-entry.ts")], {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noEmit: true,
      types: [],
    });
    const files = program.getSourceFiles().map((file) => relative(app, file.fileName));
    expect(files).toContain("node_modules/entity-management-client/dist/src/index.d.ts");
    expect(files.filter((file) => optionalPeers.some((peer) => file.startsWith(`node_modules/${peer}/`)))).toEqual([]);
  });

  it("ships every source its source maps name, so stack traces point at files that exist", async () => {
    const maps = (await filesUnder(installed)).filter((file) => file.endsWith(".map"));
    expect(maps.length).toBeGreaterThan(0);
    for (const map of maps) {
      const { sources } = JSON.parse(await readFile(map, "utf8")) as { sources: string[] };
      for (const source of sources) expect(existsSync(resolve(dirname(map), source)), `${relative(installed, map)} → ${source}`).toBe(true);
    }
    const probe = 'import { createEntityManagementClient } from "entity-management-client"; try { createEntityManagementClient({}); } catch (error) { console.log(error.stack); }';
    const { stdout } = await run(process.execPath, ["--enable-source-maps", "--input-type=module", "-e", probe], { cwd: app });
    const frames = [...stdout.matchAll(/\((?:file:\/\/)?(\/[^():]+):\d+:\d+\)/g)].map((match) => match[1] ?? "").filter((file) => file.includes("entity-management-client"));
    expect(frames.some((file) => file.endsWith(".ts"))).toBe(true);
    for (const file of frames) expect(existsSync(file), file).toBe(true);
  });

  it("bundles every module declaring a class into exactly one file, so the entries share one copy of it (one ApiError class)", async () => {
    const maps = (await filesUnder(join(installed, "dist"))).filter((file) => file.endsWith(".js.map"));
    const bundledIn = new Map<string, string[]>();
    for (const map of maps) {
      const { sources } = JSON.parse(await readFile(map, "utf8")) as { sources: string[] };
      for (const source of sources.map((name) => relative(installed, resolve(dirname(map), name))))
        bundledIn.set(source, [...(bundledIn.get(source) ?? []), relative(installed, map)]);
    }
    expect(bundledIn.get("src/errors/api-error.ts")).toHaveLength(1);
    // The main entry is built on its own; a function or a frozen table another entry uses is copied into that entry, a class never.
    const copied = [...bundledIn].filter(([, outputs]) => outputs.length > 1).map(([source]) => source);
    const classes = [];
    for (const source of copied) if (/^\s*(?:export\s+)?(?:abstract\s+)?class\s/m.test(await readFile(join(installed, source), "utf8"))) classes.push(source);
    expect(classes).toEqual([]);
    expect(copied.length).toBeLessThan(10);
  });

  it("throws the main entry's error classes from the testing, redis and contract entries, each class and function under its own name", async () => {
    const { stdout } = await run(process.execPath, ["--import", join(root, "node_modules/tsx/dist/esm/index.mjs"), "shared-classes.ts"], { cwd: app });
    const seen = JSON.parse(stdout.trim());
    expect(seen).toMatchObject({
      testing: { mainClass: true, name: "InvalidOptionsError" },
      redis: { mainClass: true, name: "InvalidOptionsError" },
      sandbox: "function",
      renamed: [],
    });
    expect(seen.contract).toMatch(/^Could not get a token from the authorization server: AUTH_[A-Z_]+\./);
  });

  it("loads the main entry from at most 5 of its files", async () => {
    // A module hook reports every file the process loads; it writes synchronously, since hooks run on a thread of their own.
    const hook = `import { writeSync } from "node:fs"; export async function load(url, context, next) { if (url.startsWith("file:")) writeSync(2, url + "\\n"); return next(url, context); }`;
    const register = `import { register } from "node:module"; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
    const probe = ["--import", `data:text/javascript,${encodeURIComponent(register)}`, "--input-type=module", "-e", 'await import("entity-management-client")'];
    const { stderr } = await run(process.execPath, probe, { cwd: app });
    const own = await realpath(installed);
    const loaded = stderr
      .split("\n")
      .filter((line) => line.startsWith("file:"))
      .map((url) => relative(own, fileURLToPath(url)))
      .filter((file) => !file.startsWith(".."));
    expect(loaded).toContain("dist/src/index.js");
    // Built one file per module, the entry loaded 69 of them, ~90 ms of a fresh process here (openapi-fetch alone: ~6 ms);
    // bundled with the other entries, 11 (a chunk per set of entries sharing a module), about 1 ms a file. Built on its own
    // it loads 4: the entry and the chunks it shares with what it imports on demand (the token-request side, the fleet gate).
    expect(loaded.length).toBeLessThanOrEqual(5);
  });

  it("can be require()d from CommonJS on Node ≥ 20.19", async () => {
    const probe = 'const m = require("entity-management-client"); console.log(typeof m.createEntityManagementClient, Object.keys(m.operations).length)';
    const { stdout } = await run(process.execPath, ["--input-type=commonjs", "-e", probe], { cwd: app });
    expect(stdout.trim()).toMatch(/^function \d+$/);
  });
});
