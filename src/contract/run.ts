/**
 * The run itself: reads first (reference lists, searches, then whatever their ids open up), then,
 * with writes allowed, the lifecycle on throwaway records — create, read again, update, delete.
 * Ids travel in frames (`{ EntityId, AddressId }`, with where they came from); a write only ever
 * uses ids of records this run created.
 */
import type { EntityManagementClient } from "../index.js";
import { buildBody, examplesFor, readBody, type BodySources, type BuiltBody } from "./bodies.js";
import { attempt, type Attempt } from "./call.js";
import type { Plan } from "./plan.js";
import type { ContractOperation, OperationKind, SpecModel } from "./spec-model.js";
import type { Finding, OperationResult, Outcome, SkipReason } from "./types.js";

/** Ids for path parameters, and where they came from: a create of this run, a list or search, or the caller. */
interface Frame {
  readonly values: Readonly<Record<string, string>>;
  readonly origin: "created" | "listed" | "given";
}

/** A record this run created, for the lifecycle and the clean-up. */
export interface CreatedRecord {
  readonly operationId: string;
  readonly param: string;
  readonly values: Readonly<Record<string, string>>;
  readonly body: unknown;
  state: "live" | "deleted" | "retired";
}

/** What a run needs. */
export interface RunSettings {
  readonly model: SpecModel;
  readonly client: EntityManagementClient;
  readonly plan: Plan;
  readonly granted: ReadonlyMap<string, boolean>;
  readonly writes: boolean;
  readonly given: Readonly<Record<string, string>>;
  readonly pageSize: number;
  readonly marker: string;
  readonly onSettled: (result: OperationResult) => void;
}

const phases: readonly (readonly OperationKind[])[] = [["read"], ["create", "set"], ["read"], ["update"], ["delete"]];
const severity: readonly Outcome[] = ["missing", "forbidden", "drift", "error", "conformant"];
const triesPerPass = 3;

/** One check of every planned operation; results, challenged scopes and created records are read off it after {@link ContractRun.run}. */
export class ContractRun {
  readonly results = new Map<string, OperationResult>();
  /** Scope → operations whose 403 challenge named it. */
  readonly challenged = new Map<string, string[]>();
  readonly records: CreatedRecord[] = [];
  /** Requests that got an HTTP answer, and those that got none. */
  readonly counts = { answered: 0, unreachable: 0 };
  readonly #settings: RunSettings;
  readonly #frames: Frame[] = [];
  readonly #tried = new Map<string, Set<string>>();
  readonly #attempts = new Map<string, Attempt[]>();
  readonly #waiting = new Map<string, string>();
  readonly #references = new Map<string, readonly unknown[]>();
  readonly #sources: BodySources;

  constructor(settings: RunSettings) {
    this.#settings = settings;
    if (Object.keys(settings.given).length > 0) this.#frames.push({ values: settings.given, origin: "given" });
    this.#sources = {
      marker: settings.marker,
      created: (param) => this.records.filter((record) => record.param === param).map((record) => record.values[param] ?? ""),
      creatable: (param) => settings.model.operations.some((operation) => operation.kind === "create" && operation.yields === param),
      reference: (path) => {
        const active = (this.#references.get(path) ?? []).find((item) => isRecord(item) && typeof item["id"] === "string" && item["isActive"] !== false);
        return isRecord(active) ? String(active["id"]) : undefined;
      },
    };
  }

  /** Runs every phase; the caller cleans up `records` afterwards, whatever happened. */
  async run(): Promise<void> {
    for (const operation of this.#settings.model.operations) this.#skipUpFront(operation);
    for (const kinds of phases) await this.#phase(kinds);
    for (const operation of this.#settings.model.operations) if (!this.results.has(operation.info.operationId)) this.#settleUnchecked(operation);
  }

  /** One result per operation of the spec, in its order; prerequisites that ran but were not selected count as not selected. */
  reported(): OperationResult[] {
    return this.#settings.model.operations.flatMap((operation) => {
      const result = this.results.get(operation.info.operationId);
      if (!result) return [];
      if (this.#settings.plan.selected.has(operation.info.operationId)) return [result];
      const { status: _, ...rest } = result;
      return [{ ...rest, outcome: "skipped" as const, skip: { reason: "not-selected" as const, message: "not selected by --only" }, findings: [] }];
    });
  }

  #skipUpFront(operation: ContractOperation): void {
    const { plan, writes, granted, model, given } = this.#settings;
    const skip = (reason: SkipReason, message: string) => this.#settle(operation, { outcome: "skipped", skip: { reason, message }, findings: [] });
    if (!plan.planned.has(operation.info.operationId)) return skip("not-selected", "not selected by --only");
    if (operation.kind !== "read" && !writes) return skip("writes-not-allowed", "changes data: checked only with --allow-writes, on records this check creates");
    const refused = operation.info.scopes.filter((scope) => granted.get(scope) === false);
    if (refused.length > 0) return skip("scope-not-granted", `the authorization server does not grant ${refused.join(", ")} to this client`);
    const unsourced = operation.pathParams.filter((param) => given[param] === undefined && !model.operations.some((other) => other.yields === param));
    if (unsourced.includes("EnterpriseUserId")) return skip("no-enterprise-user", "needs an enterprise user: pass --enterprise-user <EnterpriseUserId>");
    if (unsourced.length > 0) skip("no-id", `no operation of the spec gives ${unsourced.join(", ")}`);
  }

