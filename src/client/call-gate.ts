/**
 * What the transport asks of a fleet before each send and after each answer (with a `store`).
 * The gate itself (src/client/fleet-gate.ts) loads with the client, in the background: an app
 * without a store never loads it.
 */
import type { SharedStore } from "../store/shared-store.js";
import { loadOnce } from "../utils/load-once.js";

/** A fleet-wide request rate. */
export interface RateLimitOptions {
  /** Requests per second for all processes together, to this institution: a whole number, at least 1. */
  readonly requestsPerSecond: number;
}

/** The two calls the transport makes. */
export interface CallGate {
  /** Resolves when the call may be sent: any pause has passed and the rate limit allows it; `undefined` when it may go at once. */
  beforeSend(signal: AbortSignal): Promise<void> | undefined;
  /** Learns from an answer; a promise (to await) only when it announces a pause to the fleet. */
  afterResponse(status: number, headers: Headers, maxPauseMs: number): Promise<void> | undefined;
}

/** The gate of a client on `store` for the institution at `baseUrl`; starts loading (and reading the fleet's pause) at once. */
export function loadCallGate(store: SharedStore, baseUrl: string, rateLimit: RateLimitOptions | undefined): CallGate {
  const gate = loadOnce(async () => (await import("./fleet-gate.js")).createCallGate(store, baseUrl, rateLimit));
  // Started now, as a client without lazy loading would: a process that starts during a pause waits too.
  gate().catch(() => undefined);
  return {
    beforeSend: (signal) => (gate.current ? gate.current.beforeSend(signal) : gate().then((loaded) => loaded.beforeSend(signal))),
    // A response follows a send, and every send waited for the gate: it is loaded by now.
    afterResponse: (status, headers, maxPauseMs) => gate.current?.afterResponse(status, headers, maxPauseMs),
  };
}
