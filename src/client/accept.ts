import { operations, type OperationInfo } from "../../generated/operations.js";

const acceptFrom = (produces: readonly string[]) => [...(produces.length > 0 ? produces : ["application/json"]), "application/problem+json"].join(", ");
// Built once per operation rather than on every call.
const acceptByOperation = new Map<string, string>(Object.values(operations).map(({ operationId, produces }) => [operationId, acceptFrom(produces)]));

/** The `Accept` header of an operation: its success media types, then problem details. */
export function acceptFor(operation: OperationInfo): string {
  return acceptByOperation.get(operation.operationId) ?? acceptFrom(operation.produces);
}
