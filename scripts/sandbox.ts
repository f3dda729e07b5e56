/**
 * npm run sandbox: keeps the local Entity Services sandbox running for your own app and prints
 * the settings to point it at. The private key goes to a temporary file only this user can read,
 * removed again on Ctrl-C / SIGTERM.
 *
 *   npm run sandbox [-- --port 4010 --issuer-port 4011 --encrypted-tokens]
 *
 * With --encrypted-tokens, ID tokens and access tokens are encrypted (as Jack Henry documents
 * them), and the web-app client's settings are printed too, with its decryption key in a file.
 */
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startSandbox } from "../src/sandbox/index.js";

const { values } = parseArgs({ options: { port: { type: "string" }, "issuer-port": { type: "string" }, "encrypted-tokens": { type: "boolean" } } });
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
  ...(values["encrypted-tokens"] ? { encryptedTokens: true } : {}),
});
const directory = await mkdtemp(join(tmpdir(), "entity-services-sandbox-"));
// Secrets go to files only the user can read, never to the terminal (scrollback and CI logs keep it).
async function privateFile(name: string, content: string): Promise<string> {
  const path = join(directory, name);
  await writeFile(path, content, { mode: 0o600 });
  await chmod(path, 0o600); // whatever the umask
  return path;
}
const { privateKeyJwt, secretBasic, webApp } = sandbox.credentials;
const keyPath = await privateFile("private-key.pem", privateKeyJwt.privateKeyPem);
const secretPath = await privateFile("client-secret", secretBasic.clientSecret);
const webApplication =
  webApp.idTokenDecryptionKeyPem === undefined
    ? ""
    : `
# Encrypted tokens: access tokens are encrypted to the API's key (your app never reads them), and
# the web-app client's ID tokens to its key (authorization code; pass idTokenDecryptionKey):
export JH_WEB_CLIENT_ID=${webApp.clientId}
export JH_WEB_REDIRECT_URI=${webApp.redirectUri}
export JH_WEB_CLIENT_SECRET="$(cat ${await privateFile("web-app-client-secret", webApp.clientSecret)})"
export JH_ID_TOKEN_DECRYPTION_KEY_PATH=${await privateFile("id-token-decryption-key.pem", webApp.idTokenDecryptionKeyPem)}
`;

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
${webApplication}
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
