import { EntityManagementError } from "./entity-management-error.js";
import type { RequestSummary } from "./request-summary.js";

/** The caller's `AbortSignal` fired; nothing is retried after that. `cause` is the signal's reason. */
export class RequestAbortedError extends EntityManagementError {
  /** The redacted request. */
  readonly request: RequestSummary;

  constructor(request: RequestSummary, reason: unknown) {
    const why = reason instanceof Error || reason instanceof DOMException ? ` (${reason.name}: ${reason.message})` : "";
    super("REQUEST_ABORTED", `${request.operationId ?? request.method} ${request.url} was aborted by the caller's signal${why}.`, { cause: reason });
    this.request = request;
  }
}
