/**
 * Redis is never a single point of failure: every command is bounded by a timeout, and after a
 * failure the store answers "unavailable" at once (its callers then go on alone, per process)
 * until Redis answers again, trying it again at most every {@link PROBE_INTERVAL_MS}. One warn
 * line per outage, whatever the number of calls; one info line when sharing resumes.
 */

/** Receives the store's log lines (never key names, values or URLs); `console` fits. */
export interface StoreLogger {
  warn?(message: string, fields: Readonly<Record<string, unknown>>): void;
  info?(message: string, fields: Readonly<Record<string, unknown>>): void;
}

const PROBE_INTERVAL_MS = 1_000;
// The first connection of a process may take longer than a command (TLS, AUTH, a busy start-up).
const FIRST_CONNECT_WAIT_MS = 1_000;

/** A command that could not be sent or answered in time. */
export class RedisUnavailableError extends Error {
  override readonly name = "RedisUnavailableError";
}

/** The store's view of Redis: up, or down since a failure. */
export class RedisHealth {
  readonly #logger: StoreLogger | undefined;
  readonly #timeoutMs: number;
  #down = false;
  #probeAt = 0;
  // Until the client is first ready: commands wait for it (within their timeout) instead of failing.
  #connecting: Promise<void> | undefined;

  constructor(logger: StoreLogger | undefined, timeoutMs: number) {
    this.#logger = logger;
    this.#timeoutMs = timeoutMs;
  }

  /** The client is connecting for the first time; `ready` resolves once it is ready. */
  connecting(ready: Promise<void>): void {
    this.#connecting = ready.then(() => void (this.#connecting = undefined));
  }

  /**
   * Runs `command` within the timeout; rejects at once while Redis is known to be down or the
   * connection isn't ready. `isAnswer` tells a reply that is an error (a rate limit reached) from
   * a failure of Redis.
   */
  async run<T>(ready: () => boolean, command: (timeoutMs: number) => Promise<T>, isAnswer: (error: unknown) => boolean = () => false): Promise<T> {
    if (this.#down && Date.now() < this.#probeAt) throw new RedisUnavailableError("Redis is unavailable; trying again shortly.");
    if (!ready() && this.#connecting && !this.#down) await within(this.#connecting, FIRST_CONNECT_WAIT_MS, "not connected").catch(() => undefined);
    if (!ready()) return this.#fail(new RedisUnavailableError("not connected"));
    try {
      const result = await within(command(this.#timeoutMs), this.#timeoutMs, `no answer within ${this.#timeoutMs} ms`);
      this.up();
      return result;
    } catch (error) {
      if (isAnswer(error)) {
        this.up();
        throw error;
      }
      return this.#fail(error);
    }
  }

  /** Redis answered (or the connection is ready again): sharing resumes. */
  up(): void {
    if (!this.#down) return;
    this.#down = false;
    this.#logger?.info?.("entity-management-client: Redis answers again; sharing tokens and pauses across processes resumes.", {});
  }

  /** Records a connection error reported by the client (it reconnects by itself); logs only the first of an outage. */
  down(reason: unknown): void {
    if (!this.#down) {
      this.#down = true;
      this.#logger?.warn?.("entity-management-client: Redis is unavailable; each process goes on with its own tokens and pauses until it answers again.", {
        reason: reasonOf(reason),
      });
    }
    this.#probeAt = Date.now() + PROBE_INTERVAL_MS;
  }

  #fail(reason: unknown): never {
    this.down(reason);
    throw new RedisUnavailableError(`Redis is unavailable: ${reasonOf(reason)}.`);
  }
}

// A code or class name only: messages may carry the host and port, never needed in a log line.
function reasonOf(error: unknown): string {
  if (error instanceof RedisUnavailableError) return error.message;
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === "string") return code;
  return error instanceof Error ? error.name : "unknown";
}

/** `pending`, or a {@link RedisUnavailableError} after `ms`. */
async function within<T>(pending: Promise<T>, ms: number, reason: string): Promise<T> {
  // One that loses the race may still fail later; that is no longer anyone's concern.
  pending.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    // Through setImmediate: if the event loop was busy, an answer that arrived meanwhile is read first (poll phase) and wins.
    timer = setTimeout(() => setImmediate(() => reject(new RedisUnavailableError(reason))), ms);
  });
  try {
    return await Promise.race([pending, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
