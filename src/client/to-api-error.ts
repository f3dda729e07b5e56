import { ApiError, type Problem } from "../errors/api-error.js";
import { InsufficientScopeError } from "../errors/insufficient-scope-error.js";
import type { RequestSummary } from "../errors/request-summary.js";
import { redactUrl } from "../utils/redact-url.js";
import { getCallInfo } from "./buffered-response.js";
import { callRedaction, redactDeep } from "./call-redaction.js";

/**
 * The typed error for an error response: `InsufficientScopeError` for a 403 insufficient_scope
 * challenge, else `ApiError`. Everything taken from the response is redacted: the tokens the call
 * sent, and anything bearer- or JWT-shaped, even when the API echoes them back.
 */
export function toApiError(response: Response, body: unknown): ApiError {
  const info = getCallInfo(response);
  const redact = info?.redact ?? callRedaction([]);
  const request: RequestSummary = info?.request ?? {
    method: "?",
    url: redactUrl(response.url),
    operationId: undefined,
    requestId: response.headers.get("x-request-id") ?? undefined,
  };
  const headers = redactedHeaders(response.headers, redact);
  const challenge = response.headers.get("www-authenticate") ?? "";
  if (response.status === 403 && /error="?insufficient_scope/i.test(challenge)) {
    const named = /scope="([^"]*)"/i.exec(challenge)?.[1]?.split(" ").filter(Boolean).map(redact);
    return new InsufficientScopeError(named ?? info?.operation.scopes ?? [], request, 403, { headers });
  }
  return new ApiError(response.status, asProblem(redactDeep(body, redact)), request, { headers });
}

function redactedHeaders(headers: Headers, redact: (text: string) => string): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [name, value] of headers) if (name !== "set-cookie") out[name] = redact(value);
  return Object.freeze(out);
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
