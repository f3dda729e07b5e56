import type { OperationInfo } from "../../generated/operations.js";
import { sanitizeError } from "../utils/sanitize-error.js";
import { EntityManagementError } from "../errors/entity-management-error.js";
import { InvalidRequestError } from "../errors/invalid-request-error.js";
import { NetworkError } from "../errors/network-error.js";
import { RequestAbortedError } from "../errors/request-aborted-error.js";
import type { RequestSummary } from "../errors/request-summary.js";
import { ResponseTooLargeError } from "../errors/response-too-large-error.js";
import { TimeoutError } from "../errors/timeout-error.js";
import { createDeadline } from "../utils/deadline.js";
import { readBody } from "../utils/read-body.js";
import { redactUrl } from "../utils/redact-url.js";
import { sleep } from "../utils/sleep.js";
import { authorize } from "./authorize.js";
import { createBufferedResponse, type CallInfo } from "./buffered-response.js";
import { CallRequest } from "./call-request.js";
import { callRedaction, createCallRedactor } from "./call-redaction.js";
import type { ResolvedClientOptions } from "./client-options.js";
import type { Logger, LogFields } from "./logger.js";
import { decideRetry, type AttemptOutcome, type AttemptState } from "./retry-decision.js";
import { isIdempotent, type ResolvedRetryPolicy } from "./retry-policy.js";

/** What the facade knows about one call before openapi-fetch builds its request. */
export interface CallContext {
  readonly operation: OperationInfo;
  readonly timeoutMs: number;
  readonly retry: ResolvedRetryPolicy;
  /** The caller's signal, if any. */
  readonly signal: AbortSignal | undefined;
}

/** Sends one openapi-fetch request for the call described by `context`. */
export type Transport = (request: Request | CallRequest, context: CallContext) => Promise<Response>;

const budgetMessage = "The call's budget ran out.";

/** One logical call while it runs. */
interface Call {
  readonly context: CallContext;
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly ownsHeaders: boolean;
  readonly body: BodyInit | undefined;
  /** The redacted request, worked out on first need (an error, a log line, a caller reading the result's call record). */
  summary: RequestSummary | undefined;
  /** Aborts on the caller's signal or when the budget runs out. */
  readonly signal: AbortSignal;
  readonly startedAt: number;
  readonly sentTokens: string[];
  attempts: number;
}

/**
 * The client's transport: refuses any request outside the base URL, authorises every attempt with
 * a token for the operation's scopes, follows no redirect, retries as {@link decideRetry} says and
 * keeps the whole call within its budget. Retries live here, below openapi-fetch, because a request
 * body can be sent only once through it.
 */
export function createTransport(options: ResolvedClientOptions): Transport {
  const prefix = `${options.baseUrl}/`;
  return async (request, context) => {
    const { operation } = context;
    // Whatever built it (a middleware may return a new Request), nothing leaves the API it was authorised for.
    if (!request.url.startsWith(prefix) || request.method !== operation.method) {
      const summary = summarize(request.method, request.url, request.headers, operation);
      throw new InvalidRequestError(
        "REQUEST_OUTSIDE_BASE_URL",
        `${operation.operationId} was turned into ${summary.method} ${summary.url}, outside ${operation.method} ${options.baseUrl}/…; nothing was sent. A middleware may not move a call to another URL or method.`,
      );
    }
    // Read the body once: every attempt resends exactly these bytes.
    const body = request instanceof CallRequest ? request.payload : request.body === null ? undefined : await request.arrayBuffer();
    // One signal per call: a deadline shared by many calls made fetch slower (undici scans a signal's listeners on every request).
    const deadline = createDeadline(context.timeoutMs, context.signal, budgetMessage);
    const call: Call = {
      context,
      method: request.method,
      url: request.url,
      headers: request.headers,
      ownsHeaders: request instanceof CallRequest,
      body,
      summary: undefined,
      signal: deadline.signal,
      startedAt: performance.now(),
      sentTokens: [],
      attempts: 0,
    };
    try {
      return await sendWithRetries(call, options);
    } catch (error) {
      throw classify(error, call);
    } finally {
      deadline.release();
    }
  };
}

