/**
 * Which operations a run reports (`only`), and which it must also call to get there: the lists,
 * searches and creates that give the ids a selected operation needs, and the reference lists its
 * body refers to.
 */
import { bodyReference, examplesFor, type BodyReference } from "./bodies.js";
import { ContractCheckError } from "./errors.js";
import type { ContractOperation, SpecModel } from "./spec-model.js";

/** The operations to report, and every operation to call (a superset). */
export interface Plan {
  readonly selected: ReadonlySet<string>;
  readonly planned: ReadonlySet<string>;
}

/** Resolves `only` (operationIds or tags, case-insensitive) and closes it over prerequisites. */
export function planOperations(model: SpecModel, only: readonly string[] | undefined): Plan {
  const all = model.operations.map((operation) => operation.info.operationId);
  if (!only || only.length === 0) return { selected: new Set(all), planned: new Set(all) };
  const wanted = only.map((entry) => entry.trim().toLowerCase()).filter(Boolean);
  const matches = (operation: ContractOperation, entry: string) =>
    operation.info.operationId.toLowerCase() === entry || operation.info.tags.some((tag) => tag.toLowerCase() === entry);
  const unknown = wanted.filter((entry) => !model.operations.some((operation) => matches(operation, entry)));
  if (unknown.length > 0) throw new ContractCheckError("CONTRACT_USAGE", `--only names no operationId or tag of the spec: ${unknown.join(", ")}.`);
  const selected = new Set(model.operations.filter((operation) => wanted.some((entry) => matches(operation, entry))).map((operation) => operation.info.operationId));
  const planned = new Set<string>();
  const visit = (operationId: string): void => {
    if (planned.has(operationId)) return;
    planned.add(operationId);
    const operation = model.byId.get(operationId);
    if (operation) for (const dependency of prerequisites(model, operation)) visit(dependency);
  };
  selected.forEach(visit);
  return { selected, planned };
}

/** The operations that give `operation` its path ids and the ids its body refers to. */
export function prerequisites(model: SpecModel, operation: ContractOperation): string[] {
  const producers = (param: string) => model.operations.filter((other) => other.yields === param).map((other) => other.info.operationId);
  const fromPath = operation.pathParams.flatMap(producers);
  const fromBody =
    operation.kind === "read"
      ? []
      : bodyReferences(examplesFor(model, operation)).flatMap((reference) => {
          const created = producers(reference.param);
          return created.length > 0 ? created : model.operations.filter((other) => other.info.path === reference.listPath).map((other) => other.info.operationId);
        });
  return [...new Set([...fromPath, ...fromBody])].filter((id) => id !== operation.info.operationId);
}

// Every reference (`addressLabelId`, `relatedEntityId`, `entityIds`) in the examples a body is built from.
function bodyReferences(examples: readonly unknown[]): BodyReference[] {
  const references: BodyReference[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== "object" || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      const reference = bodyReference(key);
      if (reference) references.push(reference);
      visit(child);
    }
  };
  examples.forEach(visit);
  return references;
}
