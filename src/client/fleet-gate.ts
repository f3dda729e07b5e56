/**
 * Backing off together: what a client with a `store` does before each send and after each answer.
 *
 * - A 429 or 503 with `Retry-After` seen by any process pauses every process's calls to that
 *   institution (its base URL) until it passes: the pause is an entry whose expiry is the end of
 *   the pause, announced on a channel so the others learn of it at once (and read on start, so a
 *   process that starts during a pause waits too). Time travels as durations, never timestamps,
 *   so the processes' clocks need not agree.
 * - Optionally a fleet-wide request rate (`rateLimit`), on the store's distributed limiter.
 * - Only API calls wait here: token requests go through the token source, never through this gate,
 *   so they can't queue behind the calls they unblock.
 * - The store failing changes nothing but the sharing: the process keeps its own pause.
 */
import { storeKeyName, randomId } from "../store/key-name.js";
import { bestEffort, type RateLimiter, type SharedStore } from "../store/shared-store.js";
import { MAX_TIMER_MS } from "../utils/milliseconds.js";
import { sleep } from "../utils/sleep.js";
import type { CallGate, RateLimitOptions } from "./call-gate.js";
import { parseRetryAfter } from "./retry-policy.js";

/** One institution's pause, shared by every client of this process on the same store and base URL. */
class FleetPause {
  readonly #store: SharedStore;
  readonly #key: Promise<string>;
  #until = 0;
  // Set until the first read of the shared pause has answered (or failed).
  #starting: Promise<void> | undefined;

  constructor(store: SharedStore, baseUrl: string) {
    this.#store = store;
    this.#key = storeKeyName("pause", [baseUrl]);
    this.#starting = this.#key
      .then(async (key) => {
        store.subscribe(key, (message) => this.#extend(Number(message)));
        const entry = await store.get(key);
        if (entry) this.#extend(entry.ttlMs);
      })
      .catch(() => undefined)
      .finally(() => (this.#starting = undefined));
  }

  wait(signal: AbortSignal): Promise<void> | undefined {
    if (this.#starting) return this.#starting.then(() => this.wait(signal));
    const left = this.#until - Date.now();
    // After the wait, look again: a longer pause may have been announced meanwhile.
    return left > 0 ? sleep(left, signal).then(() => this.wait(signal)) : undefined;
  }

  async announce(ms: number): Promise<void> {
    this.#extend(ms);
    await bestEffort(async () => {
      const key = await this.#key;
      const current = await this.#store.get(key);
      // Never shorten a longer pause someone else announced.
      if (current && current.ttlMs >= ms) return;
      if (await this.#store.compareAndSet(key, current?.version, { version: randomId(), data: "" }, ms)) await this.#store.publish(key, String(ms));
    });
  }

  // Whatever a message says, a pause is a usable timer: past MAX_TIMER_MS Node would fire it at once, over and over.
  #extend(ms: number): void {
    if (Number.isFinite(ms) && ms > 0 && ms <= MAX_TIMER_MS) this.#until = Math.max(this.#until, Date.now() + ms);
  }
}

// Per store, per base URL: many clients of one institution share one subscription and one pause.
const pauses = new WeakMap<SharedStore, Map<string, FleetPause>>();

function pauseFor(store: SharedStore, baseUrl: string): FleetPause {
  let byUrl = pauses.get(store);
  if (!byUrl) pauses.set(store, (byUrl = new Map<string, FleetPause>()));
  let pause = byUrl.get(baseUrl);
  if (!pause) byUrl.set(baseUrl, (pause = new FleetPause(store, baseUrl)));
  return pause;
}

/** The gate of a client on `store` for the institution at `baseUrl`. */
export function createCallGate(store: SharedStore, baseUrl: string, rateLimit: RateLimitOptions | undefined): CallGate {
  const pause = pauseFor(store, baseUrl);
  let limiter: Promise<RateLimiter> | undefined;
  if (rateLimit && store.createRateLimiter) {
    const create = store.createRateLimiter.bind(store);
    limiter = storeKeyName("rate", [baseUrl]).then((name) => create(name, rateLimit.requestsPerSecond));
  }
  return {
    beforeSend(signal) {
      const paused = pause.wait(signal);
      if (!limiter) return paused;
      const slot = limiter;
      return (paused ?? Promise.resolve()).then(async () => (await slot).acquire(signal));
    },
    afterResponse(status, headers, maxPauseMs) {
      if (status !== 429 && status !== 503) return undefined;
      const retryAfter = parseRetryAfter(headers.get("retry-after"));
      return retryAfter === undefined || retryAfter <= 0 ? undefined : pause.announce(Math.min(retryAfter, maxPauseMs));
    },
  };
}
