/**
 * The contract check's report. Everything in it is a schema-level fact: an operationId, a path
 * template, a status, a media type, a JSON Schema type or keyword, a property path with array
 * indexes, a scope name. Never a value from a response (customer data), never a token or secret.
 */
import type { RetryPolicy, TokenSource } from "../index.js";

/** How one operation fared. */
export type Outcome = "conformant" | "drift" | "missing" | "forbidden" | "skipped" | "error";

/** Why an operation was not checked. */
export type SkipReason = "writes-not-allowed" | "no-id" | "not-found" | "scope-not-granted" | "no-enterprise-user" | "not-selected" | "no-request-body";

/** One way an answer differed from the spec. */
export interface Finding {
  /** Where: `status`, `header content-type`, `response.body/entities/0/birthDate`, `request`. */
  readonly where: string;
  /** A stable machine name of the check that failed: a JSON Schema keyword (`type`, `required`), or `status`, `media-type`, `route`, `scope`, `error:<CODE>`. */
  readonly rule: string;
  /** What was wrong, in words; schema-level facts only. */
  readonly message: string;
  /** What the spec says (a type, a status list, a media type, a scope name). */
  readonly expected?: string;
  /** What the API did, as a schema-level fact (a type, a status, a media type, a scope name). */
  readonly observed?: string;
  /** How many array items had the same finding (only the first one's path is given). */
  readonly occurrences?: number;
  /** Set by {@link applyBaseline}: the finding is in the baseline and does not fail the run. */
  readonly accepted?: boolean;
}

/** The result for one operation of the spec. */
export interface OperationResult {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly tags: readonly string[];
  /** The spec's `x-evidence` for the operation (`confirmed`, `inferred`, `observed`). */
  readonly evidence: string;
  readonly outcome: Outcome;
  /** For `skipped`: why, as a code and in words. */
  readonly skip?: { readonly reason: SkipReason; readonly message: string };
  /** The status the API answered with, when it answered. */
  readonly status?: number;
  readonly findings: readonly Finding[];
}

/** What the authorization server and the API said about one scope. */
export interface ScopeResult {
  readonly scope: string;
  /** Whether the authorization server grants it to this client; `null` when it could not be asked. */
  readonly granted: boolean | null;
  /** Whether the spec declares it (`false` for a scope only a 403 challenge named). */
  readonly declared: boolean;
  /** Operations whose 403 challenge asked for this scope. */
  readonly askedForBy: readonly string[];
}

/** What cleaning up after a write run did for one record the check created. */
export interface CleanupStep {
  /** The operation used (a delete, or a replace that retires the record), or the create op when nothing could remove it. */
  readonly operationId: string;
  readonly outcome: "deleted" | "retired" | "failed" | "left";
  readonly message: string;
}

/** Counts per outcome, and of findings. */
export interface ContractSummary {
  readonly operations: number;
  readonly conformant: number;
  readonly drift: number;
  readonly missing: number;
  readonly forbidden: number;
  readonly skipped: number;
  readonly error: number;
  /** Findings not accepted by the baseline: these fail the run. */
  readonly newFindings: number;
  /** Findings the baseline accepts. */
  readonly acceptedFindings: number;
}

/** The whole report: what `--json` writes. */
export interface ContractReport {
  readonly target: {
    /** The institution's base URL the check called (service root + institution id). */
    readonly baseUrl: string;
    readonly institutionUniversalId: string;
    /** `sandbox` for the project's own sandbox, `live` for anything else. */
    readonly kind: "sandbox" | "live";
  };
  readonly specVersion: string;
  /** When the check ran (ISO 8601). */
  readonly checkedAt: string;
  /** Whether writes were allowed. */
  readonly writes: boolean;
  readonly summary: ContractSummary;
  readonly operations: readonly OperationResult[];
  readonly scopes: readonly ScopeResult[];
  readonly cleanup: readonly CleanupStep[];
}

/** The API to check. */
export interface ContractTarget {
  /** The service root up to the version, e.g. `https://bank.example/a/api/entity-svcs/v1`; or give `host`. */
  readonly baseUrl?: string;
  /** The institution's digital host, when `baseUrl` is not given. */
  readonly host?: string;
  readonly institutionUniversalId: string;
  /** Where tokens come from, e.g. `clientCredentials({ issuer, clientId, privateKey })`; scopes are probed through it. */
  readonly auth: TokenSource;
  /** The project's own sandbox (loopback only): `allowWrites: true` suffices, and its results are never evidence. */
  readonly sandbox?: boolean;
}

/** Options of {@link checkContract}. */
export interface ContractCheckOptions {
  readonly target: ContractTarget;
  /**
   * Send operations that change data, on throwaway records. Against anything but the sandbox, pass
   * the target's institution id (a deliberate repeat); a mismatch is refused before any request.
   * @default false
   */
  readonly allowWrites?: boolean | string;
  /** Check only these operationIds or tags (their prerequisites still run, unreported). */
  readonly only?: readonly string[];
  /** The enterprise user for abilities and entitlements. */
  readonly enterpriseUserId?: string;
  /** Page size of searches: few records is enough to check the shape. @default 5 */
  readonly pageSize?: number;
  /** Called as each operation is settled, for progress output. */
  readonly onResult?: (result: OperationResult, settled: number, total: number) => void;
  /** Budget of each call in ms. @default 30000 */
  readonly timeoutMs?: number;
  /** Retry policy of the client. @default the client's */
  readonly retry?: RetryPolicy | false;
  /** The clock for `checkedAt` and the test-data marker. @default () => new Date() */
  readonly now?: () => Date;
}
