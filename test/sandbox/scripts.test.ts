/** `npm start` (the demo) and `npm run sandbox`, run as the user runs them: child processes. */
import { spawn, type ChildProcess } from "node:child_process";
import { readFile, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { authorizationCode, clientCredentials, createEntityManagementClient, unwrap } from "../../src/index.js";
import { scriptedLogin } from "../../src/sandbox/scripted-login.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const run = (script: string, ...args: string[]): ChildProcess => spawn(process.execPath, ["--import", "tsx", script, ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
const exported = (stdout: string): Record<string, string> => Object.fromEntries([...stdout.matchAll(/^export (\w+)=(\S+)$/gm)].map(([, name, value]) => [name ?? "", value ?? ""]));

function collect(child: ChildProcess): { stdout: () => string; exit: Promise<number | null> } {
  let stdout = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.resume();
  return { stdout: () => stdout, exit: new Promise((resolve) => child.once("exit", (code) => resolve(code))) };
}

describe("scripts", () => {
  it("npm start: the demo runs against the sandbox and exits 0 within 30 s", async () => {
    const started = Date.now();
    const demo = collect(run("scripts/demo.ts"));
    expect(await demo.exit).toBe(0);
    expect(Date.now() - started).toBeLessThan(30_000);
    const transcript = demo.stdout();
    for (const expected of [
      /POST +\/entities +→ 201/,
      /POST +\/entities\/\{EntityId\}\/digital-contact-points +→ 201/,
      /POST +\/relationships +→ 201/,
      /POST +\/entities\/search +→ 200/,
      /GET +\/enterprise\/\{EnterpriseUserId\}\/abilities +→ 200/,
      /refused before sending: INSUFFICIENT_SCOPE, missing entity-services.entities.write/,
      /POST +\/entities +→ 403/,
      /HTTP 403 INSUFFICIENT_SCOPE, missing entity-services.entities.write/,
      /HTTP 400 jackhenry\/validation-failed[\s\S]*- lastName is required\./,
      /every response matched the spec/,
    ]) {
      expect(transcript).toMatch(expected);
    }
    expect(transcript).toMatch(/X-Request-ID [0-9a-f-]{36}/);
  }, 40_000);

  it("npm run sandbox: prints settings that work, keeps the key private, and cleans up on SIGTERM", async () => {
    const child = run("scripts/sandbox.ts");
    const sandbox = collect(child);
    try {
      await expect.poll(sandbox.stdout, { timeout: 20_000, interval: 100 }).toContain("Press Ctrl-C to stop.");
      const env = exported(sandbox.stdout());
      const keyPath = env["JH_PRIVATE_KEY_PATH"] ?? "";
      expect((await stat(keyPath)).mode & 0o777).toBe(0o600);

      const client = createEntityManagementClient({
        baseUrl: env["ENTITY_SERVICES_BASE_URL"] ?? "",
        institutionUniversalId: env["INSTITUTION_UNIVERSAL_ID"] ?? "",
        auth: clientCredentials({ issuer: env["JH_ISSUER"] ?? "", clientId: env["JH_CLIENT_ID"] ?? "", privateKey: await readFile(keyPath, "utf8") }),
      });
      expect((await unwrap(client.GET("/address-labels"))).addressLabels.length).toBeGreaterThan(0);
      // The secret is printed as a command reading a private file, never as the value itself.
      const secretPath = /^export JH_CLIENT_SECRET="\$\(cat (\S+)\)"$/m.exec(sandbox.stdout())?.[1] ?? "";
      expect((await stat(secretPath)).mode & 0o777).toBe(0o600);
      const clientSecret = await readFile(secretPath, "utf8");
      expect(clientSecret.length).toBeGreaterThan(16);
      expect(sandbox.stdout()).not.toContain(clientSecret);
      const secretClient = createEntityManagementClient({
        baseUrl: env["ENTITY_SERVICES_BASE_URL"] ?? "",
        institutionUniversalId: env["INSTITUTION_UNIVERSAL_ID"] ?? "",
        auth: clientCredentials({ issuer: env["JH_ISSUER"] ?? "", clientId: env["JH_SECRET_CLIENT_ID"] ?? "", clientSecret }),
      });
      expect((await secretClient.POST("/entities/search", { body: {} })).response.status).toBe(200);

      child.kill("SIGTERM");
      expect(await sandbox.exit).toBe(0);
      await expect(stat(keyPath)).rejects.toThrow(/ENOENT/);
      await expect(stat(secretPath)).rejects.toThrow(/ENOENT/);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  }, 40_000);

  it("npm run sandbox -- --encrypted-tokens: prints the web-app client, whose key decrypts its ID tokens", async () => {
    const child = run("scripts/sandbox.ts", "--encrypted-tokens");
    const sandbox = collect(child);
    try {
      await expect.poll(sandbox.stdout, { timeout: 20_000, interval: 100 }).toContain("Press Ctrl-C to stop.");
      const env = exported(sandbox.stdout());
      const keyPath = env["JH_ID_TOKEN_DECRYPTION_KEY_PATH"] ?? "";
      expect((await stat(keyPath)).mode & 0o777).toBe(0o600);
      const secretPath = /^export JH_WEB_CLIENT_SECRET="\$\(cat (\S+)\)"$/m.exec(sandbox.stdout())?.[1] ?? "";
      expect((await stat(secretPath)).mode & 0o777).toBe(0o600);
      const [idTokenDecryptionKey, clientSecret] = await Promise.all([readFile(keyPath, "utf8"), readFile(secretPath, "utf8")]);
      expect(sandbox.stdout()).not.toContain(clientSecret);

      const login = authorizationCode({
        issuer: env["JH_ISSUER"] ?? "",
        clientId: env["JH_WEB_CLIENT_ID"] ?? "",
        clientSecret,
        redirectUri: env["JH_WEB_REDIRECT_URI"] ?? "",
        idTokenDecryptionKey,
        scope: ["offline_access"],
      });
      const request = await login.createAuthorizationRequest();
      const result = await login.handleAuthorizationCallback(await scriptedLogin(request.url, { login: "ada" }), request);
      expect(result.idToken.split(".")).toHaveLength(5);
      expect(result.claims.sub).toBe("ada");
      const client = createEntityManagementClient({
        baseUrl: env["ENTITY_SERVICES_BASE_URL"] ?? "",
        institutionUniversalId: env["INSTITUTION_UNIVERSAL_ID"] ?? "",
        auth: login.refreshTokenSource({ refreshToken: result.refreshToken ?? "", accessToken: result.accessToken, onRefreshTokenRotated: () => {} }),
      });
      expect(result.accessToken.value.split(".")).toHaveLength(5);
      expect((await unwrap(client.GET("/address-labels"))).addressLabels.length).toBeGreaterThan(0);

      child.kill("SIGTERM");
      expect(await sandbox.exit).toBe(0);
      await expect(stat(keyPath)).rejects.toThrow(/ENOENT/);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  }, 40_000);
});
