/**
 * Imports the client's RSA private key for private_key_jwt with WebCrypto, from a PKCS#8 PEM, a
 * JWK or a CryptoKey. The key is imported non-extractable, and its material is registered with
 * the redactor so no error can print it.
 */
import type * as oauth from "oauth4webapi";
import { authError } from "./auth-error-advice.js";
import type { Redactor } from "./redaction.js";

/** Signature algorithms accepted for the client assertion. */
export type AssertionAlgorithm = "PS256" | "RS256";

const WEBCRYPTO: Record<AssertionAlgorithm, RsaHashedImportParams> = {
  PS256: { name: "RSA-PSS", hash: "SHA-256" },
  RS256: { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
};
/** The members of a JWK that hold private key material (RSA and EC/OKP). */
export const JWK_PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi"] as const;

/** A key ready to sign, checked up front; `load()` does the (async) import once. */
export interface PreparedKey {
  readonly algorithm: AssertionAlgorithm;
  load(): Promise<oauth.PrivateKey>;
}

function invalidKey(what: string): never {
  throw authError("AUTH_INVALID_KEY", what);
}

function invalidOptions(what: string): never {
  throw authError("AUTH_INVALID_OPTIONS", what);
}

const isCryptoKey = (v: unknown): v is CryptoKey => typeof CryptoKey !== "undefined" && v instanceof CryptoKey;

/** Checks the key's shape synchronously (so bad options fail at construction) and defers the import. */
export function prepareKey(input: string | JsonWebKey | CryptoKey, requested: AssertionAlgorithm | undefined, kidOption: string | undefined, redactor: Redactor): PreparedKey {
  if (requested !== undefined && requested !== "PS256" && requested !== "RS256") invalidOptions('`algorithm` must be "PS256" or "RS256".');
  if (kidOption !== undefined && (typeof kidOption !== "string" || kidOption === "")) invalidOptions("`kid` must be a non-empty string.");

  if (typeof input === "string") {
    const body = pkcs8PemBody(input, "privateKey", redactor);
    const algorithm = requested ?? "PS256";
    return once(algorithm, async () => {
      let der: Uint8Array<ArrayBuffer>;
      try {
        der = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
      } catch {
        return invalidKey("`privateKey` PEM body is not valid base64.");
      }
      return { key: await importOrThrow("pkcs8", der, algorithm), ...(kidOption ? { kid: kidOption } : {}) };
    });
  }

  if (isCryptoKey(input)) {
    const name = input.algorithm.name;
    const hash = (input.algorithm as RsaHashedKeyAlgorithm).hash?.name;
    const own: AssertionAlgorithm | undefined = hash === "SHA-256" ? (name === "RSA-PSS" ? "PS256" : name === "RSASSA-PKCS1-v1_5" ? "RS256" : undefined) : undefined;
    if (!own) invalidKey(`\`privateKey\` CryptoKey is ${name}${hash ? `/${hash}` : ""}; an RSA-PSS (PS256) or RSASSA-PKCS1-v1_5 (RS256) key with SHA-256 is needed.`);
    if (input.type !== "private" || !input.usages.includes("sign")) invalidKey('`privateKey` CryptoKey must be a private key with the "sign" usage.');
    if (requested && requested !== own) invalidOptions(`\`algorithm\` is ${requested} but the CryptoKey is for ${own}.`);
    const key = { key: input, ...(kidOption ? { kid: kidOption } : {}) };
    return { algorithm: own, load: () => Promise.resolve(key) };
  }

  if (typeof input === "object" && input !== null) {
    for (const m of JWK_PRIVATE_MEMBERS) if (typeof input[m] === "string") redactor.addSecret(input[m]);
    if (input.kty !== "RSA") invalidKey(`\`privateKey\` JWK has kty ${JSON.stringify(input.kty ?? null)}; an RSA key is needed.`);
    if (typeof input.d !== "string") invalidKey("`privateKey` JWK has no private part (`d`): that is a public key.");
    const own = input.alg;
    if (own !== undefined && own !== "PS256" && own !== "RS256") invalidKey(`\`privateKey\` JWK is for ${own}; PS256 or RS256 is needed.`);
    if (requested && own && requested !== own) invalidOptions(`\`algorithm\` is ${requested} but the JWK says alg ${own}.`);
    const algorithm = requested ?? own ?? "PS256";
    const kid = kidOption ?? (typeof (input as { kid?: unknown }).kid === "string" ? (input as { kid: string }).kid : undefined);
    // Only the key members: `alg`, `use`, `key_ops` or `ext` from elsewhere would make WebCrypto refuse a valid key.
    const { kty, n, e, d, p, q, dp, dq, qi } = input;
    const bare = Object.fromEntries(Object.entries({ kty, n, e, d, p, q, dp, dq, qi }).filter(([, v]) => v !== undefined)) as JsonWebKey;
    return once(algorithm, async () => ({ key: await importOrThrow("jwk", bare, algorithm), ...(kid ? { kid } : {}) }));
  }

  return invalidKey("`privateKey` must be a PKCS#8 PEM string, a private JWK object or a CryptoKey.");
}

/**
 * Checks that `pem` (option `option`) is one PKCS#8 "PRIVATE KEY" block, registers it and its
 * base64 body with the redactor, and returns the body; throws AUTH_INVALID_KEY saying what to fix.
 */
export function pkcs8PemBody(pem: string, option: string, redactor: Redactor): string {
  redactor.addSecret(pem);
  // A key kept on one line in a .env file arrives with the two characters `\n` for each line break.
  if (pem.includes("\\n") && pem.includes("-----BEGIN")) {
    invalidKey(
      `\`${option}\` has literal "\\n" sequences where the PEM needs line breaks (as when read from a .env file); replace them with newlines, e.g. \`key.replace(/\\\\n/g, "\\n")\`.`,
    );
  }
  const match = /-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END \1-----/.exec(pem);
  if (!match) invalidKey(`\`${option}\` is a string but not a PEM block.`);
  if (match[1] !== "PRIVATE KEY") {
    invalidKey(`\`${option}\` is a "${match[1]}" PEM; a PKCS#8 "PRIVATE KEY" is needed (convert with \`openssl pkcs8 -topk8 -nocrypt\`).`);
  }
  const body = (match[2] ?? "").replace(/\s+/g, "");
  redactor.addSecret(body);
  return body;
}

function once(algorithm: AssertionAlgorithm, load: () => Promise<oauth.PrivateKey>): PreparedKey {
  let loaded: Promise<oauth.PrivateKey> | undefined;
  return { algorithm, load: () => (loaded ??= load()) };
}

async function importOrThrow(format: "pkcs8" | "jwk", data: Uint8Array<ArrayBuffer> | JsonWebKey, algorithm: AssertionAlgorithm): Promise<CryptoKey> {
  try {
    return format === "jwk"
      ? await crypto.subtle.importKey("jwk", data as JsonWebKey, WEBCRYPTO[algorithm], false, ["sign"])
      : await crypto.subtle.importKey("pkcs8", data as Uint8Array<ArrayBuffer>, WEBCRYPTO[algorithm], false, ["sign"]);
  } catch {
    // WebCrypto's own message adds nothing and its error is not ours to expose; the key may be in it.
    return invalidKey(`\`privateKey\` could not be imported as an RSA key for ${algorithm} (from ${format === "jwk" ? "JWK" : "PKCS#8 PEM"}).`);
  }
}
