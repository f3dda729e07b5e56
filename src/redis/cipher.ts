/**
 * Tokens at rest: AES-256-GCM through WebCrypto, a fresh 96-bit IV per write, and the entry's key
 * name and version as associated data, so a ciphertext moved to another entry (or replayed under
 * another version) fails to decrypt instead of being believed.
 */
import { InvalidOptionsError } from "../errors/invalid-options-error.js";

const FORMAT = "a1";
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Encrypts and decrypts entry data with one key. */
export interface Cipher {
  seal(plaintext: string, associated: string): Promise<string>;
  /** `undefined` when the text was not sealed with this key for this name and version. */
  open(sealed: string, associated: string): Promise<string | undefined>;
}

/** Checks `encryptionKey` (32 bytes, base64url) now, and imports it as a non-extractable AES-GCM key. */
export function createCipher(encryptionKey: unknown): Cipher {
  if (typeof encryptionKey !== "string" || !/^[A-Za-z0-9_-]{43}$/.test(encryptionKey)) {
    throw new InvalidOptionsError(
      "createRedisStore(): encryptionKey must be 32 random bytes in base64url (43 characters), e.g. from `node -e \"console.log(crypto.randomBytes(32).toString('base64url'))\"`.",
    );
  }
  const key = crypto.subtle.importKey("raw", Buffer.from(encryptionKey, "base64url"), "AES-GCM", false, ["encrypt", "decrypt"]);
  return {
    async seal(plaintext, associated) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const sealed = await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: encoder.encode(associated) }, await key, encoder.encode(plaintext));
      return `${FORMAT}.${Buffer.from(iv).toString("base64url")}.${Buffer.from(sealed).toString("base64url")}`;
    },
    async open(sealed, associated) {
      const [format, iv, body] = sealed.split(".");
      if (format !== FORMAT || iv === undefined || body === undefined) return undefined;
      try {
        const plain = await crypto.subtle.decrypt(
          { name: "AES-GCM", iv: Buffer.from(iv, "base64url"), additionalData: encoder.encode(associated) },
          await key,
          Buffer.from(body, "base64url"),
        );
        return decoder.decode(plain);
      } catch {
        return undefined;
      }
    },
  };
}
