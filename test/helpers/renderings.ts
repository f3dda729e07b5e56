import { formatWithOptions, inspect } from "node:util";

/**
 * Every way a value may end up printed or logged: `String()`, JSON, `util.inspect` (hidden
 * properties and getters too), `console.log`'s formatting, and for errors `message` and `stack`,
 * for the value and each `cause` down its chain.
 */
export function renderings(value: unknown): string[] {
  const out: string[] = [];
  let current: unknown = value;
  for (let depth = 0; current !== undefined && current !== null && depth < 10; depth += 1) {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- what String() shows, [object Object] included, is what this checks.
    out.push(String(current), JSON.stringify(current) ?? "", inspect(current, { depth: 10, showHidden: true, getters: true }), formatWithOptions({}, current));
    if (current instanceof Error) out.push(current.message, current.stack ?? "");
    current = (current as { cause?: unknown }).cause;
  }
  return out;
}

/** What `promise` rejected with, or `undefined` when it resolved. */
export function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}
