import { EntityManagementError } from "./entity-management-error.js";
import type { RequestSummary } from "./request-summary.js";

/** The `application/problem+json` body Entity Services answer errors with. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly details: readonly string[];
  readonly data?: Record<string, unknown> | null;
}

const codesByStatus: Readonly<Record<number, string>> = {
  400: "API_BAD_REQUEST",
  401: "API_UNAUTHORIZED",
  403: "API_FORBIDDEN",
  404: "API_NOT_FOUND",
  408: "API_REQUEST_TIMEOUT",
  409: "API_CONFLICT",
  412: "API_PRECONDITION_FAILED",
  422: "API_UNPROCESSABLE",
  429: "API_RATE_LIMITED",
};

/** The machine code for an HTTP error status, e.g. `API_NOT_FOUND` for 404. */
function codeForStatus(status: number): string {
  return codesByStatus[status] ?? (status >= 500 ? "API_SERVER_ERROR" : "API_ERROR");
}

/** The API answered with an error status; `problem` holds its problem details when the body had them. */
export class ApiError extends EntityManagementError {
  /** HTTP status of the final attempt. */
  readonly status: number;
  /** Parsed problem details; `undefined` when the body was empty, not JSON or not a problem. */
  readonly problem: Problem | undefined;
  /** The request, redacted: method, URL, operationId and request id. */
  readonly request: RequestSummary;

  constructor(status: number, problem: Problem | undefined, request: RequestSummary, code = codeForStatus(status)) {
    super(code, describe(status, problem, request));
    this.status = status;
    this.problem = problem;
    this.request = request;
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
  return `${operation} failed with HTTP ${status}${reason}${id}`;
}
