import type { ApiErrorCode, ErrorCode } from "./error-code.js";
import { EntityManagementError } from "./entity-management-error.js";
import type { RequestSummary } from "./request-summary.js";

/** The `application/problem+json` body Entity Services answer errors with. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly details: readonly string[];
  readonly data?: Record<string, unknown> | null;
}

/** What else an {@link ApiError} may carry. */
export interface ApiErrorOptions {
  /** Overrides the code derived from the status (subclasses). */
  readonly code?: ErrorCode;
  /** The response headers, redacted (no `Set-Cookie`). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly cause?: unknown;
}

const codesByStatus: Readonly<Record<number, ApiErrorCode>> = {
  400: "API_BAD_REQUEST",
  401: "API_UNAUTHORIZED",
  403: "API_FORBIDDEN",
  404: "API_NOT_FOUND",
  408: "API_REQUEST_TIMEOUT",
  409: "API_CONFLICT",
  412: "API_PRECONDITION_FAILED",
  415: "API_UNSUPPORTED_MEDIA_TYPE",
  422: "API_UNPROCESSABLE",
  429: "API_RATE_LIMITED",
};

/** The machine code for an HTTP error status, e.g. `API_NOT_FOUND` for 404. */
function codeForStatus(status: number): ApiErrorCode {
  if (status >= 300 && status < 400) return "API_REDIRECT";
  return codesByStatus[status] ?? (status >= 500 ? "API_SERVER_ERROR" : "API_ERROR");
}

/** The API answered with an error status; `problem` holds its problem details when the body had them. */
export class ApiError extends EntityManagementError {
  /** HTTP status of the final attempt. */
  readonly status: number;
  /** Parsed problem details, with any token the API echoed redacted; `undefined` when the body was empty, not JSON or not a problem. */
  readonly problem: Problem | undefined;
  /** The request, redacted: method, URL, operationId and request id. */
  readonly request: RequestSummary;
  /** Response headers by lower-case name (e.g. `retry-after`, `location`), redacted; `Set-Cookie` is left out. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, problem: Problem | undefined, request: RequestSummary, options: ApiErrorOptions = {}) {
    super(options.code ?? codeForStatus(status), describe(status, problem, request), "cause" in options ? { cause: options.cause } : undefined);
    this.status = status;
    this.problem = problem;
    this.request = request;
    this.headers = options.headers ?? {};
  }

  /** The `X-Request-ID` to quote when asking the institution or Jack Henry about this call. */
  get requestId(): string | undefined {
    return this.request.requestId;
  }

  /** The operationId the call matched, e.g. `getEntity`. */
  get operationId(): string | undefined {
    return this.request.operationId;
  }
}

function describe(status: number, problem: Problem | undefined, request: RequestSummary): string {
  const operation = request.operationId ? `${request.operationId} (${request.method} ${request.url})` : `${request.method} ${request.url}`;
  const reason = problem ? `: ${problem.title}${problem.details.length > 0 ? ` — ${problem.details.join("; ")}` : ""}` : "";
  const id = request.requestId ? ` [X-Request-ID ${request.requestId}]` : "";
  const redirect = status >= 300 && status < 400 ? " (this client follows no redirect: check the base URL)" : "";
  return `${operation} failed with HTTP ${status}${redirect}${reason}${id}`;
}
