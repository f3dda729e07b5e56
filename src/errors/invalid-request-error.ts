import type { InvalidRequestCode } from "./error-code.js";
import { EntityManagementError } from "./entity-management-error.js";

/**
 * A call refused before anything was sent: a path parameter that would leave its segment
 * (`INVALID_PATH_PARAM`), a path the spec does not have (`UNKNOWN_OPERATION`), `paginate` on an
 * operation that is not a search (`NOT_A_SEARCH_OPERATION`), or a request that middleware moved
 * outside the client's base URL or to another method (`REQUEST_OUTSIDE_BASE_URL`).
 */
export class InvalidRequestError extends EntityManagementError {
  declare readonly code: InvalidRequestCode;

  constructor(code: InvalidRequestCode, message: string) {
    super(code, message);
  }
}
