/** The report as terminal lines and as JUnit XML; both carry only what the report does (schema-level facts). */
import type { ContractReport, Finding, OperationResult } from "./types.js";

/** One finding on one line: where, what, and the expected/observed facts. */
export function formatFinding(finding: Finding): string {
  const facts = [finding.expected !== undefined && `expected ${finding.expected}`, finding.observed !== undefined && `observed ${finding.observed}`].filter(Boolean).join(", ");
  const repeat = finding.occurrences && finding.occurrences > 1 ? ` (×${finding.occurrences})` : "";
  return `${finding.where}: ${finding.message}${repeat}${facts ? ` — ${facts}` : ""}${finding.accepted ? " [accepted]" : ""}`;
}

/** The progress line of a settled operation, followed by its findings, indented. */
export function formatResult(result: OperationResult, settled: number, total: number): string[] {
  const counter = `[${String(settled).padStart(String(total).length)}/${total}]`;
  const status = result.status === undefined ? "" : ` ${result.status}`;
  const head = `${counter} ${result.outcome.padEnd(10)} ${result.method.padEnd(6)} ${result.path}  ${result.operationId}${status}`;
  const skip = result.skip ? [`      ${result.skip.reason}: ${result.skip.message}`] : [];
  return [head, ...skip, ...result.findings.map((finding) => `      ${formatFinding(finding)}`)];
}

/** The closing lines: counts per outcome, scopes, clean-up, and what fails the run. */
export function formatSummary(report: ContractReport): string[] {
  const { summary } = report;
  const refused = report.scopes.filter((scope) => scope.granted === false).map((scope) => scope.scope);
  const asked = report.scopes
    .filter((scope) => scope.askedForBy.length > 0)
    .map((scope) => `${scope.scope}${scope.declared ? "" : " (not in the spec)"} by ${scope.askedForBy.join(", ")}`);
  return [
    `Summary: ${summary.operations} operations: ${summary.conformant} conformant, ${summary.drift} drift, ${summary.missing} missing, ${summary.forbidden} forbidden, ${summary.skipped} skipped, ${summary.error} error.`,
    `Scopes: ${report.scopes.filter((scope) => scope.declared && scope.granted).length} of ${report.scopes.filter((scope) => scope.declared).length} granted${refused.length > 0 ? `; refused: ${refused.join(", ")}` : ""}.`,
    ...(asked.length > 0 ? [`Asked for in 403 challenges: ${asked.join("; ")}.`] : []),
    ...report.cleanup.map((step) => `Clean-up: ${step.outcome} — ${step.message}.`),
    summary.newFindings === 0
      ? `No new findings${summary.acceptedFindings > 0 ? ` (${summary.acceptedFindings} accepted by the baseline)` : ""}.`
      : `${summary.newFindings} new finding${summary.newFindings === 1 ? "" : "s"}${summary.acceptedFindings > 0 ? ` (${summary.acceptedFindings} more accepted by the baseline)` : ""}.`,
  ];
}

const escapeXml = (text: string): string => text.replace(/[<>&"']/g, (char) => `&${{ "<": "lt", ">": "gt", "&": "amp", '"': "quot", "'": "apos" }[char] ?? ""};`);

/** JUnit XML: a testcase per operation of the spec; drift, missing, forbidden and error fail unless all their findings are accepted. */
export function formatJunit(report: ContractReport): string {
  const failing = (result: OperationResult) => ["drift", "missing", "forbidden", "error"].includes(result.outcome) && result.findings.some((finding) => !finding.accepted);
  const cases = report.operations.map((result) => {
    const open = `    <testcase classname="check:contract.${escapeXml(result.tags[0] ?? "operations")}" name="${escapeXml(`${result.operationId} (${result.method} ${result.path})`)}" time="0">`;
    const details = escapeXml(result.findings.map(formatFinding).join("\n"));
    if (result.outcome === "skipped")
      return `${open}\n      <skipped message="${escapeXml(`${result.skip?.reason ?? "skipped"}: ${result.skip?.message ?? ""}`)}"/>\n    </testcase>`;
    if (failing(result))
      return `${open}\n      <failure type="${result.outcome}" message="${escapeXml(`${result.outcome}: ${result.findings.length} finding(s)`)}">${details}</failure>\n    </testcase>`;
    return result.findings.length > 0 ? `${open}\n      <system-out>${details}</system-out>\n    </testcase>` : `${open}</testcase>`;
  });
  const failures = report.operations.filter(failing).length;
  const skipped = report.operations.filter((result) => result.outcome === "skipped").length;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="check:contract" tests="${report.operations.length}" failures="${failures}" skipped="${skipped}">`,
    `  <testsuite name="check:contract ${escapeXml(report.target.baseUrl)} (spec ${escapeXml(report.specVersion)})" tests="${report.operations.length}" failures="${failures}" skipped="${skipped}" errors="0" timestamp="${report.checkedAt}">`,
    ...cases,
    "  </testsuite>",
    "</testsuites>",
    "",
  ].join("\n");
}
