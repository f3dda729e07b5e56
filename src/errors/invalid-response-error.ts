import { EntityManagementError } from "./entity-management-error.js";
import type { RequestSummary } from "./request-summary.js";

/** The API answered success with a body that is not what it declared (e.g. invalid JSON under `application/json`). */
export class InvalidResponseError extends EntityManagementError {
  /** The redacted request. */
  readonly request: RequestSummary;
  /** HTTP status of the response. */
  readonly status: number;

  constructor(request: RequestSummary, status: number, reason: string) {
    super(
      "API_INVALID_RESPONSE",
      `${request.operationId ?? request.method} ${request.url} answered HTTP ${status} with an unreadable body: ${reason}. Quote X-Request-ID ${request.requestId ?? "(none)"} to the API's operators.`,
    );
    this.request = request;
    this.status = status;
  }
}
