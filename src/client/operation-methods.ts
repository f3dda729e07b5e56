import type { OperationMethods } from "../../generated/operation-methods.js";
import { operations, type OperationInfo } from "../../generated/operations.js";
import { InvalidOptionsError } from "../errors/invalid-options-error.js";
import type { SendCall } from "./create-client.js";

const pathNames = (path: string) => [...path.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] as string);

/**
 * Splits a method's flattened argument back into openapi-fetch's `{ params: { path, query }, body }`
 * and merges the per-call options. A JavaScript caller may pass anything, so unknown names and a
 * `params` or `body` among the options are refused instead of silently dropped.
 */
function toInit(operation: OperationInfo, names: readonly string[], args: unknown, options: unknown): Record<string, unknown> {
  const where = `${operation.operationId}()`;
  if (args !== undefined && (typeof args !== "object" || args === null))
    throw new InvalidOptionsError(`${where}: the first argument must be an object of its parameters, such as { ${names[0] ?? "body"} }.`);
  if (options !== undefined && (typeof options !== "object" || options === null))
    throw new InvalidOptionsError(`${where}: the second argument must be an object of per-call options.`);
  const path: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  let body: unknown;
  for (const [name, value] of Object.entries(args ?? {})) {
    if (name === "body" && operation.body) body = value;
    else if (!names.includes(name))
      throw new InvalidOptionsError(
        `${where}: ${name} is not a parameter of ${operation.operationId}; it takes ${[...names, ...(operation.body ? ["body"] : [])].join(", ") || "none"}.`,
      );
    else if (operation.query?.includes(name)) {
      // An explicit `undefined` means "not given", as it would for an omitted property.
      if (value !== undefined) query[name] = value;
    } else path[name] = value;
  }
  for (const key of ["params", "body"]) {
    if (options !== undefined && key in options)
      throw new InvalidOptionsError(`${where}: pass ${key === "body" ? "body" : "parameters"} in the first argument, not among the per-call options.`);
  }
  return { ...options, params: { path, query }, ...(body === undefined ? {} : { body }) };
}

/** One method per operation, each a call of `send` with the operation's route: the data table is `operations`. */
export function createOperationMethods(send: SendCall): OperationMethods {
  const methods: Record<string, unknown> = {};
  for (const operation of Object.values(operations) as OperationInfo[]) {
    const names = [...pathNames(operation.path), ...(operation.query ?? [])];
    // async: a refused argument rejects the promise, as every other failure of a call does.
    methods[operation.operationId] = async (args?: unknown, options?: unknown) => send(operation.method, operation.path, toInit(operation, names, args, options));
  }
  return methods as unknown as OperationMethods;
}
