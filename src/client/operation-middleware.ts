import type { Middleware } from "openapi-fetch";
import { operationIdsByRoute, operations } from "../../generated/operations.js";
import { operationHeader } from "./operation-header.js";

/** Tags each request with its operation, a request id, `Accept` and `User-Agent`, before the transport authorises it. */
export function createOperationMiddleware(userAgent: string): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      const operationId = operationIdsByRoute[`${request.method} ${schemaPath}`];
      if (operationId !== undefined) request.headers.set(operationHeader, operationId);
      // One id per logical call: the transport copies these headers onto every retry.
      if (!request.headers.has("x-request-id")) request.headers.set("x-request-id", crypto.randomUUID());
      if (!request.headers.has("accept")) request.headers.set("accept", acceptFor(operationId));
      request.headers.set("user-agent", userAgent);
      return request;
    },
  };
}

const acceptFrom = (produces: readonly string[]) => [...(produces.length > 0 ? produces : ["application/json"]), "application/problem+json"].join(", ");
// Built once per operation rather than on every call.
const acceptByOperation = new Map<string, string>(Object.values(operations).map(({ operationId, produces }) => [operationId, acceptFrom(produces)]));
const defaultAccept = acceptFrom([]);

function acceptFor(operationId: string | undefined): string {
  return acceptByOperation.get(operationId ?? "") ?? defaultAccept;
}
