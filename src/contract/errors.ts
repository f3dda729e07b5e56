/**
 * Why the contract check could not run at all (the CLI exits 2):
 * - `CONTRACT_USAGE`: bad options (an unknown operation in `only`, a sandbox flag on a non-loopback target).
 * - `CONTRACT_WRITES_REFUSED`: writes asked for without repeating the target's institution id; refused before any request.
 * - `CONTRACT_CONNECTION`: the authorization server or the API could not be reached, or refused the client.
 */
export type ContractCheckErrorCode = "CONTRACT_USAGE" | "CONTRACT_WRITES_REFUSED" | "CONTRACT_CONNECTION";

/**
 * Thrown by `checkContract` when it cannot run; the message says what to change and carries no
 * secret. Not an `EntityManagementError`: that class's `ErrorCode` union is the client's calls'.
 */
export class ContractCheckError extends Error {
  /** Stable, machine-readable reason. */
  readonly code: ContractCheckErrorCode;

  constructor(code: ContractCheckErrorCode, message: string) {
    super(message);
    this.name = "ContractCheckError";
    this.code = code;
  }
}
