import type { Redactor } from "../auth/redaction.js";

/**
 * A copy of `err` with only name, redacted message and stack, and string `code`. With
 * `keepChain` the causes (e.g. `ECONNREFUSED` under `fetch failed`) are copied the same way;
 * oauth4webapi's causes are dropped because they hold bodies, responses or parameters.
 */
export function sanitizeError(err: unknown, redactor: Redactor, keepChain: boolean, depth = 0): Error | undefined {
  if (!(err instanceof Error)) return undefined;
  const cause = keepChain && depth < 4 ? sanitizeError(err.cause, redactor, true, depth + 1) : undefined;
  const copy = new Error(redactor.redact(err.message), cause ? { cause } : undefined);
  Object.defineProperty(copy, "name", { value: err.name, enumerable: false, configurable: true, writable: true });
  copy.stack = redactor.redact(err.stack ?? `${err.name}: ${err.message}`);
  const code = (err as { code?: unknown }).code;
  if (typeof code === "string") Object.defineProperty(copy, "code", { value: code, enumerable: true });
  return copy;
}
