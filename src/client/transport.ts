import { operations, type OperationId, type OperationInfo } from "../../generated/operations.js";
import type { AccessToken, TokenSource } from "../auth/token-source.js";
import { EntityManagementError } from "../errors/entity-management-error.js";
import { InsufficientScopeError } from "../errors/insufficient-scope-error.js";
import { InvalidResponseError } from "../errors/invalid-response-error.js";
import { NetworkError } from "../errors/network-error.js";
import { RequestAbortedError } from "../errors/request-aborted-error.js";
import type { RequestSummary } from "../errors/request-summary.js";
import { TimeoutError } from "../errors/timeout-error.js";
import { redactUrl } from "../utils/redact-url.js";
import { sleep } from "../utils/sleep.js";
import { recordCallInfo } from "./call-info.js";
import { operationHeader } from "./operation-header.js";
import { backoffDelay, isIdempotent, isRetryableStatus, parseRetryAfter, type ResolvedRetryPolicy } from "./retry-policy.js";

/** What the transport needs from the client options. */
export interface TransportOptions {
  readonly fetch: (request: Request) => Promise<Response>;
  readonly auth: TokenSource;
  readonly timeoutMs: number;
  readonly retry: ResolvedRetryPolicy;
}

/** One logical call: the request as openapi-fetch built it, plus what is known about it. */
interface Call {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly redirect: RequestRedirect;
  readonly body: ArrayBuffer | undefined;
  readonly operation: OperationInfo;
  readonly summary: RequestSummary;
  readonly callerSignal: AbortSignal;
  readonly signal: AbortSignal;
}

/**
 * The `fetch` handed to openapi-fetch: authorises every attempt with a token for the operation's
 * scopes, retries a 401 once with a fresh token, retries idempotent methods on 408/429/5xx and
 * network errors, and keeps the whole call within `timeoutMs`. Middleware cannot do this:
 * a request body can be sent only once, so retries must happen below openapi-fetch.
 */
export function createTransport(options: TransportOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    const call = await prepareCall(request, options.timeoutMs);
    let attempts = 0;
    try {
      return await sendWithRetries(call, options, () => ++attempts);
    } catch (error) {
      throw classify(error, call, options.timeoutMs, attempts);
    }
  };
}

async function prepareCall(request: Request, timeoutMs: number): Promise<Call> {
  const operationId = request.headers.get(operationHeader) as OperationId | null;
  const operation = operationId === null ? undefined : operations[operationId];
  const summary: RequestSummary = {
    method: request.method,
    url: redactUrl(request.url),
    operationId: operation?.operationId,
    requestId: request.headers.get("x-request-id") ?? undefined,
  };
  if (!operation) {
    throw new EntityManagementError(
      "UNKNOWN_OPERATION",
      `${request.method} ${summary.url} matches no operation of the spec, so its scopes are unknown. Call a path the generated types list, or regenerate after changing the spec.`,
    );
  }
  const headers = new Headers(request.headers);
  headers.delete(operationHeader);
  // Read the body once: every attempt resends exactly these bytes.
  const body = request.body === null ? undefined : await request.arrayBuffer();
  const signal = AbortSignal.any([request.signal, AbortSignal.timeout(timeoutMs)]);
  const { url, method, redirect } = request;
  return { url, method, headers, redirect, body, operation, summary, callerSignal: request.signal, signal };
}

