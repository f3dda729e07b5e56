import { ApiError } from "./api-error.js";
import type { RequestSummary } from "./request-summary.js";

/**
 * The token does not carry every scope the operation requires — found before sending (`status` 0),
 * refused by the authorization server (`invalid_scope`, the `AuthError` is the `cause`), or
 * reported by the API as 403 `WWW-Authenticate: Bearer error="insufficient_scope"`.
 */
export class InsufficientScopeError extends ApiError {
  /** Scopes the operation requires that the token lacks. */
  readonly missingScopes: readonly string[];

  constructor(missingScopes: readonly string[], request: RequestSummary, status = 0, options: { headers?: Readonly<Record<string, string>>; cause?: unknown } = {}) {
    super(status, undefined, request, { code: "INSUFFICIENT_SCOPE", ...options });
    this.missingScopes = missingScopes;
    this.message = `${request.operationId ?? `${request.method} ${request.url}`} needs scope ${missingScopes.join(", ")}, which the token was not granted${
      status === 0 ? " (not sent)" : ` (HTTP ${status})`
    }. Ask the institution to grant it to this client in its back office, or request it in the token source's scope list.`;
  }
}
