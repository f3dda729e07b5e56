/**
 * Removes what a write run created, newest first, whatever happened during the run: a delete
 * where the spec has one, else a replace with `status: inactive` (entities are retired, never
 * deleted), else it says what was left behind.
 */
import type { EntityManagementClient } from "../index.js";
import { attempt } from "./call.js";
import type { CreatedRecord } from "./run.js";
import type { ContractOperation, SpecModel } from "./spec-model.js";
import type { CleanupStep } from "./types.js";

/** Cleans up every record still `live`; one step per record. */
export async function cleanUp(model: SpecModel, client: EntityManagementClient, records: readonly CreatedRecord[], marker: string): Promise<CleanupStep[]> {
  const steps: CleanupStep[] = [];
  for (const record of [...records].reverse()) {
    if (record.state !== "live") continue;
    steps.push(await cleanUpRecord(model, client, record, marker));
  }
  return steps;
}

async function cleanUpRecord(model: SpecModel, client: EntityManagementClient, record: CreatedRecord, marker: string): Promise<CleanupStep> {
  const onItem = (kind: ContractOperation["kind"]) => model.operations.find((operation) => operation.kind === kind && operation.pathParams.at(-1) === record.param);
  const path = (operation: ContractOperation) => Object.fromEntries(operation.pathParams.map((param) => [param, record.values[param] ?? ""]));
  const remove = onItem("delete");
  if (remove) {
    const result = await attempt(model, client, remove, { path: path(remove), query: {} }, true);
    const done = result.status !== undefined && result.status >= 200 && result.status < 300;
    record.state = done ? "deleted" : record.state;
    return {
      operationId: remove.info.operationId,
      outcome: done ? "deleted" : "failed",
      message: done ? `deleted the ${record.param} created by ${record.operationId}` : failure(record, result.status, marker),
    };
  }
  const replace = onItem("update");
  const body = typeof record.body === "object" && record.body !== null ? { ...record.body, status: "inactive" } : undefined;
  if (replace?.requestBody && body && model.compileRequest(replace.requestBody.schema)(body)) {
    const result = await attempt(model, client, replace, { path: path(replace), query: {}, body }, true);
    const done = result.status !== undefined && result.status >= 200 && result.status < 300;
    record.state = done ? "retired" : record.state;
    return {
      operationId: replace.info.operationId,
      outcome: done ? "retired" : "failed",
      message: done ? `retired the ${record.param} created by ${record.operationId} (status inactive)` : failure(record, result.status, marker),
    };
  }
  return { operationId: record.operationId, outcome: "left", message: `the spec has no way to delete or retire a ${record.param}; it concerns only records this run created` };
}

function failure(record: CreatedRecord, status: number | undefined, marker: string): string {
  return `could not remove the ${record.param} created by ${record.operationId} (${status === undefined ? "no answer" : `HTTP ${status}`}): remove it by hand; the entities of this run are named "${marker}"`;
}
