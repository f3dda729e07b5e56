import type { ErrorCode } from "./error-code.js";

/** Base class of every error this package throws; `code` is stable and machine-readable. */
export class EntityManagementError extends Error {
  /** Stable, machine-readable error code, e.g. `REQUEST_TIMEOUT`. */
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}
