import { InvalidOptionsError } from "../errors/invalid-options-error.js";
import { millisecondsProblem } from "../utils/milliseconds.js";

/** How the client retries a failed call. Only idempotent methods are retried; a POST never is. */
export interface RetryPolicy {
  /** Total attempts per call, the first included. `1` disables retries. @default 3 */
  readonly maxAttempts?: number;
  /** Backoff before the first retry; doubles each time, with jitter. @default 500 */
  readonly baseDelayMs?: number;
  /** Upper bound of one backoff wait. @default 8000 */
  readonly maxDelayMs?: number;
  /** Longest `Retry-After` the client waits for; longer ones end the call with the server's answer. @default 60000 */
  readonly maxRetryAfterMs?: number;
}

/** A {@link RetryPolicy} with every default filled in. */
export type ResolvedRetryPolicy = Required<RetryPolicy>;

const defaults: ResolvedRetryPolicy = { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 };
const delayKeys = ["baseDelayMs", "maxDelayMs", "maxRetryAfterMs"] as const;
const MAX_ATTEMPTS = 20;

/** Checks a retry policy and fills in its defaults (from `base`); `false` means a single attempt. `where` names it in messages. */
export function resolveRetryPolicy(policy: unknown, base: ResolvedRetryPolicy = defaults, where = "retry"): ResolvedRetryPolicy {
  if (policy === undefined) return base;
  if (policy === false) return { ...base, maxAttempts: 1 };
  if (typeof policy !== "object" || policy === null || Array.isArray(policy)) {
    throw new InvalidOptionsError(`${where} must be an object such as { maxAttempts: 3 } or false; got ${policy === null ? "null" : typeof policy}.`);
  }
  for (const [key, value] of Object.entries(policy)) {
    if (!(key in defaults)) throw new InvalidOptionsError(`${where}.${key} is not a retry option; use ${Object.keys(defaults).join(", ")}.`);
    if (value === undefined) throw new InvalidOptionsError(`${where}.${key} is undefined; omit it to use the default (${defaults[key as keyof RetryPolicy]}).`);
  }
  const resolved = { ...base, ...(policy as RetryPolicy) };
  const { maxAttempts } = resolved;
  if (maxAttempts === 0) throw new InvalidOptionsError(`${where}.maxAttempts counts the first attempt too, so 0 would send nothing: use 1 (or retry: false) for no retries.`);
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
    throw new InvalidOptionsError(`${where}.maxAttempts must be a whole number from 1 to ${MAX_ATTEMPTS}; got ${String(maxAttempts)}.`);
  }
  for (const key of delayKeys) {
    const problem = millisecondsProblem(`${where}.${key}`, resolved[key], true);
    if (problem) throw new InvalidOptionsError(problem);
  }
  return resolved;
}

// RFC 9110 §9.2.2: a repeat has the same effect as one request. POST is not idempotent here (no Idempotency-Key).
const idempotentMethods = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);
const retryableStatuses = new Set([408, 429, 500, 502, 503, 504]);

/** Whether a method may be sent again after a failure. */
export function isIdempotent(method: string): boolean {
  return idempotentMethods.has(method.toUpperCase());
}

/** Whether a status is worth another attempt (for idempotent methods). */
export function isRetryableStatus(status: number): boolean {
  return retryableStatuses.has(status);
}

/** Exponential backoff with jitter in [50 %, 100 %] of the step, so a crowd of clients spreads out. */
export function backoffDelay(policy: ResolvedRetryPolicy, retryNumber: number, random = Math.random): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retryNumber - 1));
  return Math.round(step * (0.5 + random() / 2));
}

/** The wait a `Retry-After` header asks for (delta-seconds or an HTTP date), or `undefined` if absent or invalid. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Only an HTTP date (it names a day or month): Date.parse also reads "-5" or "2" as dates.
  const date = /[a-z]{3}/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
