/** What an operation handler receives and returns. */
import type { OperationId } from "../../../../generated/operations.js";
import type { SandboxResponse } from "../responses.js";
import type { Store } from "../store.js";

/** A request that passed authentication, scope checks and validation against the spec. */
export interface OperationContext {
  /** Path parameters, e.g. `{ EntityId }`. */
  readonly params: Readonly<Record<string, string>>;
  /** Query parameters, coerced to their declared types with the spec's defaults. */
  readonly query: Readonly<Record<string, unknown>>;
  /** The request body, valid against the operation's schema (with its defaults). */
  readonly body: unknown;
  readonly store: Store;
}

/**
 * Answers one operation in place of the built-in handler (`startSandbox({ handlers })`): a
 * response, or a promise of one (a slow answer, an outage after a delay). An async handler that
 * writes to `store` after an `await` gives up the atomicity of the built-in ones (see store.ts).
 */
export type OperationHandler = (context: OperationContext) => SandboxResponse | Promise<SandboxResponse>;

/**
 * A built-in handler. Synchronous on purpose: everything is checked before the first write,
 * and nothing can interleave between the check and the write (see store.ts).
 */
export type BuiltInHandler = (context: OperationContext) => SandboxResponse;

/** Built-in handlers of one family of operations, by operationId. */
export type HandlerMap = Partial<Record<OperationId, BuiltInHandler>>;

/** `"addresses"` → `"Addresses"`, for building operationIds from a table. */
export const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
