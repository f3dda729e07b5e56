/**
 * Decrypts encrypted ID tokens (a JWE whose plaintext is the signed ID token, OpenID Connect Core
 * §10.2) for oauth4webapi's `jweDecrypt` hook; oauth4webapi then validates the inner token as it
 * validates a signed one. jose does the decryption and is imported only when an
 * `idTokenDecryptionKey` is configured, so apps without one never load it (and bundlers that split
 * dynamic imports never ship it to them). Only RSA-OAEP-256 and the ECDH-ES family, with A256GCM or
 * A128CBC-HS256 content encryption, are accepted.
 */
import type * as Jose from "jose";
import { AuthError } from "../errors/auth-error.js";
import { authError } from "./auth-error-advice.js";
import { loadOnce } from "../utils/load-once.js";
import { sanitizeError } from "../utils/sanitize-error.js";
import { JWK_PRIVATE_MEMBERS, pkcs8PemBody } from "./private-key.js";
import type { Redactor } from "./redaction.js";

/** The client's private key for encrypted ID tokens: PKCS#8 PEM, private JWK, or CryptoKey (RSA for RSA-OAEP-256; EC P-256/384/521 or X25519 for ECDH-ES). */
export type IdTokenDecryptionKey = string | JsonWebKey | CryptoKey;

/** The option of the sources that receive ID tokens. */
export interface IdTokenDecryptionOptions {
  /**
   * The private key of the client's registered encryption key, for ID tokens that arrive encrypted
   * (five dot-separated parts instead of three). A PKCS#8 PEM string, a private JWK or a CryptoKey:
   * RSA for RSA-OAEP-256, EC (P-256, P-384, P-521) or X25519 for ECDH-ES, ECDH-ES+A128KW and
   * ECDH-ES+A256KW; content encryption A256GCM or A128CBC-HS256. Needs the optional peer dependency
   * `jose`. Without it, an encrypted ID token is refused with AUTH_ID_TOKEN_DECRYPTION_FAILED.
   */
  readonly idTokenDecryptionKey?: IdTokenDecryptionKey;
}

/** A function for oauth4webapi's `jweDecrypt` hook: the compact JWE in, the nested signed JWT out. */
export type DecryptIdToken = (jwe: string) => Promise<string>;

const KEY_MANAGEMENT = ["RSA-OAEP-256", "ECDH-ES", "ECDH-ES+A128KW", "ECDH-ES+A256KW"];
const CONTENT_ENCRYPTION = ["A256GCM", "A128CBC-HS256"];
// Header values are the server's text: only algorithm-name and key-id shapes are ever quoted back.
const PRINTABLE = /^[\w.+:-]{1,64}$/;
const shown = (value: unknown): string => (typeof value === "string" && PRINTABLE.test(value) ? value : "(none or unreadable)");

type KeyFor = (jose: typeof Jose, alg: string) => Promise<CryptoKey>;
// The ECDH-ES variants all take the same ECDH key: one import serves them all.
const familyOf = (alg: string): string => (alg.startsWith("ECDH-ES") ? "ECDH-ES" : alg);

function invalidKey(what: string): never {
  throw authError("AUTH_INVALID_KEY", `\`idTokenDecryptionKey\` ${what}`);
}

const unusableKey = (alg: string): string =>
  `\`idTokenDecryptionKey\` can't decrypt ${alg}: RSA-OAEP-256 needs an RSA private key, the ECDH-ES family an EC (P-256, P-384, P-521) or X25519 one.`;

const isCryptoKey = (v: unknown): v is CryptoKey => typeof CryptoKey !== "undefined" && v instanceof CryptoKey;

/**
 * The decrypt function of a source whose options are `source`. Without a key it refuses every
 * JWE, saying which option to set; with one, the key's shape is checked now (bad options fail at
 * construction) and jose is loaded on the first encrypted ID token.
 */
export function idTokenDecryptor(input: IdTokenDecryptionKey | undefined, source: string, redactor: Redactor): DecryptIdToken {
  // jose's errors carry only fixed texts and a code, but go through the same copy as every cause.
  const failed = (what: string, cause?: unknown): AuthError =>
    authError("AUTH_ID_TOKEN_DECRYPTION_FAILED", what, cause === undefined ? {} : { cause: sanitizeError(cause, redactor, false) });
  if (input === undefined) {
    return () =>
      Promise.reject(
        failed(`The ID token arrived encrypted (a JWE), but ${source}() has no \`idTokenDecryptionKey\`: pass the private key of the client's registered encryption key.`),
      );
  }
  const keyFor = prepareDecryptionKey(input, redactor);
  return async (jwe) => {
    const lib = await loadJose();
    let header: Jose.ProtectedHeaderParameters;
    try {
      header = lib.decodeProtectedHeader(jwe);
    } catch (err) {
      throw failed("The encrypted ID token is not a valid compact JWE: its protected header can't be read.", err);
    }
    const { alg, enc, kid } = header;
    if (alg === undefined || enc === undefined || !KEY_MANAGEMENT.includes(alg) || !CONTENT_ENCRYPTION.includes(enc)) {
      throw failed(
        `The ID token is encrypted with alg ${shown(alg)} and enc ${shown(enc)}; this client accepts alg ${KEY_MANAGEMENT.join(", ")} with enc ${CONTENT_ENCRYPTION.join(" or ")}. Register the client's ID-token encryption (id_token_encrypted_response_alg / _enc) as one of those.`,
      );
    }
    let key: CryptoKey;
    try {
      key = await keyFor(lib, alg);
    } catch (err) {
      throw failed(unusableKey(alg), err);
    }
    try {
      const { plaintext } = await lib.compactDecrypt(jwe, key, { keyManagementAlgorithms: KEY_MANAGEMENT, contentEncryptionAlgorithms: CONTENT_ENCRYPTION });
      const jws = new TextDecoder().decode(plaintext);
      redactor.addToken(jws);
      return jws;
    } catch (err) {
      throw failed(decryptionProblem(err, alg, kid), err);
    }
  };
}

