/** Counting a report's outcomes, and the baseline: findings already accepted, which do not fail a run. */
import type { ContractReport, ContractSummary, Finding, OperationResult } from "./types.js";

/** Counts per outcome and of new (not accepted) findings. */
export function summarize(operations: readonly OperationResult[]): ContractSummary {
  const count = (outcome: OperationResult["outcome"]) => operations.filter((result) => result.outcome === outcome).length;
  const findings = operations.flatMap((result) => result.findings);
  return {
    operations: operations.length,
    conformant: count("conformant"),
    drift: count("drift"),
    missing: count("missing"),
    forbidden: count("forbidden"),
    skipped: count("skipped"),
    error: count("error"),
    newFindings: findings.filter((finding) => !finding.accepted).length,
    acceptedFindings: findings.filter((finding) => finding.accepted).length,
  };
}

/** What `--write-baseline` writes: the findings a team has looked at and accepted for now. */
export interface Baseline {
  readonly version: 1;
  readonly accepted: readonly BaselineEntry[];
}

/** One accepted finding; array indexes in `where` are `*`, so the same finding on other records matches too. */
export interface BaselineEntry {
  readonly operationId: string;
  readonly where: string;
  readonly rule: string;
}

const entryOf = (operationId: string, finding: Finding): BaselineEntry => ({ operationId, where: finding.where.replace(/\/\d+(?=\/|$)/g, "/*"), rule: finding.rule });
const keyOf = (entry: BaselineEntry): string => `${entry.operationId} ${entry.where} ${entry.rule}`;

/** A baseline accepting every finding of `report`. */
export function createBaseline(report: ContractReport): Baseline {
  const entries = new Map<string, BaselineEntry>();
  for (const result of report.operations) for (const finding of result.findings) entries.set(keyOf(entryOf(result.operationId, finding)), entryOf(result.operationId, finding));
  return { version: 1, accepted: [...entries.values()].sort((a, b) => keyOf(a).localeCompare(keyOf(b))) };
}

/** Reads a baseline file's parsed JSON; throws a TypeError saying what is wrong with it. */
export function parseBaseline(value: unknown): Baseline {
  const accepted = (value as { accepted?: unknown } | null)?.accepted;
  const valid = (entry: unknown): entry is BaselineEntry =>
    typeof entry === "object" && entry !== null && ["operationId", "where", "rule"].every((key) => typeof (entry as Record<string, unknown>)[key] === "string");
  if ((value as { version?: unknown } | null)?.version !== 1 || !Array.isArray(accepted) || !accepted.every(valid)) {
    throw new TypeError("not a contract-check baseline: expected { version: 1, accepted: [{ operationId, where, rule }] }, as --write-baseline writes it");
  }
  return { version: 1, accepted };
}

/** The report with the baseline's findings marked `accepted` and the summary recounted. */
export function applyBaseline(report: ContractReport, baseline: Baseline): ContractReport {
  const accepted = new Set(baseline.accepted.map(keyOf));
  const operations = report.operations.map((result) => ({
    ...result,
    findings: result.findings.map((finding) => (accepted.has(keyOf(entryOf(result.operationId, finding))) ? { ...finding, accepted: true } : finding)),
  }));
  return { ...report, operations, summary: summarize(operations) };
}

/** 0 when nothing outside the baseline was found, else 1. */
export function exitStatus(report: ContractReport): 0 | 1 {
  return report.summary.newFindings === 0 ? 0 : 1;
}
