import { operations, type OperationId, type OperationInfo } from "../../generated/operations.js";
import type { AccessToken, TokenSource } from "../auth/token-source.js";
import { EntityManagementError } from "../errors/entity-management-error.js";
import { InsufficientScopeError } from "../errors/insufficient-scope-error.js";
import { NetworkError } from "../errors/network-error.js";
import { RequestAbortedError } from "../errors/request-aborted-error.js";
import type { RequestSummary } from "../errors/request-summary.js";
import { TimeoutError } from "../errors/timeout-error.js";
import { redactUrl } from "../utils/redact-url.js";
import { sleep } from "../utils/sleep.js";
import { BufferedResponse } from "./buffered-response.js";
import type { Logger, LogFields } from "./logger.js";
import { readBody } from "./read-body.js";
import { operationHeader } from "./operation-header.js";
import type { FetchFunction } from "./client-options.js";
import { backoffDelay, isIdempotent, isRetryableStatus, parseRetryAfter, type ResolvedRetryPolicy } from "./retry-policy.js";

/** What the transport needs from the client options. */
export interface TransportOptions {
  readonly fetch: FetchFunction;
  readonly auth: TokenSource;
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
  readonly retry: ResolvedRetryPolicy;
  readonly logger: Logger | undefined;
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
  /** Aborts on the caller's signal or when the budget runs out. */
  readonly signal: AbortSignal;
  /** Stops the budget timer and the caller listener once the call is over. */
  readonly release: () => void;
  readonly startedAt: number;
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
    } finally {
      call.release();
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
  const { headers } = request;
  headers.delete(operationHeader);
  // Read the body once: every attempt resends exactly these bytes.
  const body = request.body === null ? undefined : await request.arrayBuffer();
  const { url, method, redirect, signal: callerSignal } = request;
  const startedAt = performance.now();
  return { url, method, headers, redirect, body, operation, summary, callerSignal, startedAt, ...createBudget(callerSignal, timeoutMs) };
}

// Not AbortSignal.timeout/any: their timers and listeners outlive the call (a leak at 100 k calls on Node 20).
function createBudget(callerSignal: AbortSignal, timeoutMs: number): Pick<Call, "signal" | "release"> {
  const controller = new AbortController();
  const onCallerAbort = () => controller.abort(callerSignal.reason);
  const timer = setTimeout(() => controller.abort(new DOMException("The call's budget ran out.", "TimeoutError")), timeoutMs);
  if (callerSignal.aborted) onCallerAbort();
  else callerSignal.addEventListener("abort", onCallerAbort, { once: true });
  const release = () => {
    clearTimeout(timer);
    callerSignal.removeEventListener("abort", onCallerAbort);
  };
  return { signal: controller.signal, release };
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
      response = await options.fetch(call.url, await buildAttempt(call, auth, token));
      // Buffer here so a connection that breaks mid-body is a retryable network error, not the caller's problem.
      bytes = await readBody(response, options.maxResponseBytes, call.summary);
    } catch (error) {
      if (error instanceof EntityManagementError || call.signal.aborted || !idempotent || retries + 1 >= retry.maxAttempts) throw error;
      retries += 1;
      const delayMs = backoffDelay(retry, retries);
      log(options.logger, "warn", "retrying after a network error", call, { attempt, reason: describeNetworkFailure(error), delayMs });
      await sleep(delayMs, call.signal);
      continue;
    }

    if (response.status === 401 && !retriedUnauthorized) {
      // The token may have been revoked or rotated early: one more try with a fresh one, never more.
      auth.invalidate(token);
      retriedUnauthorized = true;
      log(options.logger, "warn", "retrying once with a fresh token", call, { attempt, status: 401, reason: "HTTP 401" });
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
        log(options.logger, "warn", "retrying", call, { attempt, status: response.status, reason: `HTTP ${response.status}`, delayMs: delay });
        await sleep(delay, call.signal);
        continue;
      }
    }
    if (options.logger?.debug) {
      log(options.logger, "debug", "call finished", call, { attempt, status: response.status, durationMs: Math.round(performance.now() - call.startedAt) });
    }
    return finish(response, bytes, call, attempt);
  }
}

function assertScopesGranted(call: Call, token: AccessToken): void {
  const granted = new Set(token.scopes);
  const missing = call.operation.scopes.filter((scope) => !granted.has(scope));
  if (missing.length > 0) throw new InsufficientScopeError(missing, call.summary);
}

// An init, not a Request: fetch builds its own Request, and each one costs an AbortSignal on Node 20.
async function buildAttempt(call: Call, auth: TokenSource, token: AccessToken): Promise<RequestInit> {
  const headers = new Headers(call.headers);
  headers.set("authorization", `${token.type} ${token.value}`);
  if (token.type === "DPoP" && auth.dpop) {
    await auth.dpop.addProof(new URL(call.url), headers, call.method, token);
  }
  const { method, redirect, signal } = call;
  return { method, headers, body: call.body ?? null, signal, redirect };
}

// Retry-After is authoritative when present; a wait beyond the cap ends the call with the server's answer.
function retryDelay(response: Response, retry: ResolvedRetryPolicy, retryNumber: number): number | undefined {
  const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
  if (retryAfter === undefined) return backoffDelay(retry, retryNumber);
  return retryAfter <= retry.maxRetryAfterMs ? retryAfter : undefined;
}

function finish(response: Response, bytes: ArrayBuffer, call: Call, attempts: number): Response {
  const nullBody = [101, 204, 205, 304].includes(response.status) || bytes.byteLength === 0;
  let { headers } = response;
  if (!headers.has("content-length") || headers.has("content-encoding")) {
    // The length is known now (decoded): declaring it makes openapi-fetch call json(), which reports bad JSON as ours.
    headers = new Headers(headers);
    headers.set("content-length", String(bytes.byteLength));
    headers.delete("content-encoding");
    headers.delete("transfer-encoding");
  }
  const init = { status: response.status, statusText: response.statusText, headers };
  return new BufferedResponse(nullBody ? null : new Uint8Array(bytes), init, { request: call.summary, operation: call.operation, attempts });
}

// Called as a method, so a logger whose methods use `this` works.
function log(logger: Logger | undefined, level: keyof Logger, message: string, call: Call, fields: Omit<LogFields, "operationId" | "method" | "url" | "requestId">): void {
  if (!logger?.[level]) return;
  const { operationId, method, url, requestId } = call.summary;
  logger[level]?.(message, { operationId: operationId ?? "", method, url, requestId, ...fields });
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
