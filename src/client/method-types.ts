import type { RequestBodyOption } from "openapi-fetch";
import type { operations } from "../../generated/entity-management.js";
import type { CallOptions } from "./call-options.js";
import type { CallResult } from "./call-types.js";

type Id = keyof operations;

/** The JSON request body of operation `I`. */
export type RequestBody<I extends Id> = NonNullable<RequestBodyOption<operations[I]>["body"]>;

/** The first argument of a method whose operation takes no parameters and no body: `{}` or nothing. */
export type NoArguments = Readonly<Record<string, never>>;

/** A generated method's per-call options: `CallOptions` and no other key (a typo is a compile error). */
export type MethodOptions<Options> = Options & { readonly [K in Exclude<keyof Options, keyof CallOptions>]: never };

/** What a generated method resolves to: the same `{ data, error, response }` as its path-style call. */
export type MethodResult<I extends Id, Options> = Promise<CallResult<operations[I], Options>>;
