// Type tests for issue 9: compiled by `npm run typecheck` (tsc), never run. Each @ts-expect-error must stay an error.
import {
  ApiError,
  AuthError,
  createEntityManagementClient,
  EntityManagementError,
  InsufficientScopeError,
  InvalidOptionsError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  RequestAbortedError,
  ResponseTooLargeError,
  TimeoutError,
  type AuthErrorCode,
  type ErrorCode,
} from "../../src/index.js";
import { countingTokenSource } from "../helpers/token-sources.js";

const client = createEntityManagementClient({
  institutionUniversalId: "4e3cde86-37ea-48bb-adef-4f820ba70b0f",
  baseUrl: "https://bank.example/a/api/entity-svcs/v1",
  auth: countingTokenSource().source,
});
const EntityId = "9b2f6a4c-1d3e-4f5a-8b7c-6d5e4f3a2b1c";
const params = { path: { EntityId } };

/** Per-call options the client owns are compile errors (defect 11); its own per-call options type-check. */
export async function forbiddenCallOptions() {
  // @ts-expect-error — a per-call fetch would skip auth, retries and the base-URL check
  await client.GET("/entities/{EntityId}", { params, fetch: globalThis.fetch });
  // @ts-expect-error — a per-call baseUrl would send the token elsewhere
  await client.GET("/entities/{EntityId}", { params, baseUrl: "https://elsewhere.example" });
  // @ts-expect-error — a per-call pathSerializer would undo the `..` guard
  await client.GET("/entities/{EntityId}", { params, pathSerializer: () => "/../x" });
  // @ts-expect-error — the query serialisation is the client's
  await client.GET("/entities/{EntityId}", { params, querySerializer: () => "" });
  // @ts-expect-error — the body serialisation is the client's
  await client.PUT("/entities/{EntityId}", { params, body: { entityType: "person", firstName: "A", lastName: "L" }, bodySerializer: JSON.stringify });
  // @ts-expect-error — the Request class is the client's
  await client.GET("/entities/{EntityId}", { params, Request });
  // @ts-expect-error — middleware is a client option, not a per-call one
  await client.GET("/entities/{EntityId}", { params, middleware: [] });
  await client.GET("/entities/{EntityId}", {
    params,
    headers: { "X-Request-ID": "r-1" },
    parseAs: "json",
    signal: AbortSignal.timeout(1_000),
    timeoutMs: 5_000,
    retry: { maxAttempts: 2 },
  });
  await client.GET("/entities/{EntityId}", { params, retry: false });
}

/** Only search operations paginate (defect 9): `SearchPath` used to accept every path without a POST. */
export function searchPathsOnly() {
  // `body: {} as never` fits any filter type, so the path is the only thing that can be wrong.
  // @ts-expect-error — a GET/PUT path, not a search
  client.paginate("/entities/{EntityId}", { body: {} });
  // @ts-expect-error — a GET-only list, not a search
  client.paginate("/address-labels", { body: {} });
  // @ts-expect-error — a POST that creates, not a search
  client.paginate("/entities", { body: {} });
  client.paginate("/entities/search", { body: {} });
  client.paginate("/relationships/search", { body: {} });
}

/** `code` is typed by the exported ErrorCode union on every error the package throws. */
export function errorCodes(errors: {
  base: EntityManagementError;
  api: ApiError;
  auth: AuthError;
  scope: InsufficientScopeError;
  options: InvalidOptionsError;
  request: InvalidRequestError;
  response: InvalidResponseError;
  network: NetworkError;
  aborted: RequestAbortedError;
  tooLarge: ResponseTooLargeError;
  timeout: TimeoutError;
}) {
  const codes: ErrorCode[] = Object.values(errors).map((error) => error.code);
  // @ts-expect-error — `code` is not any string
  const notACode: EntityManagementError["code"] = "SOMETHING_ELSE";
  // The base class's code is exactly the union, not a wider type.
  const exact: ErrorCode = errors.base.code;
  const request: "INVALID_PATH_PARAM" | "UNKNOWN_OPERATION" | "NOT_A_SEARCH_OPERATION" | "REQUEST_OUTSIDE_BASE_URL" = errors.request.code;
  const auth: AuthErrorCode = errors.auth.code;
  return [codes, notACode, exact, request, auth] as const;
}
