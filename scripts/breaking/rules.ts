/** Every rule the breaking-change gate knows, with the reason it breaks (or does not break) clients. */
export const RULES = {
  // Operations (operations.ts)
  "operation-removed": "Calls to it now fail (404/405), and the generated client no longer has the path, so calling code stops compiling.",
  "operation-id-changed": "The generated `operations[...]` type and the client's scope map are keyed by operationId; code that names the old id stops compiling.",
  "path-changed": "Requests go to a URL the server no longer serves, and the generated client's path key changed.",
  "path-param-removed": "The path lost a parameter: old URLs no longer match, and `params.path` in calling code no longer type-checks.",
  "path-param-added": "Every call must now supply a path parameter that calling code does not pass.",
  "path-param-renamed": "The wire URL is the same, but the generated client's path key and `params.path` name changed, so calling code stops compiling.",
  // Parameters (parameters.ts)
  "param-removed": "Clients that send it no longer type-check against the generated client, and the server ignores or rejects it.",
  "param-renamed": "Clients keep sending the old name, which the server no longer reads, and their code stops compiling.",
  "param-became-required": "Existing calls that omit it are now invalid and will be rejected.",
  "required-param-added": "Existing calls do not send it, so they are now invalid and will be rejected.",
  // Request bodies and schemas (bodies.ts, schemas.ts): a request breaks when the server accepts less.
  "request-body-removed": "Clients still send a body the operation no longer declares.",
  "request-body-required": "Existing calls that send no body are now invalid.",
  "request-media-type-removed": "Clients keep sending a Content-Type the server no longer accepts.",
  "request-property-removed": "Clients that send it no longer compile against the generated types, and the server may reject it.",
  "request-property-required": "Existing requests that omit the property are now invalid.",
  "request-type-changed": "Values clients send today have the wrong type for the new schema.",
  "request-enum-narrowed": "Values clients send today are no longer accepted.",
  "request-nullable-removed": "Clients that send null are now rejected.",
  "request-constraint-narrowed": "Values that were valid before now fail validation.",
  "request-variant-removed": "Clients sending that shape of the union are now rejected.",
  // Responses (bodies.ts, schemas.ts): a response breaks when clients stop getting what they rely on.
  "success-status-removed": "Clients that branch on that status (or read its body) no longer get what they handle.",
  "response-media-type-removed": "Clients asking for that media type (Accept) no longer get it.",
  "response-property-removed": "Client code reading the property gets undefined, and the generated type no longer has it.",
  "response-property-optional": "Clients rely on the property always being present; it may now be missing.",
  "response-type-changed": "Clients parse and type the value as the old type.",
  "response-enum-widened": "Clients typed against the old union (exhaustive switches) receive a value they do not know.",
  "response-nullable-added": "Clients that read the value without a null check now get null.",
  "response-variant-added": "Clients switching on the union's variants receive a shape they do not know.",
  // Security (security.ts)
  "scope-added": "Tokens issued with the old scopes are now refused (403 insufficient_scope).",
  "security-added": "The operation was callable without a token; existing unauthenticated callers now get 401.",
  "security-scheme-changed": "Clients authenticate with a scheme the operation no longer accepts.",
  // Notes: printed, never failing.
  "error-status-removed": "Not breaking: the server may still send any error status, and clients handle unlisted errors generically.",
} as const;

/** The id of a rule, e.g. `param-removed`. */
export type RuleId = keyof typeof RULES;

/** Whether a finding fails the gate or is only reported. */
export type Severity = "breaking" | "note";

/** One detected change: where it is, what changed, and why it matters to clients. */
export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** `METHOD /path` as written in the base spec (the operation clients call today). */
  readonly operation: string;
  /** The base operationId, or null when the operation has none. */
  readonly operationId: string | null;
  /** Where in the operation: `query parameter count`, `request body application/json $.name`, …; empty for the whole operation. */
  readonly location: string;
  /** What changed, in a sentence. */
  readonly message: string;
  /** Why it breaks clients (or why it does not, for a note). */
  readonly why: string;
}

/** The operation a finding belongs to, as rule modules know it. */
export interface OperationRef {
  readonly method: string;
  readonly path: string;
  readonly operationId: string | null;
}

/** Collects findings as rule modules walk two specs. */
export class Findings {
  readonly items: Finding[] = [];

  /** Records a breaking change. */
  breaking(rule: RuleId, op: OperationRef, location: string, message: string): void {
    this.add(rule, "breaking", op, location, message);
  }

  /** Records a change worth printing that does not fail the gate. */
  note(rule: RuleId, op: OperationRef, location: string, message: string): void {
    this.add(rule, "note", op, location, message);
  }

  private add(rule: RuleId, severity: Severity, op: OperationRef, location: string, message: string): void {
    this.items.push({
      rule,
      severity,
      operation: `${op.method.toUpperCase()} ${op.path}`,
      operationId: op.operationId,
      location,
      message,
      why: RULES[rule],
    });
  }
}
