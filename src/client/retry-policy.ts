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

/** Fills in the defaults of a retry policy (`false` means a single attempt). */
export function resolveRetryPolicy(policy: RetryPolicy | false | undefined): ResolvedRetryPolicy {
  const defaults = { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 };
  if (policy === false) return { ...defaults, maxAttempts: 1 };
  return { ...defaults, ...policy };
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
