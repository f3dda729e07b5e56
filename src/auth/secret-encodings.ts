/**
 * The ways a server can echo a secret it received, as regular-expression sources for the
 * {@link Redactor}: percent-encoded (`encodeURIComponent`, either hex case, any subset of
 * characters), form-encoded (`+` for space), JSON- or quoted-string-escaped (`\"`, `\\`, `\/`,
 * `\uXXXX`), any mix of those character by character, and base64 / base64url of the raw,
 * percent- or form-encoded bytes at any alignment, e.g. inside a `client_secret_basic` header.
 */

const ALPHANUMERIC = /^[A-Za-z0-9]$/;
const JSON_SHORT: Record<string, string> = { '"': '\\"', "\\": "\\\\", "/": "\\/", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

/** A hex digit in either case, as a regex source. */
const hexDigit = (digit: string): string => (/[a-f]/i.test(digit) ? `[${digit.toLowerCase()}${digit.toUpperCase()}]` : digit);
const hexPattern = (value: number, width: number): string => [...value.toString(16).padStart(width, "0")].map(hexDigit).join("");

/** Every form one code point can take in an echo. Letters and digits are never encoded by real encoders. */
function codePointPattern(char: string): string {
  if (ALPHANUMERIC.test(char)) return char;
  const forms = new Set([escapeRegExp(char)]);
  forms.add([...new TextEncoder().encode(char)].map((byte) => `%${hexPattern(byte, 2)}`).join(""));
  if (char === " ") forms.add("\\+");
  const short = JSON_SHORT[char];
  if (short !== undefined) forms.add(escapeRegExp(short));
  let units = "";
  for (let i = 0; i < char.length; i++) units += `\\\\u${hexPattern(char.charCodeAt(i), 4)}`;
  forms.add(units);
  return forms.size === 1 ? [...forms][0]! : `(?:${[...forms].join("|")})`;
}

/** A regex source matching `text` with each character in any of its echoed forms. */
export function echoPattern(text: string): string {
  let out = "";
  for (const char of text) out += codePointPattern(char);
  return out;
}

/** `application/x-www-form-urlencoded` the way oauth4webapi encodes `client_secret_basic` credentials. */
export function formUrlEncode(text: string): string {
  return encodeURIComponent(text).replace(/[-_.!~*'()]|%20/g, (s) => (s === "%20" ? "+" : `%${s.charCodeAt(0).toString(16).toUpperCase()}`));
}

/** The `client_secret_basic` credential (RFC 6749 §2.3.1) as oauth4webapi sends it after `Basic `. */
export function basicCredential(clientId: string, clientSecret: string): string {
  return btoa(`${formUrlEncode(clientId)}:${formUrlEncode(clientSecret)}`);
}

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
const toBase64Url = (text: string): string => text.replace(/\+/g, "-").replace(/\//g, "_");

/**
 * Base64 strings that reveal `bytes` wherever they sit in a larger base64 blob: the whole
 * encoding, plus, for each of the 3 alignments, the characters of the groups made of `bytes` alone
 * (the first and last partial groups depend on the neighbours and give away at most 2 bytes each).
 */
function base64Cores(bytes: Uint8Array, minLength: number): string[] {
  const whole = base64(bytes);
  const cores = [whole, whole.replace(/=+$/, "")];
  for (let offset = 0; offset < 3; offset++) {
    const padded = new Uint8Array(offset + bytes.length);
    padded.set(bytes, offset);
    const encoded = base64(padded);
    cores.push(encoded.slice(offset === 0 ? 0 : 4, Math.floor(padded.length / 3) * 4));
  }
  return [...new Set(cores.flatMap((core) => [core, toBase64Url(core)]))].filter((core) => core.length >= minLength);
}

/**
 * Regex sources for every echo of `secret`, longest first. With `binary` the base64 forms are
 * added too (client secrets and key material); tokens are only ever echoed as text.
 */
export function secretPatterns(secret: string, binary: boolean, minLength: number): { readonly length: number; readonly source: string }[] {
  const texts = new Set([secret]);
  if (binary) {
    const encoder = new TextEncoder();
    const encodings = new Set([secret, encodeURIComponent(secret), formUrlEncode(secret), new URLSearchParams({ s: secret }).toString().slice(2)]);
    for (const encoded of encodings) for (const core of base64Cores(encoder.encode(encoded), minLength)) texts.add(core);
  }
  return [...texts].map((text) => ({ length: text.length, source: echoPattern(text) }));
}
