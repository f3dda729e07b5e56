/**
 * `entity-management-client/contract`: checks the spec against a live Entity Services API (or
 * the sandbox) through this package's client, as `npm run check:contract` does, from code — e.g.
 * inside a vitest suite. Needs the optional peers `openapi-backend` and `ajv-formats`.
 */
export { checkContract } from "./check.js";
export { ContractCheckError, type ContractCheckErrorCode } from "./errors.js";
export { applyBaseline, createBaseline, exitStatus, parseBaseline, type Baseline, type BaselineEntry } from "./report.js";
export { formatFinding, formatJunit, formatResult, formatSummary } from "./format.js";
export type { CleanupStep, ContractCheckOptions, ContractReport, ContractSummary, ContractTarget, Finding, OperationResult, Outcome, ScopeResult, SkipReason } from "./types.js";
