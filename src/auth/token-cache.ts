/**
 * The token cache every fetching source uses.
 *
 * - Keyed by resource + sorted scope set; a fresh token whose granted scopes cover the needed ones
 *   is reused even when it was fetched for another key.
 * - Single-flight per key: concurrent cold calls share one token request.
 * - Early refresh: a token is fresh while `now < expiresAt - skew`, the skew capped at half the
 *   lifetime and applied once, when the token is stored.
 * - A generation counter: a fetch that started before an `invalidate()` still answers its own
 *   callers but never writes to the cache, so it can't bring back what was just invalidated.
 * - Tokens without an expiry are handed to the callers that asked and not cached.
 * - A caller's signal aborts only that caller's wait; the shared fetch carries on for the others.
 */
import { authError } from "./error-mapping.js";
import { coversScopes, normalizeScopes } from "./scopes.js";
import type { AccessToken } from "./token-source.js";

export interface TokenCacheOptions {
  readonly clock: () => number;
  readonly refreshSkewMs: number;
  /** When set, every `get` asks for this scope list, whatever the call needs (the source's `scope` option). */
  readonly fixedScope?: readonly string[] | undefined;
  /** Part of every key; one source talks to one resource. */
  readonly resource: string | undefined;
  /** Fetches a token for the (normalised) scopes; errors reach every waiting caller. */
  readonly fetchToken: (scopes: readonly string[]) => Promise<AccessToken>;
}

interface Entry {
  readonly token: AccessToken;
  readonly granted: ReadonlySet<string>;
  readonly refreshAt: number;
}

export class TokenCache {
  readonly #options: TokenCacheOptions;
  readonly #entries = new Map<string, Entry>();
  readonly #inflight = new Map<string, Promise<AccessToken>>();
  #generation = 0;

  constructor(options: TokenCacheOptions) {
    this.#options = options;
  }

  /** A fresh cached token covering `scopes`, or the result of the (shared) fetch for them. */
  get(scopes: readonly string[], signal?: AbortSignal): Promise<AccessToken> {
    if (signal?.aborted) return Promise.reject(aborted(signal));
    const wanted = normalizeScopes(this.#options.fixedScope ?? scopes);
    const key = this.#key(wanted);
    const cached = this.#lookup(key, wanted);
    if (cached) return Promise.resolve(cached);
    const pending = this.#inflight.get(key) ?? this.#start(key, wanted);
    return signal ? waitFor(pending, signal) : pending;
  }

  /** Stores a token obtained elsewhere (e.g. with the authorization code) under its granted scopes. */
  seed(token: AccessToken): void {
    const scopes = normalizeScopes(token.scopes);
    this.#store(this.#key(scopes), token);
  }

  /** Forgets `token` wherever it is cached, and stops fetches already in flight from caching their result. */
  invalidate(token: AccessToken): void {
    this.#generation++;
    for (const [key, entry] of this.#entries) {
      if (entry.token === token || entry.token.value === token.value) this.#entries.delete(key);
    }
    // New callers must not join a fetch that started before the invalidation.
    this.#inflight.clear();
  }

  #key(scopes: readonly string[]): string {
    return `${this.#options.resource ?? ""}\n${scopes.join(" ")}`;
  }

  #lookup(key: string, wanted: readonly string[]): AccessToken | undefined {
    const now = this.#options.clock();
    const exact = this.#entries.get(key);
    // The exact key answers even when the server granted less than asked: asking again would get the same.
    if (exact && now < exact.refreshAt) return exact.token;
    let found: AccessToken | undefined;
    for (const [k, entry] of this.#entries) {
      if (now >= entry.refreshAt) this.#entries.delete(k);
      else if (!found && coversScopes(entry.granted, wanted)) found = entry.token;
    }
    return found;
  }

  #start(key: string, wanted: readonly string[]): Promise<AccessToken> {
    const generation = this.#generation;
    const pending = this.#options.fetchToken(wanted).then((token) => {
      if (generation === this.#generation) this.#store(key, token);
      return token;
    });
    this.#inflight.set(key, pending);
    const settle = (): void => {
      if (this.#inflight.get(key) === pending) this.#inflight.delete(key);
    };
    // Also marks the rejection handled when every caller has stopped waiting.
    pending.then(settle, settle);
    return pending;
  }

  #store(key: string, token: AccessToken): void {
    if (token.expiresAt === undefined) return;
    const now = this.#options.clock();
    const skew = Math.min(this.#options.refreshSkewMs, Math.max(0, token.expiresAt - now) / 2);
    this.#entries.set(key, { token, granted: new Set(token.scopes), refreshAt: token.expiresAt - skew });
  }
}

function aborted(signal: AbortSignal): Error {
  return authError("AUTH_ABORTED", "Stopped waiting for a token because the caller's signal was aborted.", { cause: signal.reason });
}

/** Resolves like `pending`, or rejects with AUTH_ABORTED as soon as `signal` aborts. */
function waitFor<T>(pending: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(aborted(signal));
    signal.addEventListener("abort", onAbort, { once: true });
    pending.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(err);
      },
    );
  });
}
