import { EntityManagementError } from "./entity-management-error.js";
import type { RequestSummary } from "./request-summary.js";

/** The response body exceeded `maxResponseBytes`; reading stopped there. */
export class ResponseTooLargeError extends EntityManagementError {
  /** The redacted request. */
  readonly request: RequestSummary;
  /** The limit that was exceeded, in bytes. */
  readonly maxResponseBytes: number;

  constructor(request: RequestSummary, maxResponseBytes: number) {
    super(
      "API_RESPONSE_TOO_LARGE",
      `${request.operationId ?? request.method} ${request.url} answered with more than ${maxResponseBytes} bytes; reading stopped. Raise maxResponseBytes if such bodies are expected.`,
    );
    this.request = request;
    this.maxResponseBytes = maxResponseBytes;
  }
}
