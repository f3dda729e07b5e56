import type { AuthErrorCode } from "./auth-error.js";

/** Codes of {@link ApiError}: one per notable HTTP status, `API_SERVER_ERROR` for any 5xx, `API_ERROR` otherwise. */
export type ApiErrorCode =
  | "API_REDIRECT"
  | "API_BAD_REQUEST"
  | "API_UNAUTHORIZED"
  | "API_FORBIDDEN"
  | "API_NOT_FOUND"
  | "API_REQUEST_TIMEOUT"
  | "API_CONFLICT"
  | "API_PRECONDITION_FAILED"
  | "API_UNSUPPORTED_MEDIA_TYPE"
  | "API_UNPROCESSABLE"
  | "API_RATE_LIMITED"
  | "API_SERVER_ERROR"
  | "API_ERROR";

/** Codes of {@link InvalidRequestError}: a call refused before anything was sent. */
export type InvalidRequestCode = "INVALID_PATH_PARAM" | "UNKNOWN_OPERATION" | "NOT_A_SEARCH_OPERATION" | "REQUEST_OUTSIDE_BASE_URL";

/** Every machine-readable `code` an error of this package carries; the README's error table lists them. */
export type ErrorCode =
  | ApiErrorCode
  | AuthErrorCode
  | InvalidRequestCode
  | "INSUFFICIENT_SCOPE"
  | "REQUEST_TIMEOUT"
  | "REQUEST_ABORTED"
  | "NETWORK_ERROR"
  | "API_INVALID_RESPONSE"
  | "API_RESPONSE_TOO_LARGE"
  | "INVALID_OPTIONS";