  async #phase(kinds: readonly OperationKind[]): Promise<void> {
    for (let progress = true; progress;) {
      progress = false;
      for (const operation of this.#settings.model.operations) {
        if (!kinds.includes(operation.kind) || this.results.has(operation.info.operationId)) continue;
        if (await this.#check(operation)) progress = true;
      }
    }
  }

  // Tries the operation with up to three untried sets of ids; true when it sent anything.
  async #check(operation: ContractOperation): Promise<boolean> {
    const id = operation.info.operationId;
    const tried = this.#tried.get(id) ?? new Set<string>();
    this.#tried.set(id, tried);
    let sent = false;
    for (const frame of this.#candidates(operation, tried).slice(0, triesPerPass)) {
      const bodies = this.#bodies(operation);
      const waiting = bodies.find((built): built is { waitingFor: string } => built !== undefined && "waitingFor" in built);
      if (waiting) {
        this.#waiting.set(id, waiting.waitingFor);
        return sent;
      }
      tried.add(frameKey(frame.values));
      const invalid = bodies.find((built): built is { invalid: readonly Finding[] } => built !== undefined && "invalid" in built);
      if (invalid) {
        const message = "the request body built from the spec's example does not match the spec's own request schema: fix the example";
        this.#settle(operation, { outcome: "error", findings: [{ where: "request.body", rule: "example", message }, ...invalid.invalid] });
        return true;
      }
      let last: Attempt | undefined;
      for (const built of bodies) {
        last = await this.#send(operation, frame, built && "body" in built ? built.body : undefined);
        sent = true;
      }
      if (last && this.#productive(operation, last)) break;
    }
    this.#settleAttempts(operation);
    return sent;
  }

  #candidates(operation: ContractOperation, tried: ReadonlySet<string>): Frame[] {
    if (operation.pathParams.length === 0) return tried.has("") ? [] : [{ values: {}, origin: "listed" }];
    const writes = operation.kind !== "read";
    const seen = new Set(tried);
    const candidates: Frame[] = [];
    const ordered = [...this.#frames].sort((a, b) => rank(a) - rank(b));
    for (const frame of ordered) {
      if (writes && frame.origin !== "created") continue;
      if (!operation.pathParams.every((param) => frame.values[param] !== undefined)) continue;
      const values = Object.fromEntries(operation.pathParams.map((param) => [param, frame.values[param] ?? ""]));
      const key = frameKey(values);
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({ values, origin: frame.origin });
    }
    return candidates;
  }

  // One body per example for creates (an entity of each kind), one for other writes, the search filter for reads.
  #bodies(operation: ContractOperation): (BuiltBody | undefined)[] {
    const { model } = this.#settings;
    if (!operation.requestBody) return [undefined];
    if (operation.kind === "read") return [readBody(model, operation, this.#sources)];
    const examples = examplesFor(model, operation);
    if (examples.length === 0) return [{ waitingFor: "a request example in the spec" }];
    return (operation.kind === "create" ? examples : examples.slice(0, 1)).map((example) => buildBody(model, operation, example, this.#sources));
  }

  async #send(operation: ContractOperation, frame: Frame, body: unknown): Promise<Attempt> {
    const { model, client, pageSize } = this.#settings;
    const query = operation.query.some((parameter) => parameter.name === "count") ? { count: pageSize } : {};
    const result = await attempt(model, client, operation, { path: frame.values, query, ...(body === undefined ? {} : { body }) }, frame.origin !== "given");
    const id = operation.info.operationId;
    this.#attempts.set(id, [...(this.#attempts.get(id) ?? []), result]);
    if (result.unreachable) this.counts.unreachable += 1;
    else if (result.status !== undefined) this.counts.answered += 1;
    for (const scope of result.challenged ?? []) this.challenged.set(scope, [...new Set([...(this.challenged.get(scope) ?? []), id])]);
    if (result.status !== undefined && result.status >= 200 && result.status < 300) this.#learn(operation, frame, body, result);
    return result;
  }

  // Takes ids from a successful answer, and follows the state of the records this run created.
  #learn(operation: ContractOperation, frame: Frame, body: unknown, result: Attempt): void {
    const answer = isRecord(result.body) ? result.body : {};
    const target = this.records.find((record) => operation.pathParams.at(-1) === record.param && record.values[record.param] === frame.values[record.param]);
    if (operation.kind === "read" && operation.itemsKey) {
      const items = Array.isArray(answer[operation.itemsKey]) ? (answer[operation.itemsKey] as unknown[]) : [];
      if (!operation.yields) this.#references.set(operation.info.path, items);
      const ids = items.map((item) => (isRecord(item) ? item["id"] : undefined)).filter((value): value is string => typeof value === "string" && value !== "");
      for (const value of ids.slice(0, triesPerPass)) if (operation.yields) this.#frames.push({ values: { ...frame.values, [operation.yields]: value }, origin: "listed" });
    } else if (operation.kind === "create" && operation.yields && typeof answer["id"] === "string" && answer["id"] !== "") {
      const values = { ...frame.values, [operation.yields]: answer["id"] };
      this.#frames.push({ values, origin: "created" });
      this.records.push({ operationId: operation.info.operationId, param: operation.yields, values, body, state: "live" });
    } else if (operation.kind === "update" && target && isRecord(body) && body["status"] === "inactive") target.state = "retired";
    else if (operation.kind === "delete" && target) target.state = "deleted";
  }

  // A 404 for this id, or a list with nothing in it: worth trying the next id.
  #productive(operation: ContractOperation, result: Attempt): boolean {
    if (result.skip === "not-found") return false;
    if (operation.kind !== "read" || !operation.yields || result.outcome !== "conformant") return true;
    const items = isRecord(result.body) ? result.body[operation.itemsKey ?? ""] : undefined;
    return Array.isArray(items) && items.length > 0;
  }

