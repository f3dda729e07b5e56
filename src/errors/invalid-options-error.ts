import { EntityManagementError } from "./entity-management-error.js";

/** An option passed to a factory of this package is missing or malformed; the message says which and why. */
export class InvalidOptionsError extends EntityManagementError {
  constructor(message: string) {
    super("INVALID_OPTIONS", message);
  }
}
