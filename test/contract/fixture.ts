/**
 * A "live" target for contract-check tests, all on loopback: the sandbox API behind a drift
 * proxy, and a separate authorization server for the client under test (which can refuse
 * scopes). The check sees it as a real environment: no sandbox flag, evidence allowed.
 */
import { randomBytes } from "node:crypto";
import { scopeDescriptions } from "../../src/index.js";
import { startAuthorizationServer, type RunningAuthorizationServer } from "../../src/sandbox/authorization-server.js";
import { startSandbox, type RunningSandbox } from "../../src/sandbox/index.js";
import { runCli } from "../../scripts/contract/cli.js";
import { startDriftProxy, type DriftProxy, type DriftProxyOptions } from "./drift-proxy.js";

/** The servers of one live target and the environment variables that point the CLI at it. */
export interface LiveTarget {
  readonly sandbox: RunningSandbox;
  readonly proxy: DriftProxy;
  readonly authorizationServer: RunningAuthorizationServer;
  readonly env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/** Starts a live target whose authorization server refuses `refuse`. */
export async function startLiveTarget(options: DriftProxyOptions & { readonly refuse?: readonly string[] } = {}): Promise<LiveTarget> {
  const sandbox = await startSandbox();
  const proxy = await startDriftProxy(sandbox, options);
  // The client is not allowed the refused scopes, so asking for them is `invalid_scope`, as at Jack Henry Identity.
  const client = { clientId: "contract-check", clientSecret: randomBytes(24).toString("base64url") };
  const authorizationServer = await startAuthorizationServer({
    scopes: Object.keys(scopeDescriptions),
    audience: proxy.baseUrl,
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        token_endpoint_auth_method: "client_secret_basic",
        grant_types: ["client_credentials"],
        response_types: [],
        redirect_uris: [],
        scope: Object.keys(scopeDescriptions)
          .filter((scope) => !options.refuse?.includes(scope))
          .join(" "),
      },
    ],
  });
  return {
    sandbox,
    proxy,
    authorizationServer,
    env: {
      JH_ISSUER: authorizationServer.issuer,
      ENTITY_SERVICES_BASE_URL: proxy.baseUrl,
      INSTITUTION_UNIVERSAL_ID: sandbox.institutionUniversalId,
      JH_CLIENT_ID: client.clientId,
      JH_CLIENT_SECRET: client.clientSecret,
    },
    stop: async () => {
      await Promise.all([proxy.stop(), authorizationServer.stop(), sandbox.stop()]);
    },
  };
}

/** What one CLI run printed, and its exit status. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the `check:contract` CLI in this process with `env` and `cwd`. */
export async function runContractCli(args: readonly string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { cwd, env, out: (text) => (stdout += `${text}\n`), err: (text) => (stderr += `${text}\n`) });
  return { code, stdout, stderr };
}
