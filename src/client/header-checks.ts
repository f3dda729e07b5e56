import { InvalidOptionsError } from "../errors/invalid-options-error.js";

// RFC 9110 §5.6.2 token characters for names; values may not hold CR, LF, NUL or other controls (tab is allowed).
const NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's whole purpose.
const UNSAFE_VALUE = /[\u0000-\u0008\u000a-\u001f\u007f]/;

// Headers the client owns: callers can't set them, so they can't undo what the client promises.
const reserved: Readonly<Record<string, string>> = {
  authorization: "the client sets it from `auth` on every attempt",
  dpop: "the client adds the proof when the token is DPoP-bound",
  cookie: "Entity Services authenticate with the access token only",
  host: "it is derived from the base URL",
  "content-length": "it is derived from the body",
  "transfer-encoding": "it is derived from the body",
  connection: "the transport manages connections",
};

/** Why a header value can't be sent, or `undefined` when it can. */
export function headerValueProblem(value: string): string | undefined {
  return UNSAFE_VALUE.test(value) ? "contains CR, LF, NUL or another control character" : undefined;
}

/**
 * Checks caller-supplied headers (`where` names them in messages) and returns them with
 * lower-case names. Values are never quoted: they may be credentials of another system.
 */
export function checkHeaders(headers: unknown, where: string, alsoReserved: Readonly<Record<string, string>> = {}): Readonly<Record<string, string>> {
  if (typeof headers !== "object" || headers === null || Array.isArray(headers) || headers instanceof Headers) {
    throw new InvalidOptionsError(`${where} must be a plain object of header names to string values, e.g. { "X-Correlation-ID": id }.`);
  }
  const checked: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (!NAME.test(name)) throw new InvalidOptionsError(`${where} has a header name that is not an HTTP token: ${JSON.stringify(name.slice(0, 40))}.`);
    const why = reserved[lower] ?? alsoReserved[lower];
    if (why !== undefined) throw new InvalidOptionsError(`${where} can't set ${lower}: ${why}.`);
    if (typeof value !== "string") throw new InvalidOptionsError(`${where}["${name}"] must be a string; got ${value === null ? "null" : typeof value}.`);
    const problem = headerValueProblem(value);
    if (problem) throw new InvalidOptionsError(`${where}["${name}"] ${problem}; such a value would split the request.`);
    checked[lower] = value;
  }
  return checked;
}
