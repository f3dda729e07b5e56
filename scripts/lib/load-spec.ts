import { bundle, createConfig, getLineColLocation, lint, type NormalizedProblem } from "@redocly/openapi-core";
import { relative } from "node:path";
import { generatorPlugin } from "./method-rules.js";

/** One thing wrong with the spec, located in the file a person edits. */
export interface SpecProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** Thrown when the spec cannot be generated from; `problems` say where and what. */
export class SpecError extends Error {
  readonly problems: readonly SpecProblem[];

  constructor(problems: readonly SpecProblem[]) {
    super(`The spec is invalid:\n${problems.map(formatProblem).join("\n")}`);
    this.name = "SpecError";
    this.problems = problems;
  }
}

/** `file:line:column  message`, the shape editors and CI annotations understand. */
export function formatProblem(problem: SpecProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.message}`;
}

// Structural rules only: style belongs to `npm run lint:spec`; generation refuses what it cannot compile.
const generationRules = {
  struct: "error",
  "no-unresolved-refs": "error",
  "operation-operationId": "error",
  "operation-operationId-unique": "error",
  "path-parameters-defined": "error",
  "security-defined": "error",
  "generator/method-arguments": "error",
} as const;

/** Validates the spec's structure and bundles its split files into one OpenAPI document. */
export async function loadBundledSpec(specPath: string): Promise<Record<string, unknown>> {
  const config = await createConfig({ plugins: [generatorPlugin], rules: generationRules });
  const linted = await lint({ ref: specPath, config }).catch((error: unknown) => {
    throw new SpecError([problemFromThrown(specPath, error)]);
  });
  const errors = linted.filter((problem) => problem.severity === "error");
  if (errors.length > 0) throw new SpecError(errors.map(toSpecProblem));

  const bundled = await bundle({ ref: specPath, config, dereference: false });
  const bundleErrors = bundled.problems.filter((problem) => problem.severity === "error");
  if (bundleErrors.length > 0) throw new SpecError(bundleErrors.map(toSpecProblem));
  return bundled.bundle.parsed as Record<string, unknown>;
}

function toSpecProblem(problem: NormalizedProblem): SpecProblem {
  const location = problem.location[0];
  if (!location) return { file: "(spec)", line: 1, column: 1, message: problem.message };
  const { start } = getLineColLocation(location);
  return {
    file: relative(process.cwd(), location.source.absoluteRef),
    line: start.line,
    column: start.col,
    message: `${problem.message} [${problem.ruleId}]`,
  };
}

// YAML syntax errors and unreadable files are thrown rather than reported as problems.
function problemFromThrown(specPath: string, error: unknown): SpecProblem {
  const mark = (error as { mark?: { line?: number; column?: number } }).mark;
  const source = (error as { source?: { absoluteRef?: string } }).source;
  const reason = (error as { reason?: string }).reason;
  return {
    file: relative(process.cwd(), source?.absoluteRef ?? specPath),
    line: (mark?.line ?? 0) + 1,
    column: (mark?.column ?? 0) + 1,
    message: reason ?? (error instanceof Error ? error.message : String(error)),
  };
}
