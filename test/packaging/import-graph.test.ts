import { build, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";

async function metafileOf(entry: string): Promise<Metafile> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "node",
    logLevel: "silent",
    // Follow every import, package or not: the graph is what an app pulls in.
    packages: "bundle",
  });
  return result.metafile;
}

/** The files `entry` loads when it is imported: static imports only, followed from the entry. */
async function importGraph(entry: string): Promise<string[]> {
  const { inputs } = await metafileOf(entry);
  const seen = new Set([entry]);
  for (const file of seen) {
    for (const imported of inputs[file]?.imports ?? []) if (imported.kind !== "dynamic-import" && !imported.external) seen.add(imported.path);
  }
  return [...seen];
}

/** Every file `entry` can load, statically or through a dynamic import. */
const everyInput = async (entry: string): Promise<string[]> => Object.keys((await metafileOf(entry)).inputs);

const packageOf = (input: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];

/** The dynamic imports in `entry`'s graph, as [importer, package or file]. */
async function dynamicImports(entry: string): Promise<string[][]> {
  const { inputs } = await metafileOf(entry);
  return Object.entries(inputs).flatMap(([file, input]) => input.imports.filter((i) => i.kind === "dynamic-import").map((i) => [file, packageOf(i.path) ?? i.path]));
}

/** The token-request side: what the sources load with their first request, never at import. */
const TOKEN_REQUEST_SIDE = [
  "src/auth/token-requests.ts",
  "src/auth/client-credentials-grant.ts",
  "src/auth/refresh-token-grant.ts",
  "src/auth/authorization-code-grant.ts",
  "src/auth/authorization-result.ts",
  "src/auth/token-endpoint.ts",
  "src/auth/discovery.ts",
  "src/auth/transport.ts",
  "src/auth/error-mapping.ts",
  "src/auth/client-auth-method.ts",
  "src/auth/private-key-import.ts",
  "src/auth/dpop-proof.ts",
  "src/auth/shared-tokens.ts",
  "src/auth/shared-refresh.ts",
  "src/auth/shared-record.ts",
  "src/auth/fleet-sharing.ts",
  "src/store/lease.ts",
];

describe("the package's main entry", () => {
  it("imports only openapi-fetch at run time, and never the sandbox", async () => {
    const inputs = await importGraph("src/index.ts");
    const packages = new Set(inputs.map(packageOf).filter((name): name is string => name !== undefined));
    expect([...packages]).toEqual(["openapi-fetch"]);
    expect(inputs.filter((input) => input.includes("src/sandbox/"))).toEqual([]);
    expect(inputs.filter((input) => input.includes("src/redis/"))).toEqual([]);
    expect(inputs.some((input) => input.includes("generated/operations.ts"))).toBe(true);
  });

  it("loads none of the token-request side (oauth4webapi, grants, fleet sharing) when imported", async () => {
    const inputs = await importGraph("src/index.ts");
    expect(inputs.filter((input) => TOKEN_REQUEST_SIDE.includes(input))).toEqual([]);
    expect(inputs.map(packageOf)).not.toContain("oauth4webapi");
  });

  it("reaches oauth4webapi only through the one dynamic import of the token-request side, and jose only through the ID-token decryption's", async () => {
    expect((await dynamicImports("src/index.ts")).sort()).toEqual([
      ["src/auth/id-token-decryption.ts", "jose"],
      ["src/auth/lazy-module.ts", "src/auth/token-requests.ts"],
      // The fleet gate loads when a client is given a store.
      ["src/client/call-gate.ts", "src/client/fleet-gate.ts"],
    ]);
    const lazy = await importGraph("src/auth/token-requests.ts");
    expect(lazy.map(packageOf)).toContain("oauth4webapi");
    expect(TOKEN_REQUEST_SIDE.filter((file) => !lazy.includes(file))).toEqual([]);
    // Everything else that imports oauth4webapi (at run time) is on the token-request side too.
    const { inputs } = await metafileOf("src/index.ts");
    const importers = Object.entries(inputs).filter(([, input]) => input.imports.some((i) => i.kind === "import-statement" && packageOf(i.path) === "oauth4webapi"));
    expect(importers.map(([file]) => file).filter((file) => !TOKEN_REQUEST_SIDE.includes(file))).toEqual([]);
  });

  it("reaches the sandbox neither statically nor dynamically", async () => {
    expect((await everyInput("src/index.ts")).filter((input) => input.includes("src/sandbox/"))).toEqual([]);
  });

  it("never imports the contract check", async () => {
    expect((await everyInput("src/index.ts")).filter((input) => input.includes("src/contract/"))).toEqual([]);
  });

  it("is what the contract entry adds the spec validator to, without the sandbox's servers", async () => {
    const inputs = await everyInput("src/contract/index.ts");
    const packages = new Set(inputs.map(packageOf));
    expect(packages.has("openapi-backend")).toBe(true);
    expect(packages.has("ajv-formats")).toBe(true);
    for (const name of ["oidc-provider", "msw", "openapi-msw", "yaml"]) expect(packages.has(name), name).toBe(false);
    // The validator and the answers it builds, never the servers, the store or the authorization server.
    const sandboxModules = inputs.filter((input) => input.includes("src/sandbox/")).map((input) => input.slice(input.indexOf("src/sandbox/")));
    expect(sandboxModules.sort()).toEqual(["src/sandbox/api/responses.ts", "src/sandbox/api/validation.ts"]);
  });

  it("is what the sandbox entry adds the test servers to", async () => {
    // Static or dynamic: the sandbox loads oidc-provider on start.
    const inputs = await everyInput("src/sandbox/index.ts");
    const packages = new Set(inputs.map(packageOf));
    expect(packages.has("oidc-provider")).toBe(true);
    expect(packages.has("openapi-backend")).toBe(true);
  });
});

