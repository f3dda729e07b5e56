/** What the client says about a call in its log lines: never headers, bodies or tokens. */
export interface LogFields {
  readonly operationId: string;
  readonly method: string;
  /** The URL with credential-like query values redacted. */
  readonly url: string;
  readonly requestId: string | undefined;
  /** 1 for the first send. */
  readonly attempt: number;
  readonly status?: number;
  /** Why a retry happens, e.g. `HTTP 503` or `ECONNRESET`. */
  readonly reason?: string;
  /** The wait before the next attempt. */
  readonly delayMs?: number;
  /** Time from the start of the call to its final answer. */
  readonly durationMs?: number;
}

/** Receives the client's log lines: `warn` for each retry, `debug` for each finished call. `console` fits. */
export interface Logger {
  debug?(message: string, fields: LogFields): void;
  warn?(message: string, fields: LogFields): void;
}