  #settleAttempts(operation: ContractOperation): void {
    const attempts = this.#attempts.get(operation.info.operationId) ?? [];
    const answered = attempts.filter((result) => result.outcome !== "skipped");
    if (answered.length === 0) {
      if (attempts.some((result) => result.skip === "scope-not-granted")) {
        this.#settle(operation, { outcome: "skipped", skip: { reason: "scope-not-granted", message: "the token was not granted the operation's scope" }, findings: [] });
      }
      return; // Only 404s so far: other ids may still turn up.
    }
    const worst = severity.find((outcome) => answered.some((result) => result.outcome === outcome)) ?? "conformant";
    const findings = new Map<string, Finding>();
    for (const finding of answered.flatMap((result) => result.findings)) findings.set(`${finding.where}|${finding.rule}`, finding);
    const status = answered.find((result) => result.outcome === worst)?.status;
    this.#settle(operation, { outcome: worst, ...(status === undefined ? {} : { status }), findings: [...findings.values()] });
  }

  #settleUnchecked(operation: ContractOperation): void {
    const id = operation.info.operationId;
    if ((this.#attempts.get(id) ?? []).length > 0) {
      return this.#settle(operation, { outcome: "skipped", skip: { reason: "not-found", message: "answered 404 (not found) for every id tried" }, findings: [] });
    }
    const waiting = this.#waiting.get(id);
    const message = waiting ? `its request body needs ${waiting}` : this.#missingIds(operation);
    this.#settle(operation, { outcome: "skipped", skip: { reason: "no-id", message }, findings: [] });
  }

  #missingIds(operation: ContractOperation): string {
    const writes = operation.kind !== "read";
    const missing = operation.pathParams.filter((param) => !this.#frames.some((frame) => frame.values[param] !== undefined && (!writes || frame.origin === "created")));
    const sources = missing.map((param) => {
      const producers = this.#settings.model.operations.filter((other) => other.yields === param && (!writes || other.kind === "create"));
      return `${param} comes from ${producers.map((producer) => `${producer.info.operationId} (${this.#describe(producer)})`).join(", ")}`;
    });
    return `no id to use${writes ? " among the records this run created" : ""}: ${sources.join("; ")}`;
  }

  #describe(operation: ContractOperation): string {
    const result = this.results.get(operation.info.operationId);
    if (!result) return "not run";
    if (result.outcome === "skipped") return `skipped: ${result.skip?.reason ?? ""}`;
    return result.outcome === "conformant" ? "answered no items" : result.outcome;
  }

  #settle(operation: ContractOperation, result: Pick<OperationResult, "outcome" | "findings"> & Partial<Pick<OperationResult, "skip" | "status">>): void {
    const { operationId, method, path, tags } = operation.info;
    const settled: OperationResult = { operationId, method, path, tags, evidence: operation.evidence, ...result };
    this.results.set(operationId, settled);
    if (this.#settings.plan.selected.has(operationId)) this.#settings.onSettled(settled);
  }
}

const rank = (frame: Frame): number => ({ created: 0, listed: 1, given: 2 })[frame.origin];
const frameKey = (values: Readonly<Record<string, string>>): string => JSON.stringify(Object.entries(values).sort());
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
