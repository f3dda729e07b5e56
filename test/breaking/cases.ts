/**
 * The fixture suite for the breaking-change gate: one folder per case under `fixtures/`, each with
 * `base.yaml` (the published spec) and `head.yaml` (the changed spec), and for the acknowledgement
 * cases a `CHANGELOG.md` beside `head.yaml`.
 */

/** What the gate must conclude for a fixture pair. */
export type Outcome = "break" | "pass" | "acknowledged";

/** One finding the gate must report: the rule that fired and the operation it fired on. */
export interface ExpectedFinding {
  readonly rule: string;
  /** `METHOD /path` as written in the base spec. */
  readonly operation: string;
}

/** A fixture folder and what the gate must say about it. */
export interface BreakingCase {
  readonly name: string;
  readonly outcome: Outcome;
  /** Every breaking finding, exactly (for "acknowledged", the findings that were acknowledged). */
  readonly findings: readonly ExpectedFinding[];
  /** Non-breaking notes the gate must print (optional to list; checked when present). */
  readonly notes?: readonly ExpectedFinding[];
}

const SEARCH = "POST /entities/search";

const breaking = (name: string, rule: string, operation = SEARCH): BreakingCase => ({
  name,
  outcome: "break",
  findings: [{ rule, operation }],
});

const passing = (name: string, notes?: readonly ExpectedFinding[]): BreakingCase =>
  notes === undefined ? { name, outcome: "pass", findings: [] } : { name, outcome: "pass", findings: [], notes };

/** Every fixture case. The first group is the required list; the rest are rules this project adds. */
export const CASES: readonly BreakingCase[] = [
  // Must fail.
  breaking("removed-operation", "operation-removed", "DELETE /entities/{EntityId}"),
  breaking("removed-path-param", "path-param-removed", "GET /entities/{EntityId}/addresses/{AddressId}"),
  breaking("renamed-path-param", "path-param-renamed", "GET /entities/{EntityId}"),
  breaking("removed-query-param", "param-removed"),
  breaking("renamed-query-param", "param-renamed"),
  breaking("param-became-required", "param-became-required"),
  breaking("new-required-param", "required-param-added"),
  breaking("new-required-request-property", "request-property-required"),
  breaking("removed-response-property", "response-property-removed"),
  breaking("changed-request-property-type", "request-type-changed"),
  breaking("changed-response-property-type", "response-type-changed"),
  breaking("narrowed-request-enum", "request-enum-narrowed"),
  breaking("added-required-scope", "scope-added"),
  breaking("removed-success-status", "success-status-removed"),
  breaking("removed-response-media-type", "response-media-type-removed"),
  // Must fail: added by this project.
  breaking("response-property-became-optional", "response-property-optional"),
  breaking("widened-response-enum", "response-enum-widened"),
  breaking("changed-operation-id", "operation-id-changed"),
  breaking("removed-request-media-type", "request-media-type-removed"),
  // Must pass.
  passing("added-optional-query-param"),
  passing("added-optional-request-property"),
  passing("added-response-property"),
  passing("widened-request-enum"),
  passing("new-operation"),
  passing("description-changes"),
  passing("removed-error-status", [{ rule: "error-status-removed", operation: SEARCH }]),
  passing("relaxed-request-and-scope"),
  // Intended breaks: major bump of info.version plus a CHANGELOG.md heading for the new version.
  {
    name: "acknowledged-major-bump",
    outcome: "acknowledged",
    findings: [{ rule: "operation-removed", operation: "DELETE /entities/{EntityId}" }],
  },
  breaking("major-bump-without-changelog", "operation-removed", "DELETE /entities/{EntityId}"),
  breaking("major-bump-changelog-mention-only", "operation-removed", "DELETE /entities/{EntityId}"),
  breaking("minor-bump-with-changelog", "operation-removed", "DELETE /entities/{EntityId}"),
];