async function sendWithRetries(call: Call, options: TransportOptions, countAttempt: () => number): Promise<Response> {
  const { auth, retry } = options;
  const idempotent = isIdempotent(call.method);
  let retriedUnauthorized = false;
  let retriedDpopNonce = false;
  let retries = 0;

  for (;;) {
    const attempt = countAttempt();
    const token = await auth.getToken(call.operation.scopes, { signal: call.signal });
    assertScopesGranted(call, token);
    let response: Response;
    let bytes: ArrayBuffer;
    try {
      response = await options.fetch(await buildAttempt(call, auth, token));
      // Buffer here so a connection that breaks mid-body is a retryable network error, not the caller's problem.
      bytes = await response.arrayBuffer();
    } catch (error) {
      if (call.signal.aborted || !idempotent || retries + 1 >= retry.maxAttempts) throw error;
      retries += 1;
      await sleep(backoffDelay(retry, retries), call.signal);
      continue;
    }

    if (response.status === 401 && !retriedUnauthorized) {
      // The token may have been revoked or rotated early: one more try with a fresh one, never more.
      auth.invalidate(token);
      retriedUnauthorized = true;
      continue;
    }
    if (auth.dpop?.handleResponse(response) && !retriedDpopNonce) {
      retriedDpopNonce = true;
      continue;
    }
    if (idempotent && isRetryableStatus(response.status) && retries + 1 < retry.maxAttempts) {
      const delay = retryDelay(response, retry, retries + 1);
      if (delay !== undefined) {
        retries += 1;
        await sleep(delay, call.signal);
        continue;
      }
    }
    return finish(response, bytes, call, attempt);
  }
}

function assertScopesGranted(call: Call, token: AccessToken): void {
  const granted = new Set(token.scopes);
  const missing = call.operation.scopes.filter((scope) => !granted.has(scope));
  if (missing.length > 0) throw new InsufficientScopeError(missing, call.summary);
}

async function buildAttempt(call: Call, auth: TokenSource, token: AccessToken): Promise<Request> {
  const headers = new Headers(call.headers);
  headers.set("authorization", `${token.type} ${token.value}`);
  if (token.type === "DPoP" && auth.dpop) {
    await auth.dpop.addProof(new URL(call.url), headers, call.method, token);
  }
  const { url, method, redirect, signal } = call;
  return new Request(url, { method, headers, body: call.body ?? null, signal, redirect });
}

// Retry-After is authoritative when present; a wait beyond the cap ends the call with the server's answer.
function retryDelay(response: Response, retry: ResolvedRetryPolicy, retryNumber: number): number | undefined {
  const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
  if (retryAfter === undefined) return backoffDelay(retry, retryNumber);
  return retryAfter <= retry.maxRetryAfterMs ? retryAfter : undefined;
}

function finish(response: Response, bytes: ArrayBuffer, call: Call, attempts: number): Response {
  assertReadableJson(response, bytes, call.summary);
  const nullBody = [101, 204, 205, 304].includes(response.status) || bytes.byteLength === 0;
  const final = new Response(nullBody ? null : bytes, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  recordCallInfo(final, { request: call.summary, operation: call.operation, attempts });
  return final;
}

// openapi-fetch would throw a bare SyntaxError while parsing; say which call answered garbage instead.
function assertReadableJson(response: Response, bytes: ArrayBuffer, summary: RequestSummary): void {
  if (!response.ok || bytes.byteLength === 0 || !/[/+]json\b/.test(response.headers.get("content-type") ?? "")) return;
  try {
    JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    // Not the parser's message: it quotes the body, which may hold anything.
    throw new InvalidResponseError(summary, response.status, `${response.headers.get("content-type")} body is not valid JSON`);
  }
}

// Turns whatever ended the call into one of the documented errors; our own errors pass through.
function classify(error: unknown, call: Call, timeoutMs: number, attempts: number): unknown {
  if (call.callerSignal.aborted) return new RequestAbortedError(call.summary);
  if (call.signal.aborted) return new TimeoutError(call.summary, timeoutMs, attempts);
  if (error instanceof EntityManagementError) return error;
  return new NetworkError(call.summary, attempts, describeNetworkFailure(error), isIdempotent(call.method));
}

function describeNetworkFailure(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  if (typeof cause?.code === "string") return cause.code;
  if (typeof cause?.message === "string") return cause.message;
  return error instanceof Error ? error.message : "unknown network failure";
}
