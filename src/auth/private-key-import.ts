/** Imports the client's checked private key with WebCrypto, non-extractable, for private_key_jwt (token-request side). */
import type * as oauth from "oauth4webapi";
import { authError } from "./auth-error-advice.js";
import type { AssertionAlgorithm, PreparedKey } from "./private-key.js";

const WEBCRYPTO: Record<AssertionAlgorithm, RsaHashedImportParams> = {
  PS256: { name: "RSA-PSS", hash: "SHA-256" },
  RS256: { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
};

/** The signing key oauth4webapi's PrivateKeyJwt takes; throws AUTH_INVALID_KEY when WebCrypto refuses the material. */
export async function importPrivateKey({ algorithm, kid, material }: PreparedKey): Promise<oauth.PrivateKey> {
  const withKid = (key: CryptoKey): oauth.PrivateKey => ({ key, ...(kid ? { kid } : {}) });
  if (material.format === "crypto-key") return withKid(material.key);
  if (material.format === "jwk") return withKid(await importOrThrow("jwk", material.jwk, algorithm));
  let der: Uint8Array<ArrayBuffer>;
  try {
    der = Uint8Array.from(atob(material.body), (c) => c.charCodeAt(0));
  } catch {
    throw authError("AUTH_INVALID_KEY", "`privateKey` PEM body is not valid base64.");
  }
  return withKid(await importOrThrow("pkcs8", der, algorithm));
}

async function importOrThrow(format: "pkcs8" | "jwk", data: Uint8Array<ArrayBuffer> | JsonWebKey, algorithm: AssertionAlgorithm): Promise<CryptoKey> {
  try {
    return format === "jwk"
      ? await crypto.subtle.importKey("jwk", data as JsonWebKey, WEBCRYPTO[algorithm], false, ["sign"])
      : await crypto.subtle.importKey("pkcs8", data as Uint8Array<ArrayBuffer>, WEBCRYPTO[algorithm], false, ["sign"]);
  } catch {
    // WebCrypto's own message adds nothing and its error is not ours to expose; the key may be in it.
    throw authError("AUTH_INVALID_KEY", `\`privateKey\` could not be imported as an RSA key for ${algorithm} (from ${format === "jwk" ? "JWK" : "PKCS#8 PEM"}).`);
  }
}