describe("the redis entry", () => {
  it("loads no package when imported (the app passes its own Redis client), and rate-limiter-flexible only for rateLimit", async () => {
    const statics = await importGraph("src/redis/index.ts");
    expect(statics.map(packageOf).filter((name) => name !== undefined)).toEqual([]);
    const { inputs } = await metafileOf("src/redis/index.ts");
    const dynamic = Object.entries(inputs).flatMap(([file, input]) =>
      input.imports.filter((i) => i.kind === "dynamic-import" && packageOf(i.path) !== undefined).map((i) => [file, packageOf(i.path)]),
    );
    expect(dynamic).toEqual([["src/redis/rate-limiter.ts", "rate-limiter-flexible"]]);
    expect(Object.keys(inputs).filter((input) => input.includes("src/client/") || input.includes("src/sandbox/"))).toEqual([]);
  });
});

describe("an app bundled with code splitting", () => {
  /** The inputs of the chunks `contents` loads up front (its entry and the chunks that imports statically), and of all chunks. */
  async function chunksOf(contents: string): Promise<{ upFront: string[]; all: string[] }> {
    const { metafile } = await build({
      stdin: { contents, resolveDir: process.cwd(), loader: "ts", sourcefile: "app.ts" },
      bundle: true,
      splitting: true,
      outdir: "out",
      format: "esm",
      platform: "node",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const entry = Object.keys(metafile.outputs).find((name) => metafile.outputs[name]?.entryPoint !== undefined) ?? "";
    const upFront = new Set([entry]);
    for (const name of upFront)
      for (const imported of metafile.outputs[name]?.imports ?? []) if (imported.kind === "import-statement" && !imported.external) upFront.add(imported.path);
    const inputsOf = (names: Iterable<string>) => [...names].flatMap((name) => Object.keys(metafile.outputs[name]?.inputs ?? {}));
    return { upFront: inputsOf(upFront), all: inputsOf(Object.keys(metafile.outputs)) };
  }

  it("with the client and client credentials, gets oauth4webapi and the token-request side in a chunk it loads on the first token request only", async () => {
    const { upFront, all } = await chunksOf('export { createEntityManagementClient, clientCredentials, unwrap } from "./src/index.ts";');
    expect(upFront.map(packageOf)).not.toContain("oauth4webapi");
    expect(upFront.filter((input) => TOKEN_REQUEST_SIDE.includes(input))).toEqual([]);
    expect(upFront).toContain("src/auth/client-credentials.ts");
    expect(all.map(packageOf)).toContain("oauth4webapi");
  });
});
