/**
 * What handlers answer: a status, a JSON value or raw bytes, and headers. Errors are
 * `application/problem+json` in the Digital Core shape `{ type, title, details[], data }`,
 * thrown as {@link ApiProblem} from anywhere in a handler and turned into a response once.
 * `jsonResponse`, `problemResponse`, `emptyResponse`, `tooManyRequests` and `serviceUnavailable`
 * are exported from the sandbox entry, for handlers that inject faults.
 */
import { STATUS_CODES } from "node:http";

/** A response before it is written: `body` is a JSON value, or bytes when `contentType` is not JSON. */
export interface SandboxResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** The Digital Core problem body. */
export interface ProblemBody {
  readonly type: string;
  readonly title: string;
  readonly details: readonly string[];
  readonly data: Record<string, unknown> | null;
}

/** An error answer, thrown by handlers and helpers; the pipeline turns it into a problem response. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly problem: ProblemBody;
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, problem: ProblemBody, headers: Readonly<Record<string, string>> = {}) {
    super(`${status} ${problem.title}${problem.details.length > 0 ? `: ${problem.details.join("; ")}` : ""}`);
    this.name = "ApiProblem";
    this.status = status;
    this.problem = problem;
    this.headers = headers;
  }

  /** The problem as a response. */
  toResponse(): SandboxResponse {
    return problemResponse(this.status, this.problem, this.headers);
  }
}

/** Status and headers of an answer; `X-Request-ID` and `Content-Type` are always set by the sandbox. */
export interface AnswerInit {
  /** The HTTP status. @default 200 for {@link jsonResponse}, 204 for {@link emptyResponse} */
  readonly status?: number;
  /** Headers to send, lower-case names, e.g. `{ "retry-after": "2" }`. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** An `application/json` answer; 200 unless `init.status` says otherwise. */
export const jsonResponse = (body: unknown, init: AnswerInit = {}): SandboxResponse => ({
  status: init.status ?? 200,
  body,
  contentType: "application/json",
  ...(init.headers ? { headers: init.headers } : {}),
});

/** An answer without a body; 204 unless `init.status` says otherwise. */
export const emptyResponse = (init: AnswerInit = {}): SandboxResponse => ({ status: init.status ?? 204, ...(init.headers ? { headers: init.headers } : {}) });

/**
 * An `application/problem+json` answer in the Digital Core shape. Fields left out default to
 * `type: "sandbox/injected-fault"`, the status's reason phrase as `title`, no `details` and `data: null`.
 */
export const problemResponse = (status: number, problem: Partial<ProblemBody> = {}, headers: Readonly<Record<string, string>> = {}): SandboxResponse => ({
  status,
  body: {
    type: problem.type ?? "sandbox/injected-fault",
    title: problem.title ?? STATUS_CODES[status] ?? `HTTP ${status}`,
    details: problem.details ?? [],
    data: problem.data ?? null,
  } satisfies ProblemBody,
  contentType: "application/problem+json",
  headers,
});

/** 429 `jackhenry/too-many-requests` with `Retry-After`, as the spec declares for every operation. */
export const tooManyRequests = (retryAfterSeconds = 1): SandboxResponse =>
  problemResponse(429, { type: "jackhenry/too-many-requests", title: "Too many requests.", details: [`Retry after ${retryAfterSeconds} s.`] }, retryAfter(retryAfterSeconds));

/** 503 `jackhenry/service-unavailable` with `Retry-After`, as the spec declares for every operation. */
export const serviceUnavailable = (retryAfterSeconds = 1): SandboxResponse =>
  problemResponse(
    503,
    { type: "jackhenry/service-unavailable", title: "The service is unavailable.", details: [`Retry after ${retryAfterSeconds} s.`] },
    retryAfter(retryAfterSeconds),
  );

function retryAfter(seconds: number): Record<string, string> {
  if (!Number.isSafeInteger(seconds) || seconds < 0) throw new RangeError(`retryAfterSeconds must be a whole number of seconds >= 0; got ${seconds}.`);
  return { "retry-after": String(seconds) };
}

/** 201 with the new resource's id, the house style for every create. */
export const created = (id: string): SandboxResponse => jsonResponse({ id }, { status: 201 });

/** A downloadable document. */
export const file = (bytes: Uint8Array, contentType: string, filename: string): SandboxResponse => ({
  status: 200,
  body: bytes,
  contentType,
  headers: { "content-disposition": `attachment; filename="${filename}"` },
});

/** 400 `jackhenry/validation-failed`: one detail per violation. */
export const badRequest = (details: readonly string[], data: Record<string, unknown> | null = null): ApiProblem =>
  new ApiProblem(400, { type: "jackhenry/validation-failed", title: "The request is invalid.", details, data });

/** 404 `jackhenry/not-found`. */
export const notFound = (detail: string, data: Record<string, unknown> | null = null): ApiProblem =>
  new ApiProblem(404, { type: "jackhenry/not-found", title: "The resource was not found.", details: [detail], data });

/** 409 `jackhenry/conflict`: a referenced id is unknown or inactive, or the write would duplicate a resource. */
export const conflict = (details: readonly string[], data: Record<string, unknown> | null = null): ApiProblem =>
  new ApiProblem(409, { type: "jackhenry/conflict", title: "The request conflicts with the institution's data.", details, data });

/** 415 `jackhenry/unsupported-media-type`, naming the media types the operation accepts. */
export const unsupportedMediaType = (accepted: readonly string[], sent: string): ApiProblem =>
  new ApiProblem(415, {
    type: "jackhenry/unsupported-media-type",
    title: "The request body's media type is not supported.",
    details: [`Send the body as ${accepted.join(" or ")}, ${sent === "" ? "with a Content-Type header" : `not ${sent}`}.`],
    data: { acceptedMediaTypes: [...accepted] },
  });

/** 500 `jackhenry/internal-error`. */
export const internalError = (details: readonly string[], type = "jackhenry/internal-error"): ApiProblem =>
  new ApiProblem(500, { type, title: "An unexpected error occurred.", details, data: null });
