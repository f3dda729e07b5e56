/**
 * One request through the package's own client, and what its answer means for the contract:
 * conformant, drift, missing route, forbidden (with the scope the challenge named), not found,
 * or an error that kept it from being checked. Error messages are the check's own: the client's
 * carry URLs, and those hold ids taken from responses.
 */
import { InsufficientScopeError, NetworkError, TimeoutError, EntityManagementError, type EntityManagementClient } from "../index.js";
import { checkAnswer, declaredResponse, declaredStatuses, type Answer } from "./response-check.js";
import { parseChallenge } from "./scopes.js";
import type { ContractOperation, SpecModel } from "./spec-model.js";
import type { Finding, Outcome } from "./types.js";

/** What to send. */
export interface CallRequest {
  readonly path: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly body?: unknown;
}

/** One request's result, before it is merged into the operation's result. */
export interface Attempt {
  readonly outcome: Outcome;
  /** With `skipped`: a 404 saying the record does not exist (worth trying other ids), or a token without the scope. */
  readonly skip?: "not-found" | "scope-not-granted";
  readonly status?: number;
  readonly findings: readonly Finding[];
  /** The parsed success body, to take ids from; never reported. */
  readonly body?: unknown;
  /** Scopes a 403 challenge named. */
  readonly challenged?: readonly string[];
  /** The request never got an HTTP answer. */
  readonly unreachable?: boolean;
}

type LooseCall = (path: string, init: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * Sends `request` and judges the answer. `idsFromApi`: the path's ids were given by the API
 * itself, so a 404 on an item route means the route is missing, not the record.
 */
export async function attempt(model: SpecModel, client: EntityManagementClient, operation: ContractOperation, request: CallRequest, idsFromApi: boolean): Promise<Attempt> {
  // The one place the check calls a path that is not a literal type: the operation comes from the spec at run time.
  const send = (client as unknown as Record<string, LooseCall>)[operation.info.method] as LooseCall;
  let answer: Answer;
  try {
    const { data, error, response } = await send.call(client, operation.info.path, {
      params: { path: request.path, query: request.query },
      ...(request.body === undefined ? {} : { body: request.body }),
      parseAs: "text",
    });
    const raw = response.ok ? data : error;
    answer = { status: response.status, headers: response.headers, text: raw === undefined ? "" : typeof raw === "string" ? raw : JSON.stringify(raw) };
  } catch (error) {
    return failed(error);
  }
  return judge(model, operation, answer, idsFromApi);
}

function judge(model: SpecModel, operation: ContractOperation, answer: Answer, idsFromApi: boolean): Attempt {
  const { status } = answer;
  const findings = checkAnswer(model, operation, answer);
  const declared = declaredResponse(operation, status) !== undefined;
  const finding = (rule: string, message: string, expected: string): Finding => ({ where: "status", rule, message, expected, observed: String(status) });
  if (status >= 200 && status < 300 && declared) return { outcome: findings.length > 0 ? "drift" : "conformant", status, findings, ...successBody(answer) };
  if (status === 403) return forbidden(operation, answer, findings);
  if (!declared && [404, 405, 501].includes(status))
    return { outcome: "missing", status, findings: [finding("route", "the route does not exist on the API", declaredStatuses(operation))] };
  if (!declared) return { outcome: status >= 500 || status === 429 ? "error" : "drift", status, findings };
  if (status === 404) {
    // A router's 404 (not the API's problem document), or 404 for an id the API itself gave: the route is missing.
    if (findings.length > 0 || (idsFromApi && operation.info.path.endsWith("}"))) {
      return {
        outcome: "missing",
        status,
        findings: [
          finding(
            "route",
            findings.length > 0 ? "404 not in the API's declared form: the route is probably missing" : "404 for an id the API itself returned: the route is probably missing",
            "the declared success status",
          ),
          ...findings,
        ],
      };
    }
    return { outcome: "skipped", skip: "not-found", status, findings };
  }
  if (status === 400) {
    return {
      outcome: "drift",
      status,
      findings: [
        finding("request-refused", "the API refused a request built from the spec: the spec's request schema or parameters differ from what the API accepts", "a success status"),
        ...findings,
      ],
    };
  }
  if (status === 401)
    return {
      outcome: "error",
      status,
      findings: [finding("unauthenticated", "the API refused the access token, also a fresh one: check the audience and issuer it expects", "a success status"), ...findings],
    };
  return {
    outcome: "error",
    status,
    findings: [finding("not-checked", `answered ${status} (declared), so the success answer could not be checked`, "a success status"), ...findings],
  };
}

function forbidden(operation: ContractOperation, answer: Answer, findings: Finding[]): Attempt {
  const challenge = parseChallenge(answer.headers.get("www-authenticate"));
  const expected = operation.info.scopes.join(" ");
  const scopeFinding: Finding = challenge.insufficientScope
    ? {
        where: "header www-authenticate",
        rule: "scope",
        message: challenge.scopes.length > 0 ? "refused for scope: the challenge names the scope the API wants" : "refused for scope, but the challenge names no scope",
        expected,
        observed: challenge.scopes.join(" ") || "none named",
      }
    : { where: "status", rule: "forbidden", message: "403 without an insufficient_scope challenge: the client or user lacks a permission", expected, observed: "403" };
  return { outcome: "forbidden", status: 403, findings: [scopeFinding, ...findings], challenged: challenge.scopes };
}

function successBody(answer: Answer): { body?: unknown } {
  if (!/[/+]json\b/i.test(answer.headers.get("content-type") ?? "")) return {};
  try {
    return { body: JSON.parse(answer.text) as unknown };
  } catch {
    return {};
  }
}

// The client's messages name the URL, and its path holds ids from responses: only the code is reported.
function failed(error: unknown): Attempt {
  if (error instanceof InsufficientScopeError) {
    return { outcome: "skipped", skip: "scope-not-granted", findings: [] };
  }
  const code = error instanceof EntityManagementError ? error.code : "UNEXPECTED";
  const unreachable = error instanceof NetworkError || error instanceof TimeoutError;
  const message = unreachable
    ? "no HTTP answer (network failure or timeout)"
    : error instanceof EntityManagementError
      ? "the client refused or could not complete the call"
      : "the call failed unexpectedly";
  return { outcome: "error", findings: [{ where: "request", rule: `error:${code}`, message }], unreachable };
}
