/**
 * What handlers answer: a status, a JSON value or raw bytes, and headers. Errors are
 * `application/problem+json` in the Digital Core shape `{ type, title, details[], data }`,
 * thrown as {@link ApiProblem} from anywhere in a handler and turned into a response once.
 */

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
    return { status: this.status, body: this.problem, contentType: "application/problem+json", headers: this.headers };
  }
}

/** 200 (or `status`) with a JSON body. */
export const json = (body: unknown, status = 200): SandboxResponse => ({ status, body, contentType: "application/json" });

/** 201 with the new resource's id, the house style for every create. */
export const created = (id: string): SandboxResponse => json({ id }, 201);

/** 204 without a body, the house style for updates and deletes. */
export const noContent = (): SandboxResponse => ({ status: 204 });

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
