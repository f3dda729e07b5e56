import { Redactor } from "../auth/redaction.js";

// A credential (RFC 9110 token68) after its scheme, as an API might echo an Authorization header
// back; not an auth-param such as `realm="api"` of a challenge, which is `name=` then a value.
const SCHEME_AND_CREDENTIAL = /\b(Bearer|DPoP|Basic)\s+[\w\-.~+/]+=*(?![\w\-.~+/="])/gi;

/**
 * The redaction of one call: the access tokens it sent, anything JWT-shaped and any
 * `Bearer …`/`DPoP …`/`Basic …` credential, removed from text built from its response.
 */
export function createCallRedactor(sentTokens: readonly string[]): Redactor {
  const redactor = new Redactor();
  for (const token of sentTokens) redactor.addToken(token);
  return redactor;
}

/** The text redaction of a call that sent `sentTokens`; its redactor is built on first use. */
export function callRedaction(sentTokens: readonly string[]): (text: string) => string {
  let redactor: Redactor | undefined;
  return (text) => (redactor ??= createCallRedactor(sentTokens)).redact(text).replace(SCHEME_AND_CREDENTIAL, "$1 [redacted]");
}

/** A deep copy of a parsed body with every string redacted (property names are kept). */
export function redactDeep(value: unknown, redact: (text: string) => string, depth = 0): unknown {
  if (typeof value === "string") return redact(value);
  if (typeof value !== "object" || value === null || depth > 32) return depth > 32 ? undefined : value;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item, redact, depth + 1)]));
}
