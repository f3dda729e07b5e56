import { EntityManagementError } from "./entity-management-error.js";
import type { RequestSummary } from "./request-summary.js";

/** The API could not be reached, or the connection broke before the full response arrived. `cause` is a sanitised copy. */
export class NetworkError extends EntityManagementError {
  /** The redacted request. */
  readonly request: RequestSummary;

  constructor(request: RequestSummary, attempts: number, reason: string, retried: boolean, cause?: Error) {
    const advice = retried
      ? "Check the base URL, DNS and connectivity."
      : `${request.method} is not retried automatically: the API may have applied it, so check before sending it again.`;
    super(
      "NETWORK_ERROR",
      `${request.operationId ?? request.method} ${request.url} failed after ${attempts} attempt${attempts === 1 ? "" : "s"}: ${reason}. ${advice}`,
      cause ? { cause } : undefined,
    );
    this.request = request;
  }
}
