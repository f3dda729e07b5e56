/**
 * Which scopes the authorization server grants this client, asked through the token source:
 * all at once, and one by one when the set is refused with `invalid_scope`. And what a 403's
 * `WWW-Authenticate` challenge says the API wanted.
 */
import { AuthError, type TokenSource } from "../index.js";
import { ContractCheckError } from "./errors.js";

/** Asks for `scopes` together, then one by one if refused; resolves to whether each is granted. */
export async function probeScopes(auth: TokenSource, scopes: readonly string[]): Promise<Map<string, boolean>> {
  try {
    const token = await auth.getToken(scopes);
    return new Map(scopes.map((scope) => [scope, token.scopes.includes(scope)]));
  } catch (error) {
    if (!isInvalidScope(error)) throw connectionError(error);
  }
  const granted = new Map<string, boolean>();
  for (const scope of scopes) granted.set(scope, await probeScope(auth, scope, [...granted].find(([, yes]) => yes)?.[0]));
  return granted;
}

/**
 * Whether the authorization server grants `scope`. With an `anchor` (a scope already granted)
 * the two are asked for together: a server that silently drops a scope it does not know then
 * has to say which scopes it granted, where for a lone scope it may just omit `scope`
 * (RFC 6749 §5.1: "identical to the requested"), which would read as granted.
 */
export async function probeScope(auth: TokenSource, scope: string, anchor?: string): Promise<boolean> {
  try {
    return (await auth.getToken(anchor === undefined ? [scope] : [scope, anchor])).scopes.includes(scope);
  } catch (error) {
    if (isInvalidScope(error)) return false;
    throw connectionError(error);
  }
}

const isInvalidScope = (error: unknown): boolean => error instanceof AuthError && error.code === "AUTH_INVALID_SCOPE";

// The AuthError's code, status and OAuth error are enough to act on; its description is the server's text.
function connectionError(error: unknown): ContractCheckError {
  if (!(error instanceof AuthError)) return new ContractCheckError("CONTRACT_CONNECTION", `Could not get a token: ${error instanceof Error ? error.name : typeof error}.`);
  const said = [error.status && `HTTP ${error.status}`, error.oauthError].filter(Boolean).join(", ");
  return new ContractCheckError(
    "CONTRACT_CONNECTION",
    `Could not get a token from the authorization server: ${error.code}${said ? ` (${said})` : ""}. ${advice[error.code] ?? "Check the issuer and the client's credentials."}`,
  );
}

const advice: Partial<Record<string, string>> = {
  AUTH_DISCOVERY_FAILED: "Check JH_ISSUER: it must serve /.well-known/openid-configuration.",
  AUTH_CLIENT_REJECTED: "Check JH_CLIENT_ID and its key or secret, and that the public key is registered.",
  AUTH_NETWORK: "Check connectivity to the authorization server.",
  AUTH_TIMEOUT: "The authorization server did not answer in time.",
  AUTH_INVALID_KEY: "Check the private key: an RSA key as PKCS#8 PEM.",
  AUTH_INSECURE_ISSUER: "Use an https:// issuer (http only on loopback).",
};

/** What a 403 challenge says: whether it is `insufficient_scope`, and the scopes it names (well-formed scope tokens only). */
export interface Challenge {
  readonly insufficientScope: boolean;
  readonly scopes: readonly string[];
}

/** Reads RFC 6750 `error` and `scope` from a `WWW-Authenticate` header; anything else in it is ignored. */
export function parseChallenge(header: string | null): Challenge {
  let insufficientScope = false;
  const scopes: string[] = [];
  // Each auth-param in turn, quoted strings consumed whole, so `error_description="…, scope=x"` names no scope.
  for (const match of (header ?? "").matchAll(/([A-Za-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,"]+))/g)) {
    const name = match[1]?.toLowerCase();
    const value = match[2] ?? match[3] ?? "";
    if (name !== "error" && name !== "scope") continue;
    if (name === "error") insufficientScope ||= value === "insufficient_scope";
    // RFC 6749 scope-token characters only: a challenge is text from the server, repeated in reports.
    else scopes.push(...value.split(" ").filter((scope) => /^[\x21\x23-\x5B\x5D-\x7E]{1,128}$/.test(scope)));
  }
  return { insufficientScope, scopes: [...new Set(scopes)] };
}
