import type { RequestBodyOption } from "openapi-fetch";
import type { operations } from "../../generated/entity-management.js";
import type { CallOptions } from "./call-options.js";
import type { CallResult } from "./call-types.js";

type Id = keyof operations;
type ParametersIn<I extends Id, In extends "path" | "query"> = Required<NonNullable<operations[I]["parameters"][In]>>;

/** The type of path parameter `Name` of operation `I`, as openapi-typescript generated it. */
export type PathParameter<I extends Id, Name extends keyof ParametersIn<I, "path">> = ParametersIn<I, "path">[Name];

/** The type of query parameter `Name` of operation `I` (without the `undefined` of being optional). */
export type QueryParameter<I extends Id, Name extends keyof ParametersIn<I, "query">> = ParametersIn<I, "query">[Name];

/** The JSON request body of operation `I`. */
export type RequestBody<I extends Id> = NonNullable<RequestBodyOption<operations[I]>["body"]>;

/** The first argument of a method whose operation takes no parameters and no body: `{}` or nothing. */
export type NoArguments = Readonly<Record<string, never>>;

/** A generated method's per-call options: `CallOptions` and no other key (a typo is a compile error). */
export type MethodOptions<Options> = Options & { readonly [K in Exclude<keyof Options, keyof CallOptions>]: never };

/** What a generated method resolves to: the same `{ data, error, response }` as its path-style call. */
export type MethodResult<I extends Id, Options> = Promise<CallResult<operations[I], Options>>;
