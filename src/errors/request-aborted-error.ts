import { EntityManagementError } from "./entity-management-error.js";
import type { RequestSummary } from "./request-summary.js";

/** The caller's `AbortSignal` fired; nothing is retried after that. */
export class RequestAbortedError extends EntityManagementError {
  /** The redacted request. */
  readonly request: RequestSummary;

  constructor(request: RequestSummary) {
    super("REQUEST_ABORTED", `${request.operationId ?? request.method} ${request.url} was aborted by the caller.`);
    this.request = request;
  }
}
