import type { ParseAs } from "openapi-fetch";
import type { OperationInfo } from "../../generated/operations.js";
import { InvalidOptionsError } from "../errors/invalid-options-error.js";
import { millisecondsProblem } from "../utils/milliseconds.js";
import type { ResolvedClientOptions } from "./client-options.js";
import { checkHeaders } from "./header-checks.js";
import { resolveRetryPolicy, type ResolvedRetryPolicy, type RetryPolicy } from "./retry-policy.js";

/** Per-call options, beside `params` and `body`. */
export interface CallOptions {
  /** Headers for this call, e.g. `X-Request-ID` to reuse your own id. */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * How to read a success body. Defaults by the operation's success media types: `"arrayBuffer"`
   * when none is JSON (a PDF or CSV download: `data` is an `ArrayBuffer`), `"json"` otherwise.
   */
  readonly parseAs?: ParseAs;
  /** Aborts the call at any stage (token, attempt, backoff wait, body); the error is `RequestAbortedError` with the signal's reason as `cause`. */
  readonly signal?: AbortSignal;
  /** This call's budget in ms instead of the client's `timeoutMs`. */
  readonly timeoutMs?: number;
  /** This call's retry policy, over the client's (`false`: a single attempt). */
  readonly retry?: RetryPolicy | false;
}

/**
 * openapi-fetch options the client owns: passing one is a compile error, and from JavaScript an
 * `InvalidOptionsError`, because each would route a call around the client's safeguards.
 */
export interface ForbiddenCallOptions {
  readonly fetch?: never;
  readonly baseUrl?: never;
  readonly pathSerializer?: never;
  readonly querySerializer?: never;
  readonly bodySerializer?: never;
  readonly Request?: never;
  readonly middleware?: never;
}

/** A call's options after checking, with the client's defaults applied. */
export interface ResolvedCall {
  readonly timeoutMs: number;
  readonly retry: ResolvedRetryPolicy;
  readonly signal: AbortSignal | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly parseAs: ParseAs;
}

const allowed = new Set(["params", "body", "headers", "parseAs", "signal", "timeoutMs", "retry"]);
const owned = new Set(["fetch", "baseUrl", "pathSerializer", "querySerializer", "bodySerializer", "Request", "middleware"]);
const parsers = new Set<string>(["json", "text", "blob", "arrayBuffer", "stream"]);
const noHeaders = Object.freeze({});
const perCallOwned = { "user-agent": "use the client's userAgent option" };

/** How a success body is read unless the call says: bytes when no success media type is JSON (the types say the same: `AnswersBytes`). */
export function defaultParseAs(operation: OperationInfo): ParseAs {
  return operation.produces.length > 0 && !operation.produces.some((media) => media.endsWith("json")) ? "arrayBuffer" : "json";
}

/** Checks one call's init (as a JavaScript caller may pass anything) and merges it over the client's settings. */
export function resolveCallOptions(init: Readonly<Record<string, unknown>> | undefined, operation: OperationInfo, client: ResolvedClientOptions): ResolvedCall {
  const where = `${operation.operationId}()`;
  if (init === undefined) return { timeoutMs: client.timeoutMs, retry: client.retry, signal: undefined, headers: noHeaders, parseAs: defaultParseAs(operation) };
  if (typeof init !== "object" || init === null) throw new InvalidOptionsError(`${where}: the call's options must be an object such as { params, body }.`);
  for (const key of Object.keys(init)) {
    if (owned.has(key))
      throw new InvalidOptionsError(
        `${where}: ${key} is not a per-call option: the client owns its transport, base URL and serialisation. Set fetch or middleware when creating the client.`,
      );
    if (!allowed.has(key)) throw new InvalidOptionsError(`${where}: ${key} is not a per-call option; use ${[...allowed].join(", ")}.`);
  }
  const { timeoutMs = client.timeoutMs, signal, parseAs = defaultParseAs(operation) } = init as CallOptions;
  const timeoutProblem = millisecondsProblem(`${where}: timeoutMs`, timeoutMs);
  if (timeoutProblem) throw new InvalidOptionsError(timeoutProblem);
  if (signal !== undefined && !(signal instanceof AbortSignal)) throw new InvalidOptionsError(`${where}: signal must be an AbortSignal.`);
  if (!parsers.has(parseAs)) throw new InvalidOptionsError(`${where}: parseAs must be one of ${[...parsers].join(", ")}.`);
  const params = init["params"] as { header?: unknown } | undefined;
  const callHeaders = init["headers"] === undefined ? noHeaders : checkHeaders(init["headers"], `${where}: headers`, perCallOwned);
  const paramHeaders = params?.header === undefined ? noHeaders : checkHeaders(params.header, `${where}: params.header`, perCallOwned);
  return {
    timeoutMs,
    retry: init["retry"] === undefined ? client.retry : resolveRetryPolicy(init["retry"], client.retry, `${where}: retry`),
    signal,
    headers: paramHeaders === noHeaders ? callHeaders : { ...paramHeaders, ...callHeaders },
    parseAs,
  };
}
