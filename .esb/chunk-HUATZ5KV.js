// src/errors/entity-management-error.ts
var EntityManagementError = class extends Error {
  /** Stable, machine-readable error code, e.g. `REQUEST_TIMEOUT`. */
  code;
  constructor(code, message, options) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
};

// src/errors/invalid-options-error.ts
var InvalidOptionsError = class extends EntityManagementError {
  constructor(message) {
    super("INVALID_OPTIONS", message);
  }
};

export {
  EntityManagementError,
  InvalidOptionsError
};
