import type { OperationInfo } from "../../generated/operations.js";
import { isHeaderSafeToken } from "../auth/access-token.js";
import { authError } from "../auth/auth-error-advice.js";
import type { AccessToken, TokenSource } from "../auth/token-source.js";
import { AuthError } from "../errors/auth-error.js";
import { InsufficientScopeError } from "../errors/insufficient-scope-error.js";
import type { RequestSummary } from "../errors/request-summary.js";

/** What {@link authorize} needs of the call. */
interface Authorizable {
  readonly url: string;
  readonly headers: Headers;
  /** Nobody else sees `headers` (no middleware built the request), so they may carry the token. */
  readonly ownsHeaders: boolean;
  readonly signal: AbortSignal;
}

/**
 * One attempt's credentials: a token covering the operation's scopes and the headers carrying it
 * (plus a DPoP proof when the token is bound). A fresh `Headers` when middleware saw the request,
 * so the token never lands on what it saw.
 */
export async function authorize<C extends Authorizable>(
  operation: OperationInfo,
  call: C,
  auth: TokenSource,
  describe: (call: C) => RequestSummary,
): Promise<{ token: AccessToken; headers: Headers }> {
  let token: AccessToken;
  try {
    token = await auth.getToken(operation.scopes, { signal: call.signal });
  } catch (error) {
    // A scope the authorization server won't grant is the same fact as a token without it, whichever source asked.
    if (error instanceof AuthError && error.code === "AUTH_INVALID_SCOPE") throw new InsufficientScopeError(operation.scopes, describe(call), 0, { cause: error });
    throw error;
  }
  const missing = operation.scopes.filter((scope) => !token.scopes.includes(scope));
  if (missing.length > 0) throw new InsufficientScopeError(missing, describe(call));
  if (typeof token.value !== "string" || !isHeaderSafeToken(token.value)) {
    auth.invalidate(token);
    throw authError(
      "AUTH_MALFORMED_TOKEN",
      `The token source handed out an access token for ${operation.operationId} that can't be sent in an HTTP header (it holds CR, LF, NUL, spaces or other characters outside visible ASCII); nothing was sent.`,
    );
  }
  const headers = call.ownsHeaders ? call.headers : new Headers(call.headers);
  headers.set("authorization", `${token.type} ${token.value}`);
  headers.delete("dpop");
  if (token.type === "DPoP" && auth.dpop) await auth.dpop.addProof(new URL(call.url), headers, operation.method, token);
  return { token, headers };
}