async function sendWithRetries(call: Call, options: ResolvedClientOptions): Promise<Response> {
  const { auth, logger, gate } = options;
  let state: AttemptState = { method: call.method, policy: call.context.retry, retries: 0, refreshedToken: false, answeredNonce: false, dpop: false };
  for (;;) {
    call.attempts += 1;
    // A fleet-wide pause or rate limit (with a store); before authorising, so the DPoP proof is fresh when sent.
    const cleared = gate?.beforeSend(call.signal);
    if (cleared) await cleared;
    const { token, headers } = await authorize(call.context.operation, call, auth, summaryOf);
    if (!call.sentTokens.includes(token.value)) call.sentTokens.push(token.value);
    let response: Response | undefined;
    let bytes: Uint8Array | undefined;
    let outcome: AttemptOutcome;
    let failure: unknown;
    try {
      response = await options.fetch(call.url, { method: call.method, headers, body: call.body ?? null, signal: call.signal, redirect: "manual" });
      // Buffer here so a connection that breaks mid-body is a retryable network error, not the caller's problem.
      bytes = await readBody(response, options.maxResponseBytes, () => new ResponseTooLargeError(summaryOf(call), options.maxResponseBytes));
      outcome = { kind: "response", status: response.status, headers: response.headers };
      const announced = gate?.afterResponse(response.status, response.headers, call.context.retry.maxRetryAfterMs);
      if (announced) await announced;
    } catch (error) {
      if (error instanceof EntityManagementError || call.signal.aborted) throw error;
      outcome = { kind: "network-error", reason: describeNetworkFailure(error, call) };
      failure = error;
    }
    if (response) auth.dpop?.handleResponse(response);
    const dpop = token.type === "DPoP";
    if (state.dpop !== dpop) state = { ...state, dpop };
    const decision = decideRetry(state, outcome);
    switch (decision.action) {
      case "refresh-token":
        // The token may have been revoked or rotated early: one more try with a fresh one, never more.
        auth.invalidate(token);
        state = { ...state, refreshedToken: true };
        log(logger, "warn", "retrying once with a fresh token", call, { ...attemptFields(call, outcome), reason: decision.reason });
        continue;
      case "use-dpop-nonce":
        state = { ...state, answeredNonce: true };
        log(logger, "warn", "retrying once with the API's DPoP nonce", call, { ...attemptFields(call, outcome), reason: decision.reason });
        continue;
      case "retry":
        state = { ...state, retries: state.retries + 1 };
        log(logger, "warn", outcome.kind === "network-error" ? "retrying after a network error" : "retrying", call, {
          ...attemptFields(call, outcome),
          reason: decision.reason,
          delayMs: decision.delayMs,
        });
        await sleep(decision.delayMs, call.signal);
        continue;
      case "return":
        if (!response || !bytes) throw failure;
        if (logger?.debug) log(logger, "debug", "call finished", call, { ...attemptFields(call, outcome), durationMs: Math.round(performance.now() - call.startedAt) });
        return finish(response, bytes, call);
    }
  }
}

// Built only for a log line: the success path without a debug logger never needs them.
function attemptFields(call: Call, outcome: AttemptOutcome): { attempt: number; status?: number } {
  return outcome.kind === "response" ? { attempt: call.attempts, status: outcome.status } : { attempt: call.attempts };
}

function summarize(method: string, url: string, headers: Headers, operation: OperationInfo): RequestSummary {
  return { method, url: redactUrl(url), operationId: operation.operationId, requestId: headers.get("x-request-id") ?? undefined };
}

/** The call's redacted request: a successful call that nobody asks about never works it out. */
function summaryOf(call: Call): RequestSummary {
  return (call.summary ??= summarize(call.method, call.url, call.headers, call.context.operation));
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

function finish(response: Response, bytes: Uint8Array, call: Call): Response {
  const nullBody = NULL_BODY_STATUSES.has(response.status) || bytes.byteLength === 0;
  let { headers } = response;
  if (!headers.has("content-length") || headers.has("content-encoding")) {
    // The length is known now (decoded): declaring it makes openapi-fetch call json(), which reports bad JSON as ours.
    headers = new Headers(headers);
    headers.set("content-length", String(bytes.byteLength));
    headers.delete("content-encoding");
    headers.delete("transfer-encoding");
  }
  const init = { status: response.status, statusText: response.statusText, headers };
  return createBufferedResponse(nullBody ? null : bytes, init, call.url, new CallRecord(call));
}

// Called as a method, so a logger whose methods use `this` works.
function log(logger: Logger | undefined, level: keyof Logger, message: string, call: Call, fields: Omit<LogFields, "operationId" | "method" | "url" | "requestId">): void {
  if (!logger?.[level]) return;
  const { operationId, method, url, requestId } = summaryOf(call);
  logger[level]?.(message, { operationId: operationId ?? "", method, url, requestId, ...fields });
}

// Turns whatever ended the call into one of the documented errors; our own errors pass through.
function classify(error: unknown, call: Call): unknown {
  const callerSignal = call.context.signal;
  if (callerSignal?.aborted) return new RequestAbortedError(summaryOf(call), callerSignal.reason);
  if (call.signal.aborted) return new TimeoutError(summaryOf(call), call.context.timeoutMs, call.attempts);
  if (error instanceof EntityManagementError) return error;
  const redactor = createCallRedactor(call.sentTokens);
  return new NetworkError(summaryOf(call), call.attempts, describeNetworkFailure(error, call), isIdempotent(call.method), sanitizeError(error, redactor, true));
}

function describeNetworkFailure(error: unknown, call: Call): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  const text =
    typeof cause?.code === "string" ? cause.code : typeof cause?.message === "string" ? cause.message : error instanceof Error ? error.message : "unknown network failure";
  return callRedaction(call.sentTokens)(text);
}

/** What a response records of its call (see CallInfo); the summary and the redaction are built when first read. */
class CallRecord implements CallInfo {
  readonly operation: OperationInfo;
  readonly attempts: number;
  // Private: the call holds the tokens it sent, which nothing may print.
  readonly #call: Call;
  #redact: ((text: string) => string) | undefined;

  constructor(call: Call) {
    this.#call = call;
    this.operation = call.context.operation;
    this.attempts = call.attempts;
  }

  get request(): RequestSummary {
    return summaryOf(this.#call);
  }

  get redact(): (text: string) => string {
    return (this.#redact ??= callRedaction(this.#call.sentTokens));
  }
}
