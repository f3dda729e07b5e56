/** Shared test fixtures: the sandbox authorization server, key imports, a gate for in-flight requests. */
import { inspect } from "node:util";
import * as oauth from "oauth4webapi";
import { afterAll, beforeAll, expect } from "vitest";
import { AuthError, type AuthErrorCode } from "../../../src/auth/index.js";
import { startAuthorizationServer, type AuthorizationServerOptions, type RunningAuthorizationServer } from "../../../src/sandbox/authorization-server.js";
import { requestUrl } from "../../helpers/request-url.js";

/** The API base URL access tokens are issued for (the service root; nothing listens there). */
export const API = "http://127.0.0.1:4999/a/api/entity-svcs/v1";
export const SCOPES = ["entities:read", "entities:write", "addresses:read"] as const;

/** Starts the sandbox authorization server with the test scopes and audience. */
export function startTestServer(options: Partial<AuthorizationServerOptions> = {}) {
  return startAuthorizationServer({ scopes: SCOPES, audience: API, ...options });
}

/** Runs a test server for the file's tests, with its discovery metadata read as the API side would; use `.server`, `.metadata`. */
export function useTestServer(): { readonly server: RunningAuthorizationServer; readonly metadata: oauth.AuthorizationServer } {
  const holder = {} as { server: RunningAuthorizationServer; metadata: oauth.AuthorizationServer };
  beforeAll(async () => {
    holder.server = await startTestServer();
    const issuer = new URL(holder.server.issuer);
    holder.metadata = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { [oauth.allowInsecureRequests]: true }));
  });
  afterAll(() => holder.server.stop());
  return holder;
}

/** Imports a PKCS#8 PEM as a non-extractable CryptoKey for `alg`, as an application would. */
export async function importPem(pem: string, alg: "PS256" | "RS256"): Promise<CryptoKey> {
  const der = Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ""), "base64");
  const algorithm = alg === "PS256" ? { name: "RSA-PSS", hash: "SHA-256" } : { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
  return crypto.subtle.importKey("pkcs8", der, algorithm, false, ["sign"]);
}

/** A promise to hold requests in flight until `open()`. */
export function gate(): { wait: Promise<void>; open: () => void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

/** A fetch that waits for `g` before sending token requests (discovery passes through). */
export function gatedFetch(g: { wait: Promise<void> }): typeof fetch {
  return async (input, init) => {
    if (requestUrl(input).endsWith("/token")) await g.wait;
    return fetch(input, init);
  };
}

/** Awaits `promise`, expects an AuthError with `code`, returns it. */
export async function expectAuthError(promise: Promise<unknown> | (() => unknown), code: AuthErrorCode): Promise<AuthError> {
  let caught: unknown;
  try {
    await (typeof promise === "function" ? promise() : promise);
  } catch (err) {
    caught = err;
  }
  expect(caught, `expected an AuthError ${code}`).toBeInstanceOf(AuthError);
  const err = caught as AuthError;
  expect(err.code, err.message).toBe(code);
  return err;
}

/** Every way a value can be printed: message, String(), JSON, util.inspect (hidden props too), and the same for each cause. */
export function renderings(value: unknown): string[] {
  const out: string[] = [];
  let current: unknown = value;
  for (let depth = 0; depth < 10 && current !== undefined && current !== null; depth++) {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- what String() shows, [object Object] included, is what this checks.
    out.push(String(current), inspect(current, { depth: 20, showHidden: true, getters: true }));
    try {
      out.push(JSON.stringify(current) ?? "");
    } catch (e) {
      out.push(String(e));
    }
    if (current instanceof Error) out.push(current.message, current.stack ?? "");
    current = current instanceof Error ? current.cause : undefined;
  }
  return out;
}

/** Fails when any planted secret shows up in any rendering of `value`. */
export function expectNoLeak(value: unknown, planted: readonly string[]): void {
  const texts = renderings(value);
  for (const secret of planted) {
    for (const text of texts) expect(text.includes(secret), `leaked "${secret.slice(0, 12)}…" in: ${text.slice(0, 300)}`).toBe(false);
  }
}
