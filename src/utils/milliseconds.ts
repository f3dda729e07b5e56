/** The longest delay `setTimeout` honours; Node fires anything longer after 1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Why `value` is not a usable number of milliseconds for `name`, or `undefined` when it is.
 * Zero is allowed only with `allowZero` (a wait may be zero, a timeout may not).
 */
export function millisecondsProblem(name: string, value: unknown, allowZero = false): string | undefined {
  const lowest = allowZero ? "zero or a positive" : "a positive";
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    return `${name} must be ${lowest} number of milliseconds; got ${typeof value === "number" ? value : typeof value}.`;
  }
  if (value > MAX_TIMER_MS) {
    return `${name} must be at most ${MAX_TIMER_MS} ms (about 24.8 days), the longest timer Node.js honours; got ${value}.`;
  }
  return undefined;
}
