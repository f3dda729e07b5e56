import { isDpopNonceChallenge } from "../auth/dpop-challenge.js";
import { backoffDelay, isIdempotent, isRetryableStatus, parseRetryAfter, type ResolvedRetryPolicy } from "./retry-policy.js";

/** How one attempt ended: an answer (status and headers), or a network failure before a full answer. */
export type AttemptOutcome = { readonly kind: "response"; readonly status: number; readonly headers: Headers } | { readonly kind: "network-error"; readonly reason: string };

/** What the call has done so far. */
export interface AttemptState {
  readonly method: string;
  readonly policy: ResolvedRetryPolicy;
  /** Backoff retries already made (the fresh-token and DPoP-nonce retries don't count). */
  readonly retries: number;
  /** A 401 was already answered with a fresh token. */
  readonly refreshedToken: boolean;
  /** A `use_dpop_nonce` challenge was already answered. */
  readonly answeredNonce: boolean;
  /** The attempt was sent with a DPoP-bound token and proof. */
  readonly dpop: boolean;
}

/** What to do next: end the call with this outcome, or send again (after a wait, with a fresh token, or with the API's DPoP nonce). */
export type RetryDecision =
  | { readonly action: "return" }
  | { readonly action: "retry"; readonly delayMs: number; readonly reason: string }
  | { readonly action: "refresh-token"; readonly reason: string }
  | { readonly action: "use-dpop-nonce"; readonly reason: string };

/**
 * The one retry decision of the client. A 401 or a DPoP nonce challenge means the API did not act,
 * so any method may be sent once more; backoff retries (408/429/5xx, network errors) only for
 * idempotent methods, honouring `Retry-After` up to the policy's cap.
 */
export function decideRetry(state: AttemptState, outcome: AttemptOutcome, random = Math.random, now = Date.now()): RetryDecision {
  const canBackOff = isIdempotent(state.method) && state.retries + 1 < state.policy.maxAttempts;
  if (outcome.kind === "network-error") {
    return canBackOff ? { action: "retry", delayMs: backoffDelay(state.policy, state.retries + 1, random), reason: outcome.reason } : { action: "return" };
  }
  const { status, headers } = outcome;
  if (status === 401) {
    // RFC 9449 §9: the same token with the nonce the API just sent, not a new token.
    if (state.dpop && !state.answeredNonce && isDpopNonceChallenge(headers)) {
      return { action: "use-dpop-nonce", reason: "HTTP 401 use_dpop_nonce" };
    }
    return state.refreshedToken ? { action: "return" } : { action: "refresh-token", reason: "HTTP 401" };
  }
  if (!canBackOff || !isRetryableStatus(status)) return { action: "return" };
  const retryAfter = parseRetryAfter(headers.get("retry-after"), now);
  if (retryAfter !== undefined && retryAfter > state.policy.maxRetryAfterMs) return { action: "return" };
  return { action: "retry", delayMs: retryAfter ?? backoffDelay(state.policy, state.retries + 1, random), reason: `HTTP ${status}` };
}
