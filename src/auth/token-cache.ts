/**
 * The token cache every fetching source uses.
 *
 * - Keyed by resource + sorted scope set; a fresh token whose granted scopes cover the needed ones
 *   is reused even when it was fetched for another key.
 * - Single-flight per key: concurrent cold calls share one token request.
 * - Early refresh: a token is fresh while `now < expiresAt - skew`, the skew capped at half the
 *   lifetime and applied once, when the token is stored; in a fleet, widened at random per token
 *   (`refreshJitter`) so processes holding the same token don't all come back for it at once.
 * - Each key remembers its *current* token (the last one fetched for it, fresh or not, with or
 *   without expiry). Only invalidating a current token does anything: N callers that all got a 401
 *   for the same token then share one new token, instead of each starting a request.
 * - A real invalidation detaches the key's fetch in flight: it still answers its own callers but
 *   never writes to the cache, so it can't bring back what was just invalidated, and new callers
 *   don't join it.
 * - Tokens without an expiry are handed to the callers that asked and never served from cache.
 * - A caller's signal aborts only that caller's wait; the shared fetch carries on for the others.
 */
import { authError } from "./auth-error-advice.js";
import { coversScopes, normalizeScopes } from "./scopes.js";
import type { AccessToken } from "./token-source.js";

/** The largest share of the refresh window a process in a fleet adds at random, so the fleet's processes don't all refresh at once. */
export const REFRESH_JITTER = 0.2;

/** What a {@link TokenCache} is built with: its clock, refresh skew, scope and resource, and how it fetches. */
export interface TokenCacheOptions {
  readonly clock: () => number;
  readonly refreshSkewMs: number;
  /** Up to this share of the skew is added at random to each stored token's; 0 (the default) adds none. */
  readonly refreshJitter?: number | undefined;
  /** When set, every `get` asks for this scope list, whatever the call needs (the source's `scope` option). */
  readonly fixedScope?: readonly string[] | undefined;
  /** Part of every key; one source talks to one resource. */
  readonly resource: string | undefined;
  /** Fetches a token for the (normalised) scopes; errors reach every waiting caller. */
  readonly fetchToken: (scopes: readonly string[]) => Promise<AccessToken>;
}

/** A key's current token; `refreshAt` is -Infinity for a token without expiry (never served from cache). */
interface Entry {
  readonly token: AccessToken;
  readonly granted: ReadonlySet<string>;
  readonly refreshAt: number;
}

/** The access tokens of one source, by scope set (see the rules at the top of this file). */
export class TokenCache {
  readonly #options: TokenCacheOptions;
  // One entry per key ever fetched (bounded by the scope sets in use); stale entries stay until replaced.
  readonly #current = new Map<string, Entry>();
  readonly #inflight = new Map<string, Promise<AccessToken>>();

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

  /**
   * Forgets `token` if it is still current for some key, and detaches that key's fetch in flight.
   * A token already invalidated or already replaced is left alone: its holders get the new one.
   */
  invalidate(token: AccessToken): void {
    for (const [key, entry] of this.#current) {
      if (entry.token !== token && entry.token.value !== token.value) continue;
      this.#current.delete(key);
      // New callers must not join a fetch that started before the invalidation, and it must not cache.
      this.#inflight.delete(key);
    }
  }

  #key(scopes: readonly string[]): string {
    return `${this.#options.resource ?? ""}\n${scopes.join(" ")}`;
  }

  #lookup(key: string, wanted: readonly string[]): AccessToken | undefined {
    const now = this.#options.clock();
    const exact = this.#current.get(key);
    // The exact key answers even when the server granted less than asked: asking again would get the same.
    if (exact && now < exact.refreshAt) return exact.token;
    for (const entry of this.#current.values()) {
      if (now < entry.refreshAt && coversScopes(entry.granted, wanted)) return entry.token;
    }
    return undefined;
  }

  #start(key: string, wanted: readonly string[]): Promise<AccessToken> {
    // Still the key's fetch when it settles ⇔ no real invalidation detached it meanwhile.
    const own = (): boolean => this.#inflight.get(key) === pending;
    const pending: Promise<AccessToken> = this.#options.fetchToken(wanted).then(
      (token) => {
        if (own()) {
          this.#inflight.delete(key);
          this.#store(key, token);
        }
        return token;
      },
      (err: unknown) => {
        if (own()) this.#inflight.delete(key);
        throw err;
      },
    );
    this.#inflight.set(key, pending);
    return pending;
  }

  #store(key: string, token: AccessToken): void {
    const now = this.#options.clock();
    const jitter = this.#options.refreshJitter ? 1 + this.#options.refreshJitter * Math.random() : 1;
    const refreshAt = token.expiresAt === undefined ? -Infinity : token.expiresAt - Math.min(this.#options.refreshSkewMs, Math.max(0, token.expiresAt - now) / 2) * jitter;
    this.#current.set(key, { token, granted: new Set(token.scopes), refreshAt });
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
