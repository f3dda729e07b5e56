/** Starting the sandbox prints nothing on stderr unless asked to be verbose; other warnings still show. */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { withoutDevelopmentWarnings } from "../../src/sandbox/quiet-provider.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Starts a sandbox in a fresh Node process (so oidc-provider is loaded for the first time), makes a real call, stops it. */
async function startInChild(options: string): Promise<{ stdout: string; stderr: string }> {
  const script = `
    const { startSandbox } = await import("./src/sandbox/index.ts");
    const { clientCredentials, createEntityManagementClient } = await import("./src/index.ts");
    const sandbox = await startSandbox(${options});
    const { privateKeyJwt } = sandbox.credentials;
    const client = createEntityManagementClient({ baseUrl: sandbox.baseUrl, institutionUniversalId: sandbox.institutionUniversalId,
      auth: clientCredentials({ issuer: sandbox.issuer, clientId: privateKeyJwt.clientId, privateKey: privateKeyJwt.privateKeyPem }) });
    const { response } = await client.GET("/address-labels");
    await sandbox.stop();
    console.log(response.status);`;
  return promisify(execFile)(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: root });
}

const developmentWarnings = [/Unsupported runtime/, /in-memory adapter/, /devInteractions is enabled/];

describe("a quiet sandbox", () => {
  it("prints nothing on stderr while it starts, answers and stops", async () => {
    const { stdout, stderr } = await startInChild("{}");
    expect(stdout).toBe("200\n");
    expect(stderr).toBe("");
  });

  it("prints oidc-provider's development warnings with verbose: true", async () => {
    const { stdout, stderr } = await startInChild("{ verbose: true }");
    expect(stdout).toBe("200\n");
    for (const warning of developmentWarnings) expect(stderr).toMatch(warning);
  });
});

describe("withoutDevelopmentWarnings", () => {
  afterEach(() => void vi.restoreAllMocks());

  it("hides only the three development warnings, and restores console.warn after the last overlapping call", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const outer = withoutDevelopmentWarnings(false, async () => {
      await held;
      console.warn("oidc-provider WARNING: a quick start development-only in-memory adapter is used, you MUST change it");
    });
    await withoutDevelopmentWarnings(false, () => {
      console.warn("\x1b[31;1moidc-provider WARNING: Unsupported runtime. Use Node.js v22.x LTS, or a later LTS release.\x1b[0m");
      console.warn("oidc-provider WARNING: default findAccount function called", "(a real problem)");
    });
    expect(console.warn).not.toBe(warn);
    release();
    await outer;
    expect(console.warn).toBe(warn);
    expect(warn.mock.calls).toEqual([["oidc-provider WARNING: default findAccount function called", "(a real problem)"]]);
  });

  it("lets everything through when verbose", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    await withoutDevelopmentWarnings(true, () => console.warn("oidc-provider WARNING: a quick start development-only feature devInteractions is enabled"));
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
