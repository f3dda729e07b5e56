import type { FetchResponse, ParamsOption, RequestBodyOption } from "openapi-fetch";
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

/** The result of a call: openapi-fetch's `{ data, error, response }`, typed by the operation. */
export type CallResult<O, Init> = FetchResponse<O & Record<string | number, unknown>, Init, `${string}/${string}`>;

/** A path-style call for method `M`, e.g. `client.GET("/entities/{EntityId}", { params: { path: { EntityId } } })`. */
export type CallMethod<M extends HttpMethod> = <P extends PathsWith<M>, Init extends CallInit<OperationAt<P, M>>>(
  path: P,
  ...init: InitArgument<Init>
) => Promise<CallResult<OperationAt<P, M>, Init>>;
