import type { Findings, OperationRef } from "./rules.js";
import { type Operation, type SpecDocument, collectOperations, normalizePath } from "../lib/spec-document.js";

/** A base operation and the head operation it became. */
export interface OperationPair {
  readonly base: Operation;
  readonly head: Operation;
  /** How findings name the operation: its base method, path and operationId. */
  readonly ref: OperationRef;
}

/**
 * Pairs base operations with head operations: first by method and path template (ignoring path
 * parameter names), then, for operations whose path changed, by operationId. Reports removed
 * operations, moved paths and changed operationIds; returns the pairs for the deeper rules.
 */
export function matchOperations(findings: Findings, base: SpecDocument, head: SpecDocument): OperationPair[] {
  const headOps = collectOperations(head);
  const byTemplate = new Map(headOps.map((op) => [key(op), op]));
  const claimed = new Set<Operation>();
  const pairs: OperationPair[] = [];
  const unmatched: Operation[] = [];

  for (const op of collectOperations(base)) {
    const next = byTemplate.get(key(op));
    if (next === undefined) unmatched.push(op);
    else {
      claimed.add(next);
      pairs.push(pair(op, next));
    }
  }

  for (const op of unmatched) {
    const ref = refOf(op);
    const moved = op.operationId === null ? undefined : headOps.find((candidate) => !claimed.has(candidate) && candidate.operationId === op.operationId);
    if (moved === undefined) {
      findings.breaking("operation-removed", ref, "", "operation removed");
      continue;
    }
    claimed.add(moved);
    reportMove(findings, ref, op, moved);
    pairs.push(pair(op, moved));
  }

  for (const { base: before, head: after, ref } of pairs) {
    if (before.operationId !== null && after.operationId !== before.operationId) {
      findings.breaking("operation-id-changed", ref, "operationId", `operationId changed from \`${before.operationId}\` to \`${after.operationId ?? "(none)"}\``);
    }
  }
  return pairs;
}

function reportMove(findings: Findings, ref: OperationRef, before: Operation, after: Operation): void {
  const moved = `${after.method.toUpperCase()} ${after.path}`;
  const removed = before.pathParamNames.filter((name) => !after.pathParamNames.includes(name));
  const added = after.pathParamNames.filter((name) => !before.pathParamNames.includes(name));
  for (const name of removed) findings.breaking("path-param-removed", ref, `path parameter ${name}`, `path parameter removed (operation moved to ${moved})`);
  for (const name of added) findings.breaking("path-param-added", ref, `path parameter ${name}`, `new path parameter (operation moved to ${moved})`);
  if (removed.length === 0 && added.length === 0) findings.breaking("path-changed", ref, "path", `operation moved to ${moved}`);
}

function key(op: Operation): string {
  return `${op.method} ${normalizePath(op.path)}`;
}

function refOf(op: Operation): OperationRef {
  return { method: op.method, path: op.path, operationId: op.operationId };
}

function pair(base: Operation, head: Operation): OperationPair {
  return { base, head, ref: refOf(base) };
}
