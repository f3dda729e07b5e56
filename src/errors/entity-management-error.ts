/** Base class of every error this package throws; `code` is stable and machine-readable. */
export class EntityManagementError extends Error {
  /** Stable, machine-readable error code, e.g. `ENTITY_API_TIMEOUT`. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}
