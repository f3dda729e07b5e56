import { ApiError, type Problem } from "../errors/api-error.js";
import { InsufficientScopeError } from "../errors/insufficient-scope-error.js";
import type { RequestSummary } from "../errors/request-summary.js";
import { redactUrl } from "../utils/redact-url.js";
import { getCallInfo } from "./buffered-response.js";

/** The typed error for an error response: `InsufficientScopeError` for a 403 insufficient_scope challenge, else `ApiError`. */
export function toApiError(response: Response, body: unknown): ApiError {
  const info = getCallInfo(response);
  const request: RequestSummary = info?.request ?? {
    method: "?",
    url: redactUrl(response.url),
    operationId: undefined,
    requestId: response.headers.get("x-request-id") ?? undefined,
  };
  const challenge = response.headers.get("www-authenticate") ?? "";
  if (response.status === 403 && /error="?insufficient_scope/i.test(challenge)) {
    const named = /scope="([^"]*)"/i.exec(challenge)?.[1]?.split(" ").filter(Boolean);
    return new InsufficientScopeError(named ?? info?.operation.scopes ?? [], request, 403);
  }
  return new ApiError(response.status, asProblem(body), request);
}

// Parse leniently: a body that is not a problem document still yields an ApiError, just without `problem`.
function asProblem(body: unknown): Problem | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const { type, title, details, data } = body as Record<string, unknown>;
  if (typeof title !== "string") return undefined;
  return {
    type: typeof type === "string" ? type : "about:blank",
    title,
    details: Array.isArray(details) ? details.filter((detail): detail is string => typeof detail === "string") : [],
    data: typeof data === "object" ? (data as Record<string, unknown> | null) : null,
  };
}
