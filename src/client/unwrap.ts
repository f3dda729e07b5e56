import { toApiError } from "./to-api-error.js";

/** The shape of an openapi-fetch result. */
interface FetchResult {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

/** The success body of an openapi-fetch result type. */
export type SuccessData<T extends FetchResult> = T extends { error?: never; data: infer D } ? D : never;

/**
 * Throwing style: resolves to the success body, or throws `ApiError` / `InsufficientScopeError`.
 * @example const entity = await unwrap(client.GET("/entities/{EntityId}", { params: { path: { EntityId } } }));
 */
export async function unwrap<T extends FetchResult>(result: T | Promise<T>): Promise<SuccessData<T>> {
  const { data, error, response } = await result;
  if (!response.ok) throw toApiError(response, error);
  return data as SuccessData<T>;
}
