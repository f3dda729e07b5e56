/** Every operation's handler, by operationId. */
import { operations, type OperationId } from "../../../../generated/operations.js";
import type { BuiltInHandler } from "./context.js";
import { documentHandlers } from "./documents.js";
import { entityHandlers } from "./entities.js";
import { permissionHandlers } from "./permissions.js";
import { referenceListHandlers } from "./reference-lists.js";
import { relationshipHandlers } from "./relationships.js";
import { subResourceHandlers } from "./sub-resources.js";
import { taxIdHandlers } from "./tax-ids.js";

export type { OperationContext, OperationHandler } from "./context.js";

/** The handler of every operation in the spec; throws at start-up if one is missing or unknown, so a spec change cannot go unnoticed. */
export function operationHandlers(): Record<OperationId, BuiltInHandler> {
  const all: Partial<Record<string, BuiltInHandler>> = {
    ...entityHandlers,
    ...subResourceHandlers,
    ...taxIdHandlers,
    ...relationshipHandlers,
    ...documentHandlers,
    ...permissionHandlers,
    ...referenceListHandlers,
  };
  const missing = Object.keys(operations).filter((id) => !all[id]);
  const unknown = Object.keys(all).filter((id) => !(id in operations));
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(`Sandbox handlers out of step with the spec. Missing: ${missing.join(", ") || "none"}. Unknown: ${unknown.join(", ") || "none"}.`);
  }
  return all as Record<OperationId, BuiltInHandler>;
}
