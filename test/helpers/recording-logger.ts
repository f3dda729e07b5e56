import type { LogFields, Logger } from "../../src/index.js";

/** One line the client logged. */
export interface LoggedLine {
  readonly level: "debug" | "warn";
  readonly message: string;
  readonly fields: LogFields;
}

/** A {@link Logger} that keeps every line, for asserting what the client logged. */
export function recordingLogger(): { logger: Logger; lines: LoggedLine[] } {
  const lines: LoggedLine[] = [];
  const logger: Logger = {
    debug: (message, fields) => void lines.push({ level: "debug", message, fields }),
    warn: (message, fields) => void lines.push({ level: "warn", message, fields }),
  };
  return { logger, lines };
}
