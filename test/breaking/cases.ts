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
  /** Where in the operation; empty for the whole operation. */
  readonly location: string;
}

/** A fixture folder and what the gate must say about it. */
export interface BreakingCase {
  readonly name: string;
  readonly outcome: Outcome;
  /** Every breaking finding, exactly (for "acknowledged", the findings that were acknowledged). */
  readonly findings: readonly ExpectedFinding[];
  /** Non-breaking notes the gate must print, exactly (none when absent). */
  readonly notes?: readonly ExpectedFinding[];
}

const SEARCH = "POST /entities/search";

const breaking = (name: string, rule: string, location: string, operation = SEARCH): BreakingCase => ({
  name,
  outcome: "break",
  findings: [{ rule, operation, location }],
});

const BODY = "request body application/json";
const OK = "response 200 application/json";
const DELETE = "DELETE /entities/{EntityId}";

const passing = (name: string, notes?: readonly ExpectedFinding[]): BreakingCase =>
  notes === undefined ? { name, outcome: "pass", findings: [] } : { name, outcome: "pass", findings: [], notes };

/** Every fixture case. The first group is the required list; the rest are rules this project adds. */
export const CASES: readonly BreakingCase[] = [
  // Must fail.
  breaking("removed-operation", "operation-removed", "", DELETE),
  breaking("removed-path-param", "path-param-removed", "path parameter AddressId", "GET /entities/{EntityId}/addresses/{AddressId}"),
  breaking("renamed-path-param", "path-param-renamed", "path parameter EntityId", "GET /entities/{EntityId}"),
  breaking("removed-query-param", "param-removed", "query parameter offset"),
  breaking("renamed-query-param", "param-renamed", "query parameter count"),
  breaking("param-became-required", "param-became-required", "query parameter count"),
  breaking("new-required-param", "required-param-added", "header parameter X-Channel"),
  breaking("new-required-request-property", "request-property-required", `${BODY} $.branchId (schema EntitySearch)`),
  breaking("removed-response-property", "response-property-removed", `${OK} $.entities[].displayName (schema Entity)`),
  breaking("changed-request-property-type", "request-type-changed", `${BODY} $.taxIdLast4 (schema EntitySearch)`),
  breaking("changed-response-property-type", "response-type-changed", `${OK} $.paging.total (schema Paging)`),
  breaking("narrowed-request-enum", "request-enum-narrowed", `${BODY} $.status (schema EntityStatusFilter)`),
  breaking("added-required-scope", "scope-added", "security"),
  breaking("removed-success-status", "success-status-removed", "response 200"),
  breaking("removed-response-media-type", "response-media-type-removed", "response 200 text/csv"),
  // Must fail: added by this project.
  breaking("response-property-became-optional", "response-property-optional", `${OK} $.entities[].entityType (schema Entity)`),
  breaking("widened-response-enum", "response-enum-widened", `${OK} $.entities[].entityType (schema EntityType)`),
  breaking("changed-operation-id", "operation-id-changed", "operationId"),
  breaking("removed-request-media-type", "request-media-type-removed", "request body application/x-www-form-urlencoded"),
  // Must pass.
  passing("added-optional-query-param"),
  passing("added-optional-request-property"),
  passing("added-response-property"),
  passing("widened-request-enum"),
  passing("new-operation"),
  passing("description-changes"),
  passing("removed-error-status", [{ rule: "error-status-removed", operation: SEARCH, location: "response 400" }]),
  passing("relaxed-request-and-scope"),
  // Intended breaks: major bump of info.version plus a CHANGELOG.md heading for the new version.
  {
    name: "acknowledged-major-bump",
    outcome: "acknowledged",
    findings: [{ rule: "operation-removed", operation: DELETE, location: "" }],
  },
  breaking("major-bump-without-changelog", "operation-removed", "", DELETE),
  breaking("major-bump-changelog-mention-only", "operation-removed", "", DELETE),
  breaking("minor-bump-with-changelog", "operation-removed", "", DELETE),
];
