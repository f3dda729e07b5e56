import { EntityManagementError } from "./entity-management-error.js";
import type { RequestSummary } from "./request-summary.js";

/** The call did not finish within its `timeoutMs` budget (all attempts and waits included). */
export class TimeoutError extends EntityManagementError {
  /** The redacted request. */
  readonly request: RequestSummary;
  /** The budget that ran out, in milliseconds. */
  readonly timeoutMs: number;

  constructor(request: RequestSummary, timeoutMs: number, attempts: number) {
    super(
      "REQUEST_TIMEOUT",
      `${request.operationId ?? request.method} ${request.url} timed out after ${timeoutMs} ms (${attempts} attempt${attempts === 1 ? "" : "s"}). Raise timeoutMs or check the API's health.`,
    );
    this.request = request;
    this.timeoutMs = timeoutMs;
  }
}
