/**
 * An app in a fresh Node process (run with `node --import tsx`), as the lazy-loading test starts
 * it: it records every module URL the process resolves from before it imports the package's main
 * entry, builds each kind of token source, then gets one token from the authorization server given
 * on the command line, and prints what had been loaded at each step as one JSON line. It prints no
 * secret and no token.
 */
import { register } from "node:module";
import { MessageChannel, receiveMessageOnPort } from "node:worker_threads";

const { port1, port2 } = new MessageChannel();
// Runs on the loader thread; each URL is posted before the module it names is loaded.
const hooks = `
let port;
export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  port.postMessage(result.url);
  return result;
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`, { data: { port: port2 }, transferList: [port2] });

const resolved = new Set<string>();
/** What has been resolved so far: the port's queue is read synchronously, so nothing is still on its way. */
function loaded(): { readonly oauth4webapi: boolean; readonly tokenRequestSide: boolean } {
  for (let message = receiveMessageOnPort(port1); message; message = receiveMessageOnPort(port1)) resolved.add(message.message as string);
  const urls = [...resolved];
  return { oauth4webapi: urls.some((url) => url.includes("/node_modules/oauth4webapi/")), tokenRequestSide: urls.some((url) => url.endsWith("/src/auth/token-requests.ts")) };
}

interface Setup {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly privateKeyClientId: string;
  readonly privateKeyPem: string;
}
const { issuer, clientId, clientSecret, privateKeyClientId, privateKeyPem } = JSON.parse(process.argv[2] ?? "{}") as Setup;
const lib = await import("../../../src/index.js");
const afterImport = loaded();

const discoveryCache = lib.createDiscoveryCache();
const auth = lib.clientCredentials({ issuer, clientId, clientSecret, discoveryCache });
const dpopAuth = lib.clientCredentials({ issuer, clientId: privateKeyClientId, privateKey: privateKeyPem, dpop: true });
lib.refreshTokenSource({ issuer, clientId, clientSecret, refreshToken: "a-refresh-token-never-used", onRefreshTokenRotated: () => undefined });
const flow = lib.authorizationCode({ issuer, clientId, clientSecret, redirectUri: "http://127.0.0.1/callback" });
flow.refreshTokenSource({ refreshToken: "another-refresh-token-never-used", onRefreshTokenRotated: () => undefined });
const challenge = new Response(null, { status: 401, headers: { "dpop-nonce": "nonce-1", "www-authenticate": 'DPoP error="use_dpop_nonce"' } });
const nonceChallenge = dpopAuth.dpop?.handleResponse(challenge);
discoveryCache.clear();
const afterConstruction = loaded();

const token = await auth.getToken(["entities:read"]);
const afterGetToken = loaded();

console.log(JSON.stringify({ afterImport, afterConstruction, afterGetToken, nonceChallenge, tokenType: token.type, source: JSON.stringify(auth) }));
