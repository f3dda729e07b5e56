/**
 * `checkContract`: confronts the spec with a live API (or the sandbox) through this package's own
 * client and token source, and answers a report of schema-level facts.
 */
import { createEntityManagementClient, InvalidOptionsError, type EntityManagementClient } from "../index.js";
import { isLoopbackHost } from "../utils/is-loopback.js";
import { cleanUp } from "./cleanup.js";
import { ContractCheckError } from "./errors.js";
import { planOperations } from "./plan.js";
import { summarize } from "./report.js";
import { ContractRun } from "./run.js";
import { probeScope, probeScopes } from "./scopes.js";
import { loadSpecModel } from "./spec-model.js";
import type { CleanupStep, ContractCheckOptions, ContractReport, ContractTarget, ScopeResult } from "./types.js";

/**
 * Checks every operation of the spec against the target: read-only unless `allowWrites`, ids
 * chained from lists and searches, every answer validated against the bundled spec, scopes probed
 * at the authorization server. Rejects with {@link ContractCheckError} when it cannot run at all.
 * @example
 * const report = await checkContract({ target: { baseUrl, institutionUniversalId, auth: clientCredentials({ issuer, clientId, privateKey }) } });
 * expect(report.summary.newFindings).toBe(0);
 */
export async function checkContract(options: ContractCheckOptions): Promise<ContractReport> {
  const { target } = options;
  const checkedAt = (options.now ?? (() => new Date()))();
  const baseUrl = institutionUrl(target);
  const writes = writesAllowed(target, options.allowWrites);
  const model = await loadSpecModel();
  const plan = planOperations(model, options.only);
  const client = connect(options);
  const granted = await probeScopes(target.auth, model.declaredScopes);

  const marker = `contract-check ${checkedAt.toISOString().replace(/\.\d{3}Z$/, "Z")}`;
  const run = new ContractRun({
    model,
    client,
    plan,
    granted,
    writes,
    given: options.enterpriseUserId === undefined ? {} : { EnterpriseUserId: options.enterpriseUserId },
    pageSize: options.pageSize ?? 5,
    marker,
    onSettled: (() => {
      let settled = 0;
      return (result) => options.onResult?.(result, ++settled, plan.selected.size);
    })(),
  });
  let cleanup: CleanupStep[] = [];
  try {
    await run.run();
  } finally {
    // Also after a failure half-way: the throwaway records must not outlive the run.
    if (writes) cleanup = await cleanUp(model, client, run.records, marker);
  }
  if (run.counts.answered === 0 && run.counts.unreachable > 0) {
    throw new ContractCheckError("CONTRACT_CONNECTION", `The API at ${baseUrl} gave no HTTP answer to any request: check ENTITY_SERVICES_BASE_URL and connectivity.`);
  }

  const scopes: ScopeResult[] = model.declaredScopes.map((scope) => ({ scope, granted: granted.get(scope) ?? null, declared: true, askedForBy: run.challenged.get(scope) ?? [] }));
  const anchor = model.declaredScopes.find((scope) => granted.get(scope));
  for (const [scope, askedForBy] of run.challenged) {
    // A scope only the API named: whether the authorization server grants it tells if it is the real name.
    if (!model.declaredScopes.includes(scope)) scopes.push({ scope, granted: await probeScope(target.auth, scope, anchor).catch(() => null), declared: false, askedForBy });
  }
  const operations = run.reported();
  return {
    target: { baseUrl, institutionUniversalId: target.institutionUniversalId, kind: target.sandbox ? "sandbox" : "live" },
    specVersion: model.specVersion,
    checkedAt: checkedAt.toISOString(),
    writes,
    summary: summarize(operations),
    operations,
    scopes,
    cleanup,
  };
}

// Refused before any request: writes against a real institution need its id repeated, a deliberate act.
function writesAllowed(target: ContractTarget, allowWrites: boolean | string | undefined): boolean {
  if (allowWrites === undefined || allowWrites === false) return false;
  if (allowWrites === true) {
    if (target.sandbox) return true;
    throw new ContractCheckError("CONTRACT_WRITES_REFUSED", "Writes against anything but the sandbox need the target's institution id: --allow-writes=<InstitutionUniversalId>.");
  }
  if (allowWrites.toLowerCase() !== target.institutionUniversalId.toLowerCase()) {
    throw new ContractCheckError(
      "CONTRACT_WRITES_REFUSED",
      `--allow-writes=${allowWrites} is not the target's institution (${target.institutionUniversalId}): no request was sent.`,
    );
  }
  return true;
}

function institutionUrl(target: ContractTarget): string {
  const root = target.baseUrl ?? `https://${target.host ?? "digital.garden-fi.com"}/a/api/entity-svcs/v1`;
  let url: URL;
  try {
    url = new URL(root);
  } catch {
    throw new ContractCheckError("CONTRACT_USAGE", `The base URL is not a URL: "${root}".`);
  }
  if (target.sandbox && !isLoopbackHost(url.hostname)) throw new ContractCheckError("CONTRACT_USAGE", `A sandbox target must be on loopback; ${url.host} is not.`);
  return `${url.href.replace(/\/+$/, "")}/${target.institutionUniversalId}`;
}

function connect(options: ContractCheckOptions): EntityManagementClient {
  const { target } = options;
  try {
    return createEntityManagementClient({
      institutionUniversalId: target.institutionUniversalId,
      auth: target.auth,
      userAgent: "contract-check",
      ...(target.baseUrl === undefined ? {} : { baseUrl: target.baseUrl }),
      ...(target.host === undefined ? {} : { host: target.host }),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      ...(options.retry === undefined ? {} : { retry: options.retry }),
    });
  } catch (error) {
    if (error instanceof InvalidOptionsError) throw new ContractCheckError("CONTRACT_USAGE", error.message);
    throw error;
  }
}
