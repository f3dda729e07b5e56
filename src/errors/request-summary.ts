/** What an error may safely say about the request: no headers, no body, sensitive query values redacted. */
export interface RequestSummary {
  /** HTTP method, e.g. `GET`. */
  readonly method: string;
  /** The URL with credential-like query values replaced by `[REDACTED]`. */
  readonly url: string;
  /** The spec's operationId, when the call matched one. */
  readonly operationId: string | undefined;
  /** The `X-Request-ID` sent with every attempt of the call. */
  readonly requestId: string | undefined;
}
