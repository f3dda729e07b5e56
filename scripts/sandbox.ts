/**
 * npm run sandbox: keeps the local Entity Services sandbox running for your own app and prints
 * the settings to point it at. The private key goes to a temporary file only this user can read,
 * removed again on Ctrl-C / SIGTERM.
 *
 *   npm run sandbox [-- --port 4010 --issuer-port 4011]
 */
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startSandbox } from "../src/sandbox/index.js";

const { values } = parseArgs({ options: { port: { type: "string" }, "issuer-port": { type: "string" } } });
function port(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65_535) throw new RangeError(`Not a port number: "${value}".`);
  return number;
}
const apiPort = port(values.port);
const issuerPort = port(values["issuer-port"]);

const sandbox = await startSandbox({
  ...(apiPort === undefined ? {} : { port: apiPort }),
  ...(issuerPort === undefined ? {} : { authorizationServerPort: issuerPort }),
});
const directory = await mkdtemp(join(tmpdir(), "entity-services-sandbox-"));
const keyPath = join(directory, "private-key.pem");
await writeFile(keyPath, sandbox.credentials.privateKeyJwt.privateKeyPem, { mode: 0o600 });
await chmod(keyPath, 0o600); // whatever the umask
// Secrets go to files only the user can read, never to the terminal (scrollback and CI logs keep it).
const secretPath = join(directory, "client-secret");
await writeFile(secretPath, sandbox.credentials.secretBasic.clientSecret, { mode: 0o600 });
await chmod(secretPath, 0o600);

const { privateKeyJwt, secretBasic } = sandbox.credentials;
console.log(`Entity Services sandbox running (keys and data live in memory until you stop it).

# Point your app at it (private_key_jwt, as Jack Henry Identity requires for client credentials):
export JH_ISSUER=${sandbox.issuer}
export ENTITY_SERVICES_BASE_URL=${sandbox.baseUrl}
export INSTITUTION_UNIVERSAL_ID=${sandbox.institutionUniversalId}
export JH_CLIENT_ID=${privateKeyJwt.clientId}
export JH_PRIVATE_KEY_PATH=${keyPath}
# or the key itself: export JH_PRIVATE_KEY_PEM="$(cat "$JH_PRIVATE_KEY_PATH")"

# A client_secret client too (client_secret_basic):
export JH_SECRET_CLIENT_ID=${secretBasic.clientId}
export JH_CLIENT_SECRET="$(cat ${secretPath})"

# Enterprise users for abilities and entitlements: administrator ${sandbox.enterpriseUsers.administrator}, teller ${sandbox.enterpriseUsers.teller}

Press Ctrl-C to stop.`);

let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([sandbox.stop(), rm(directory, { recursive: true, force: true })]);
  console.log(`\n${signal}: sandbox stopped, key and secret files removed.`);
  process.exit(0);
}
process.once("SIGINT", (signal) => void stop(signal));
process.once("SIGTERM", (signal) => void stop(signal));
