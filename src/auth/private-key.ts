/**
 * Checks the client's RSA private key for private_key_jwt (a PKCS#8 PEM, a JWK or a CryptoKey) at
 * construction, and registers its material with the redactor so no error can print it. The
 * WebCrypto import happens with the first token request (private-key-import.ts).
 */
import { authError } from "./auth-error-advice.js";
import type { Redactor } from "./redaction.js";

/** Signature algorithms accepted for the client assertion. */
export type AssertionAlgorithm = "PS256" | "RS256";

/** The members of a JWK that hold private key material (RSA and EC/OKP). */
export const JWK_PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi"] as const;

/** What the import starts from: the PEM's base64 body, the bare JWK, or the caller's own CryptoKey. */
export type KeyMaterial =
  { readonly format: "pkcs8"; readonly body: string } | { readonly format: "jwk"; readonly jwk: JsonWebKey } | { readonly format: "crypto-key"; readonly key: CryptoKey };

/** A key checked up front, ready for the (async) import. */
export interface PreparedKey {
  readonly algorithm: AssertionAlgorithm;
  /** The `kid` header of the client assertion, if any. */
  readonly kid: string | undefined;
  readonly material: KeyMaterial;
}

function invalidKey(what: string): never {
  throw authError("AUTH_INVALID_KEY", what);
}

function invalidOptions(what: string): never {
  throw authError("AUTH_INVALID_OPTIONS", what);
}

const isCryptoKey = (v: unknown): v is CryptoKey => typeof CryptoKey !== "undefined" && v instanceof CryptoKey;

/** Checks the key's shape synchronously, so bad options fail at construction. */
export function prepareKey(input: string | JsonWebKey | CryptoKey, requested: AssertionAlgorithm | undefined, kidOption: string | undefined, redactor: Redactor): PreparedKey {
  if (requested !== undefined && requested !== "PS256" && requested !== "RS256") invalidOptions('`algorithm` must be "PS256" or "RS256".');
  if (kidOption !== undefined && (typeof kidOption !== "string" || kidOption === "")) invalidOptions("`kid` must be a non-empty string.");

  if (typeof input === "string") {
    const body = pkcs8PemBody(input, "privateKey", redactor);
    return { algorithm: requested ?? "PS256", kid: kidOption, material: { format: "pkcs8", body } };
  }

  if (isCryptoKey(input)) {
    const name = input.algorithm.name;
    const hash = (input.algorithm as RsaHashedKeyAlgorithm).hash?.name;
    const own: AssertionAlgorithm | undefined = hash === "SHA-256" ? (name === "RSA-PSS" ? "PS256" : name === "RSASSA-PKCS1-v1_5" ? "RS256" : undefined) : undefined;
    if (!own) invalidKey(`\`privateKey\` CryptoKey is ${name}${hash ? `/${hash}` : ""}; an RSA-PSS (PS256) or RSASSA-PKCS1-v1_5 (RS256) key with SHA-256 is needed.`);
    if (input.type !== "private" || !input.usages.includes("sign")) invalidKey('`privateKey` CryptoKey must be a private key with the "sign" usage.');
    if (requested && requested !== own) invalidOptions(`\`algorithm\` is ${requested} but the CryptoKey is for ${own}.`);
    return { algorithm: own, kid: kidOption, material: { format: "crypto-key", key: input } };
  }

  if (typeof input === "object" && input !== null) {
    for (const m of JWK_PRIVATE_MEMBERS) if (typeof input[m] === "string") redactor.addSecret(input[m]);
    if (input.kty !== "RSA") invalidKey(`\`privateKey\` JWK has kty ${JSON.stringify(input.kty ?? null)}; an RSA key is needed.`);
    if (typeof input.d !== "string") invalidKey("`privateKey` JWK has no private part (`d`): that is a public key.");
    const own = input.alg;
    if (own !== undefined && own !== "PS256" && own !== "RS256") invalidKey(`\`privateKey\` JWK is for ${own}; PS256 or RS256 is needed.`);
    if (requested && own && requested !== own) invalidOptions(`\`algorithm\` is ${requested} but the JWK says alg ${own}.`);
    const kid = kidOption ?? (typeof (input as { kid?: unknown }).kid === "string" ? (input as { kid: string }).kid : undefined);
    // Only the key members: `alg`, `use`, `key_ops` or `ext` from elsewhere would make WebCrypto refuse a valid key.
    const { kty, n, e, d, p, q, dp, dq, qi } = input;
    const jwk = Object.fromEntries(Object.entries({ kty, n, e, d, p, q, dp, dq, qi }).filter(([, v]) => v !== undefined)) as JsonWebKey;
    return { algorithm: requested ?? own ?? "PS256", kid, material: { format: "jwk", jwk } };
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
