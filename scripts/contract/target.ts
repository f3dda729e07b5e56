/**
 * Where `check:contract` points: the project's sandbox (`--sandbox`, booted in this process), or
 * the environment variables `npm run sandbox` prints, for any real environment.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { clientCredentials, EntityManagementError } from "../../src/index.js";
import type { ContractTarget } from "../../src/contract/index.js";
import { startSandbox } from "../../src/sandbox/index.js";

/** A target, its enterprise user if the environment has one, and how to release it. */
export interface ResolvedTarget {
  readonly target: ContractTarget;
  /** The sandbox's seeded administrator; `undefined` for a live target. */
  readonly enterpriseUserId?: string;
  readonly stop: () => Promise<void>;
}

/** A usage problem: the CLI prints it and exits 2. */
export class UsageError extends Error {}

const required = ["JH_ISSUER", "ENTITY_SERVICES_BASE_URL", "INSTITUTION_UNIVERSAL_ID", "JH_CLIENT_ID"] as const;
const secrets = ["JH_PRIVATE_KEY_PATH", "JH_PRIVATE_KEY_PEM", "JH_CLIENT_SECRET"] as const;

/** Boots the sandbox and a private_key_jwt token source for it. */
export async function sandboxTarget(): Promise<ResolvedTarget> {
  const sandbox = await startSandbox();
  const { privateKeyJwt } = sandbox.credentials;
  return {
    target: {
      baseUrl: sandbox.baseUrl,
      institutionUniversalId: sandbox.institutionUniversalId,
      auth: clientCredentials({ issuer: sandbox.issuer, clientId: privateKeyJwt.clientId, privateKey: privateKeyJwt.privateKeyPem }),
      sandbox: true,
    },
    enterpriseUserId: sandbox.enterpriseUsers.administrator,
    stop: () => sandbox.stop(),
  };
}

/** Reads the target from the environment; names the missing variables (never a value). */
export async function environmentTarget(env: NodeJS.ProcessEnv, cwd: string): Promise<ResolvedTarget> {
  const missing = required.filter((name) => !env[name]);
  const given = secrets.filter((name) => env[name]);
  if (missing.length > 0 || given.length !== 1) {
    const secret = given.length === 0 ? [`one of ${secrets.join(", ")}`] : given.length > 1 ? [`only one of ${given.join(", ")}`] : [];
    throw new UsageError(`Set ${[...missing, ...secret].join(", ")} (the variables \`npm run sandbox\` prints), or pass --sandbox.`);
  }
  const credential = env["JH_CLIENT_SECRET"]
    ? { clientSecret: env["JH_CLIENT_SECRET"] }
    : { privateKey: env["JH_PRIVATE_KEY_PEM"] ?? (await readKey(resolve(cwd, env["JH_PRIVATE_KEY_PATH"] ?? ""))) };
  try {
    const auth = clientCredentials({ issuer: env["JH_ISSUER"] ?? "", clientId: env["JH_CLIENT_ID"] ?? "", ...credential });
    return { target: { baseUrl: env["ENTITY_SERVICES_BASE_URL"] ?? "", institutionUniversalId: env["INSTITUTION_UNIVERSAL_ID"] ?? "", auth }, stop: async () => {} };
  } catch (error) {
    // The token source checks its options up front; its messages name options, not secrets.
    if (error instanceof EntityManagementError) throw new UsageError(error.message);
    throw error;
  }
}

async function readKey(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new UsageError(`Cannot read JH_PRIVATE_KEY_PATH (${(error as NodeJS.ErrnoException).code ?? "unreadable"}).`);
  }
}
