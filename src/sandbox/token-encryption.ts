/**
 * The keys and oidc-provider settings of `encryptedTokens`, as Jack Henry documents its tokens
 * ("both the access_token and identity_token are encrypted"): the web-app client's ID tokens are
 * encrypted to the client's registered public key, and access tokens, nested JWTs signed then
 * encrypted, to the API's. Keys are generated per start and live only in memory.
 */
import { generateKeyPairSync, randomUUID, type KeyObject } from "node:crypto";
import type { ClientMetadata, EncryptionAlgValues, EncryptionEncValues } from "oidc-provider";

/** How both token kinds are encrypted: RSA-OAEP-256 key transport, A256GCM content encryption. */
export const TOKEN_ENCRYPTION: { readonly alg: EncryptionAlgValues; readonly enc: EncryptionEncValues } = { alg: "RSA-OAEP-256", enc: "A256GCM" };

/** The keys of an encrypting sandbox. */
export interface TokenEncryption {
  /** The web-app client's private key (PKCS#8 PEM), for `idTokenDecryptionKey`. */
  readonly idTokenDecryptionKeyPem: string;
  /** Client metadata that registers the client's public key and asks for encrypted ID tokens. */
  readonly clientMetadata: Pick<ClientMetadata, "jwks" | "id_token_encrypted_response_alg" | "id_token_encrypted_response_enc">;
  /** The resource server's `jwt.encrypt` setting: the API's public key. */
  readonly accessTokenEncryption: { readonly alg: EncryptionAlgValues; readonly enc: EncryptionEncValues; readonly key: KeyObject; readonly kid: string };
  /** The API's private key, which decrypts its access tokens. */
  readonly accessTokenDecryptionKey: KeyObject;
}

/** Generates the client's and the API's encryption key pairs. */
export function createTokenEncryption(): TokenEncryption {
  const client = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const api = generateKeyPairSync("rsa", { modulusLength: 2048 });
  // What an app registers in the back office: the public half only, marked for encryption.
  const clientPublicJwk = { ...client.publicKey.export({ format: "jwk" }), kid: randomUUID(), use: "enc", alg: TOKEN_ENCRYPTION.alg };
  return {
    idTokenDecryptionKeyPem: client.privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
    clientMetadata: {
      jwks: { keys: [clientPublicJwk] },
      id_token_encrypted_response_alg: TOKEN_ENCRYPTION.alg,
      id_token_encrypted_response_enc: TOKEN_ENCRYPTION.enc,
    },
    accessTokenEncryption: { ...TOKEN_ENCRYPTION, key: api.publicKey, kid: randomUUID() },
    accessTokenDecryptionKey: api.privateKey,
  };
}
