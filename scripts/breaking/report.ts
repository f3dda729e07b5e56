import { major } from "./acknowledge.js";
import type { CheckResult } from "./compare.js";
import type { Finding } from "./rules.js";

/** How the report names the two sides and the changelog. */
export interface ReportLabels {
  /** `origin/main (1a2b3c4)` or a file path. */
  readonly base: string;
  /** `working tree` or a file path. */
  readonly head: string;
  readonly changelog: string;
}

/** Renders a result as the text CI prints: findings grouped by operation, then the verdict. */
export function formatReport(result: CheckResult, labels: ReportLabels): string {
  const lines: string[] = [];
  const version = (value: string | null): string => (value === null ? "no info.version" : `info.version ${value}`);
  lines.push(
    `Breaking-change check: ${labels.base} (${version(result.baseVersion)}) → ${labels.head} (${version(result.headVersion)}); ` +
      `${result.operationsCompared} operation${result.operationsCompared === 1 ? "" : "s"} compared.`,
  );

  if (result.breaking.length > 0) {
    const heading = result.outcome === "acknowledged" ? "acknowledged breaking" : "breaking";
    lines.push("", `${count(result.breaking.length, `${heading} change`)}:`);
    for (const [operation, findings] of byOperation(result.breaking)) {
      lines.push("", operation);
      for (const finding of findings) {
        lines.push(`  - ${at(finding)}${finding.message}  [${finding.rule}]`, `    why: ${finding.why}`);
      }
    }
  }

  if (result.notes.length > 0) {
    lines.push("", "Notes (not breaking):");
    for (const note of result.notes) lines.push(`  - ${note.operation}: ${at(note)}${note.message}  [${note.rule}]`);
  }

  lines.push("");
  if (result.outcome === "pass") {
    lines.push("OK: no breaking changes.");
  } else if (result.outcome === "acknowledged") {
    lines.push(`OK: ${count(result.breaking.length, "breaking change")} acknowledged as intended: ${result.acknowledgement?.reason ?? ""}`);
  } else {
    lines.push(`FAIL: ${count(result.breaking.length, "breaking change")}.`, `  Not acknowledged: ${result.acknowledgement?.reason ?? ""}`);
    const target = nextMajor(result.baseVersion, result.headVersion);
    lines.push(
      `  If the break is intended: set info.version to ${target} and add a "## ${target}" heading to ` + `${labels.changelog} saying what breaks and what clients should do.`,
    );
  }
  return lines.join("\n");
}

function at(finding: Finding): string {
  return finding.location === "" ? "" : `${finding.location}: `;
}

function byOperation(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = finding.operationId === null ? finding.operation : `${finding.operation} (${finding.operationId})`;
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  return groups;
}

/** The version an intended break should carry: head's own if it already bumped the major. */
function nextMajor(baseVersion: string | null, headVersion: string | null): string {
  const from = major(baseVersion);
  const to = major(headVersion);
  if (headVersion !== null && from !== null && to !== null && to > from) return headVersion;
  return `${(from ?? 0) + 1}.0.0`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
