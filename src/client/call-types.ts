import type { FetchResponse, ParamsOption, ParseAs, RequestBodyOption } from "openapi-fetch";
import type { paths } from "../../generated/entity-management.js";
import type { CallOptions, ForbiddenCallOptions } from "./call-options.js";

/** The HTTP methods the spec uses. */
export type HttpMethod = "get" | "put" | "post" | "delete";

/** Path templates of the spec that have an operation for `M`. */
export type PathsWith<M extends HttpMethod> = { [P in keyof paths]: paths[P] extends { [K in M]: object } ? P : never }[keyof paths];

/** The operation types (openapi-typescript) behind a path and method. */
export type OperationAt<P extends keyof paths, M extends HttpMethod> = paths[P] extends { [K in M]: infer O } ? O : never;

/** What a path-style call takes: the operation's `params` and `body`, and the client's per-call options. */
export type CallInit<O> = ParamsOption<O> & RequestBodyOption<O> & CallOptions & ForbiddenCallOptions;

type RequiredKeysOf<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/** The init argument, optional when the operation needs no params or body. */
export type InitArgument<Init> = RequiredKeysOf<Init> extends never ? [init?: Init] : [init: Init];

/** Media types of an operation's success (2xx) responses. */
type SuccessMedia<O> = O extends { responses: infer R }
  ? { [S in keyof R]: `${S & (string | number)}` extends `2${string}` ? (R[S] extends { content: infer C } ? keyof C : never) : never }[keyof R]
  : never;

/** True when an operation answers only non-JSON media (a PDF, a CSV), whose bodies default to bytes (`defaultParseAs` at run time). */
export type AnswersBytes<O> = [SuccessMedia<O>] extends [never] ? false : [Extract<SuccessMedia<O>, `${string}json`>] extends [never] ? true : false;

/** `Init` with its operation's parse default: `parseAs: "arrayBuffer"` for byte answers unless `Init` sets `parseAs`. */
type WithDefaultParseAs<O, Init> = Init extends { parseAs: ParseAs } ? Init : AnswersBytes<O> extends true ? Init & { parseAs: "arrayBuffer" } : Init;

/** The result of a call: openapi-fetch's `{ data, error, response }`, typed by the operation (`data: ArrayBuffer` for downloads). */
export type CallResult<O, Init> = FetchResponse<O & Record<string | number, unknown>, WithDefaultParseAs<O, Init>, `${string}/${string}`>;

/** A path-style call for method `M`, e.g. `client.GET("/entities/{EntityId}", { params: { path: { EntityId } } })`. */
export type CallMethod<M extends HttpMethod> = <P extends PathsWith<M>, Init extends CallInit<OperationAt<P, M>>>(
  path: P,
  ...init: InitArgument<Init>
) => Promise<CallResult<OperationAt<P, M>, Init>>;
