/** Names of shared entries: a kind and a SHA-256 of what identifies them, so no name reveals a client, scope or token. */

const encoder = new TextEncoder();

/** `kind:<base64url SHA-256 of the parts>`; the parts are joined with a separator none of them can hold. */
export async function storeKeyName(kind: string, parts: readonly string[]): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", encoder.encode(parts.join("\u0000")));
  return `${kind}:${base64url(new Uint8Array(digest))}`;
}

/** A random, URL-safe id (lease holders, entry versions): 16 bytes of entropy. */
export function randomId(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(16)));
}

/** Unpadded base64url of `bytes` (no `Buffer`: the main entry stays runtime-neutral). */
export function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
