import type { OperationInfo } from "../../generated/operations.js";
import type { RequestSummary } from "../errors/request-summary.js";

/** What the transport learned about a finished call, for `unwrap` and error reporting. */
export interface CallInfo {
  /** The redacted request. */
  readonly request: RequestSummary;
  /** The operation the call matched. */
  readonly operation: OperationInfo;
  /** How many times the request was sent. */
  readonly attempts: number;
}

// Keyed by the Response openapi-fetch hands back, so results carry no extra fields of ours.
const callInfoByResponse = new WeakMap<Response, CallInfo>();

/** Remembers what the transport knows about the call that produced `response`. */
export function recordCallInfo(response: Response, info: CallInfo): void {
  callInfoByResponse.set(response, info);
}

/** What the transport recorded about the call that produced `response`, if it went through this client. */
export function getCallInfo(response: Response): CallInfo | undefined {
  return callInfoByResponse.get(response);
}
