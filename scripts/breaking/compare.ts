import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { type Acknowledgement, checkAcknowledgement } from "./acknowledge.js";
import { compareRequestBodies, compareResponses } from "./bodies.js";
import { loadSpec } from "./load.js";
import { matchOperations } from "./operations.js";
import { compareParameters } from "./parameters.js";
import { type Finding, Findings } from "./rules.js";
import { compareSecurity } from "./security.js";
import { type SpecDocument, isObject } from "../lib/spec-document.js";

/** The verdict: no break, a break that fails the gate, or a break declared as intended. */
export type Outcome = "pass" | "break" | "acknowledged";

/** Everything the gate found between a base spec and a head spec. */
export interface CheckResult {
  readonly outcome: Outcome;
  readonly breaking: readonly Finding[];
  readonly notes: readonly Finding[];
  /** Null when nothing broke; otherwise whether the major bump + changelog rule holds, and why. */
  readonly acknowledgement: Acknowledgement | null;
  readonly baseVersion: string | null;
  readonly headVersion: string | null;
  /** How many base operations were found in head and compared in depth. */
  readonly operationsCompared: number;
}

/** Where to find the two specs, and the changelog that may acknowledge a break. */
export interface CheckInput {
  readonly basePath: string;
  readonly headPath: string;
  /** Defaults to `CHANGELOG.md` beside the head root spec. */
  readonly changelogPath?: string;
  /** How to name the changelog in messages; defaults to its path. */
  readonly changelogName?: string;
  /** How to name the specs in error messages; default to their paths. */
  readonly baseLabel?: string;
  readonly headLabel?: string;
}

/** Compares two bundled specs operation by operation; returns every finding, breaking and note. */
export function compareSpecs(base: SpecDocument, head: SpecDocument): { findings: Finding[]; operationsCompared: number } {
  const findings = new Findings();
  const pairs = matchOperations(findings, base, head);
  for (const pair of pairs) {
    const ctx = { base, head, findings, op: pair.ref };
    compareParameters(ctx, pair.base, pair.head);
    compareRequestBodies(ctx, pair.base, pair.head);
    compareResponses(ctx, pair.base, pair.head);
    compareSecurity(findings, pair.ref, base, pair.base, head, pair.head);
  }
  return { findings: dedupe(findings.items), operationsCompared: pairs.length };
}

/** Loads both specs, compares them and applies the acknowledgement rule. Throws SpecLoadError. */
export async function checkSpecFiles(input: CheckInput): Promise<CheckResult> {
  // One after the other, so that when both are broken the base spec's error is the one reported.
  const base = await loadSpec(input.basePath, `base spec ${input.baseLabel ?? input.basePath}`);
  const head = await loadSpec(input.headPath, `head spec ${input.headLabel ?? input.headPath}`);
  const changelogPath = input.changelogPath ?? join(dirname(input.headPath), "CHANGELOG.md");
  const changelog = await readFile(changelogPath, "utf8").catch(() => null);
  return judge(base, head, changelog, input.changelogName ?? changelogPath);
}

/** Turns the findings of two loaded specs into a verdict. */
export function judge(base: SpecDocument, head: SpecDocument, changelog: string | null, changelogName: string): CheckResult {
  const { findings, operationsCompared } = compareSpecs(base, head);
  const breaking = findings.filter((finding) => finding.severity === "breaking");
  const notes = findings.filter((finding) => finding.severity === "note");
  const baseVersion = versionOf(base);
  const headVersion = versionOf(head);
  const acknowledgement = breaking.length === 0 ? null : checkAcknowledgement({ baseVersion, headVersion, changelog, changelogName });
  const outcome: Outcome = breaking.length === 0 ? "pass" : acknowledgement?.acknowledged === true ? "acknowledged" : "break";
  return { outcome, breaking, notes, acknowledgement, baseVersion, headVersion, operationsCompared };
}

function versionOf(doc: SpecDocument): string | null {
  const info = doc.root.info;
  if (!isObject(info)) return null;
  return typeof info.version === "string" || typeof info.version === "number" ? String(info.version) : null;
}

/** A schema shared by two media types or reached twice reports once per operation and location. */
function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = [finding.rule, finding.operation, finding.location, finding.message].join("\u0000");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