function decryptionProblem(err: unknown, alg: string, kid: unknown): string {
  const code = (err as { code?: unknown } | undefined)?.code;
  if (code === "ERR_JWE_DECRYPTION_FAILED") {
    return `The encrypted ID token does not decrypt with \`idTokenDecryptionKey\`: it was encrypted (${alg}) to another key${kid === undefined ? "" : `, key id ${shown(kid)}`}. Configure the private key whose public JWK is registered as the client's encryption key.`;
  }
  if (code === "ERR_JWE_INVALID" || code === "ERR_JOSE_NOT_SUPPORTED")
    return "The encrypted ID token is not a valid compact JWE, or uses a JWE feature (`zip`, `crit`) this client doesn't support.";
  return unusableKey(alg);
}

const loadJose = loadOnce(async (): Promise<typeof Jose> => {
  try {
    return await import("jose");
  } catch {
    throw authError("AUTH_ID_TOKEN_DECRYPTION_FAILED", "`idTokenDecryptionKey` needs the optional peer dependency jose: install it (`npm install jose`).");
  }
});

/** Checks the key's shape synchronously and returns how to get the key jose decrypts `alg` with. */
function prepareDecryptionKey(input: IdTokenDecryptionKey, redactor: Redactor): KeyFor {
  if (typeof input === "string") {
    pkcs8PemBody(input, "idTokenDecryptionKey", redactor);
    return importedOnce((jose, family) => jose.importPKCS8(input, family));
  }

  if (isCryptoKey(input)) {
    const { name } = input.algorithm;
    const hash = (input.algorithm as RsaHashedKeyAlgorithm).hash?.name;
    const rsa = name === "RSA-OAEP" && hash === "SHA-256";
    if (!rsa && name !== "ECDH" && name !== "X25519") {
      invalidKey(`CryptoKey is ${name}${hash ? `/${hash}` : ""}; an RSA-OAEP (SHA-256), ECDH or X25519 private key is needed.`);
    }
    const usage = rsa ? "decrypt" : "deriveBits";
    if (input.type !== "private" || !input.usages.includes(usage)) invalidKey(`CryptoKey must be a private key with the "${usage}" usage.`);
    return async (_jose, alg) => {
      if ((familyOf(alg) === "RSA-OAEP-256") !== rsa) throw new TypeError(`a ${name} CryptoKey can't decrypt ${alg}`);
      return input;
    };
  }

  if (typeof input === "object" && input !== null) {
    for (const member of JWK_PRIVATE_MEMBERS) if (typeof input[member] === "string") redactor.addSecret(input[member]);
    const okp = input.kty === "OKP" && input.crv === "X25519";
    if (input.kty !== "RSA" && input.kty !== "EC" && !okp) invalidKey(`JWK has kty ${JSON.stringify(input.kty ?? null)}; an RSA, EC or X25519 (OKP) key is needed.`);
    if (typeof input.d !== "string") invalidKey("JWK has no private part (`d`): that is a public key.");
    if (input.alg !== undefined && !KEY_MANAGEMENT.includes(input.alg)) invalidKey(`JWK is for ${input.alg}; one of ${KEY_MANAGEMENT.join(", ")} is needed.`);
    if (input.use !== undefined && input.use !== "enc") invalidKey(`JWK has use ${JSON.stringify(input.use)}; a decryption key has use "enc".`);
    // Only the key members: jose freezes the object it imports, and `alg` / `key_ops` would tie the key to one variant.
    const { kty, crv, x, y, n, e, d, p, q, dp, dq, qi } = input;
    const bare = Object.fromEntries(Object.entries({ kty, crv, x, y, n, e, d, p, q, dp, dq, qi }).filter(([, v]) => v !== undefined)) as Jose.JWK;
    return importedOnce(async (jose, family) => (await jose.importJWK(bare, family)) as CryptoKey);
  }

  return invalidKey("must be a PKCS#8 PEM string, a private JWK object or a CryptoKey.");
}

/** A KeyFor that imports the key once per algorithm family, non-extractable. */
function importedOnce(load: (jose: typeof Jose, family: string) => Promise<CryptoKey>): KeyFor {
  const imported = new Map<string, Promise<CryptoKey>>();
  return (jose, alg) => {
    const family = familyOf(alg);
    let key = imported.get(family);
    if (!key) imported.set(family, (key = load(jose, family)));
    return key;
  };
}
