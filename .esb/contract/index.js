import {
  AuthError,
  InsufficientScopeError,
  NetworkError,
  TimeoutError,
  createEntityManagementClient
} from "../chunk-D6O25QI6.js";
import {
  createSpecBackend
} from "../chunk-XV5I3EUA.js";
import {
  operations
} from "../chunk-GREIS4CQ.js";
import {
  isLoopbackHost
} from "../chunk-FQJDD2EQ.js";
import "../chunk-DYKYEZKB.js";
import {
  EntityManagementError,
  InvalidOptionsError
} from "../chunk-HUATZ5KV.js";

// src/contract/schema-findings.ts
function schemaFindings(names, root, errors, data, prefix) {
  const byKey = /* @__PURE__ */ new Map();
  for (const error of errors) {
    const finding = describe(names, root, error, data, prefix);
    const key = `${finding.where.replace(/\/\d+(?=\/|$)/g, "/*")}|${finding.rule}`;
    const seen = byKey.get(key);
    byKey.set(key, seen ? { ...seen, occurrences: (seen.occurrences ?? 1) + 1 } : finding);
  }
  return [...byKey.values()];
}
function describe(names, root, error, data, prefix) {
  const segments = pointerSegments(error.instancePath);
  const at = valueAt(data, segments);
  const schema = schemaAt(root, error.schemaPath);
  const branch = branchOf(names, root, error.schemaPath);
  const suffix = branch ? ` (${branch})` : "";
  const where = (child) => `${prefix}${[...segments, ...child === void 0 ? [] : [child]].map((segment) => `/${safeSegment(names, segment)}`).join("")}`;
  const params = error.params;
  switch (error.keyword) {
    case "type":
      return { where: where(), rule: "type", message: `must be ${String(params["type"])}${suffix}`, expected: String(params["type"]), observed: jsonType(at) };
    case "required":
      return { where: where(String(params["missingProperty"])), rule: "required", message: `required property is missing${suffix}`, expected: "present", observed: "absent" };
    case "additionalProperties":
      return {
        where: where(),
        rule: "additionalProperties",
        message: `has a property the schema does not declare${suffix}`,
        expected: "declared properties only",
        observed: "an undeclared property"
      };
    case "enum":
      return {
        where: where(),
        rule: "enum",
        message: `is not one of the declared values${suffix}`,
        expected: params["allowedValues"].map(String).join(", "),
        observed: `another ${jsonType(at)}`
      };
    case "const":
      return { where: where(), rule: "const", message: `is not the declared constant${suffix}`, expected: String(params["allowedValue"]), observed: `another ${jsonType(at)}` };
    case "format":
      return { where: where(), rule: "format", message: `is not a valid ${String(params["format"])}${suffix}`, expected: String(params["format"]), observed: "another format" };
    case "pattern":
      return { where: where(), rule: "pattern", message: `does not match the declared pattern${suffix}`, expected: String(params["pattern"]), observed: "no match" };
    case "discriminator":
      return {
        where: where(String(params["tag"])),
        rule: "discriminator",
        message: `selects none of the declared types: the discriminator is missing, not a string or unknown${suffix}`,
        expected: discriminatorValues(schema, String(params["tag"])).join(", "),
        observed: at !== null && typeof at === "object" && typeof at[String(params["tag"])] === "string" ? "an undeclared value" : "absent or not a string"
      };
    case "oneOf":
    case "anyOf":
      return {
        where: where(),
        rule: error.keyword,
        message: `matches ${params["passingSchemas"] ? "more than one" : "none"} of the declared alternatives`,
        expected: error.keyword,
        observed: jsonType(at)
      };
    default:
      return limitFinding(error.keyword, params, where(), suffix, at);
  }
}
var limits = {
  maxLength: ["limit", "is longer than", "longer"],
  minLength: ["limit", "is shorter than", "shorter"],
  maximum: ["limit", "is above", "above"],
  minimum: ["limit", "is below", "below"],
  exclusiveMaximum: ["limit", "is not below", "not below"],
  exclusiveMinimum: ["limit", "is not above", "not above"],
  maxItems: ["limit", "has more items than", "more items"],
  minItems: ["limit", "has fewer items than", "fewer items"],
  multipleOf: ["multipleOf", "is not a multiple of", "not a multiple"]
};
function limitFinding(keyword, params, where, suffix, at) {
  const limit = limits[keyword];
  if (!limit) return { where, rule: keyword, message: `fails the schema's "${keyword}" rule${suffix}`, expected: keyword, observed: jsonType(at) };
  const [param, words, observed] = limit;
  return { where, rule: keyword, message: `${words} ${String(params[param])}${suffix}`, expected: `${keyword} ${String(params[param])}`, observed };
}
function jsonType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value === "undefined" ? "absent" : typeof value;
}
function pointerSegments(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function safeSegment(names, segment) {
  return /^\d+$/.test(segment) || names.propertyNames.has(segment) ? segment.replace(/~/g, "~0").replace(/\//g, "~1") : "*";
}
function valueAt(data, segments) {
  let node = data;
  for (const segment of segments) node = typeof node === "object" && node !== null ? node[segment] : void 0;
  return node;
}
function schemaAt(root, schemaPath) {
  let node = root;
  for (const segment of pointerSegments(schemaPath.replace(/^#/, "")).slice(0, -1))
    node = typeof node === "object" && node !== null ? node[segment] : void 0;
  return typeof node === "object" && node !== null ? node : {};
}
function branchOf(names, root, schemaPath) {
  let node = root;
  let branch;
  const segments = pointerSegments(schemaPath.replace(/^#/, ""));
  segments.forEach((segment, index) => {
    node = typeof node === "object" && node !== null ? node[segment] : void 0;
    if (segments[index - 1] === "oneOf" && typeof node === "object" && node !== null) branch = names.schemaNames.get(node) ?? branch;
  });
  return branch;
}
function discriminatorValues(schema, tag) {
  const branches = schema["oneOf"] ?? [];
  return branches.flatMap((branch) => branch["properties"]?.[tag]?.["enum"] ?? []).map(String);
}

// src/contract/response-check.ts
function declaredResponse(operation, status) {
  return operation.responses[String(status)] ?? operation.responses[`${Math.floor(status / 100)}XX`] ?? operation.responses["default"];
}
function declaredStatuses(operation) {
  return Object.keys(operation.responses).join(", ");
}
function mediaTypeOf(headers) {
  const value = headers.get("content-type");
  if (value === null) return "none";
  const essence = value.split(";")[0]?.trim().toLowerCase() ?? "";
  return /^[a-z0-9!#$&^_.+-]{1,64}\/[a-z0-9!#$&^_.+-]{1,64}$/.test(essence) ? essence : "invalid";
}
function checkAnswer(model, operation, answer) {
  const declared = declaredResponse(operation, answer.status);
  if (!declared) {
    return [
      {
        where: "status",
        rule: "status",
        message: `status ${answer.status} is not declared for this operation`,
        expected: declaredStatuses(operation),
        observed: String(answer.status)
      }
    ];
  }
  return [...headerFindings(model, declared, answer.headers), ...bodyFindings(model, declared, answer)];
}
function headerFindings(model, declared, headers) {
  return Object.entries(declared.headers ?? {}).flatMap(([name, header]) => {
    const value = headers.get(name);
    const where = `header ${name.toLowerCase()}`;
    if (value === null) return header.required ? [{ where, rule: "required", message: "required header is missing", expected: "present", observed: "absent" }] : [];
    if (!header.schema) return [];
    const validate = model.compileResponse(header.schema);
    if (validate(value)) return [];
    const keywords = [...new Set((validate.errors ?? []).map((error) => error.keyword))];
    return [
      {
        where,
        rule: keywords[0] ?? "schema",
        message: `does not match its declared schema (${keywords.join(", ")})`,
        expected: describeSchema(header.schema),
        observed: "another value"
      }
    ];
  });
}
function bodyFindings(model, declared, answer) {
  const content = declared.content ?? {};
  const media = Object.keys(content);
  const hasBody = answer.text.length > 0;
  const observedMedia = mediaTypeOf(answer.headers);
  if (media.length === 0) {
    return hasBody ? [{ where: "response.body", rule: "body", message: `status ${answer.status} declares no body, but one was sent`, expected: "no body", observed: observedMedia }] : [];
  }
  if (!hasBody)
    return [{ where: "response.body", rule: "body", message: `status ${answer.status} declares a body, but none was sent`, expected: media.join(", "), observed: "no body" }];
  const mediaType = media.find((type) => matchesMediaType(type, observedMedia));
  if (mediaType === void 0) {
    return [
      { where: "header content-type", rule: "media-type", message: `media type is not declared for status ${answer.status}`, expected: media.join(", "), observed: observedMedia }
    ];
  }
  const schema = content[mediaType]?.schema;
  if (!schema || !/[/+]json$/.test(observedMedia)) return [];
  let body;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return [{ where: "response.body", rule: "json", message: "is not valid JSON", expected: observedMedia, observed: "unparsable text" }];
  }
  const validate = model.compileResponse(schema);
  return validate(body) ? [] : schemaFindings(model, schema, validate.errors ?? [], body, "response.body");
}
function matchesMediaType(declared, observed) {
  const [type, subtype] = declared.toLowerCase().split("/");
  const [observedType] = observed.split("/");
  if (type === "*") return observed !== "none" && observed !== "invalid";
  return subtype === "*" ? type === observedType : declared.toLowerCase() === observed;
}
function describeSchema(schema) {
  const { type, format, maxLength } = schema;
  const parts = [type, typeof format === "string" && format !== "" && `format ${format}`, typeof maxLength === "number" && `maxLength ${maxLength}`];
  return parts.filter(Boolean).map(String).join(", ") || "its schema";
}

// src/contract/errors.ts
var ContractCheckError = class extends Error {
  /** Stable, machine-readable reason. */
  code;
  constructor(code, message) {
    super(message);
    this.name = "ContractCheckError";
    this.code = code;
  }
};

// src/contract/scopes.ts
async function probeScopes(auth, scopes) {
  try {
    const token = await auth.getToken(scopes);
    return new Map(scopes.map((scope) => [scope, token.scopes.includes(scope)]));
  } catch (error) {
    if (!isInvalidScope(error)) throw connectionError(error);
  }
  const granted = /* @__PURE__ */ new Map();
  for (const scope of scopes) granted.set(scope, await probeScope(auth, scope, [...granted].find(([, yes]) => yes)?.[0]));
  return granted;
}
async function probeScope(auth, scope, anchor) {
  try {
    return (await auth.getToken(anchor === void 0 ? [scope] : [scope, anchor])).scopes.includes(scope);
  } catch (error) {
    if (isInvalidScope(error)) return false;
    throw connectionError(error);
  }
}
var isInvalidScope = (error) => error instanceof AuthError && error.code === "AUTH_INVALID_SCOPE";
function connectionError(error) {
  if (!(error instanceof AuthError)) return new ContractCheckError("CONTRACT_CONNECTION", `Could not get a token: ${error instanceof Error ? error.name : typeof error}.`);
  const said = [error.status && `HTTP ${error.status}`, error.oauthError].filter(Boolean).join(", ");
  return new ContractCheckError(
    "CONTRACT_CONNECTION",
    `Could not get a token from the authorization server: ${error.code}${said ? ` (${said})` : ""}. ${advice[error.code] ?? "Check the issuer and the client's credentials."}`
  );
}
var advice = {
  AUTH_DISCOVERY_FAILED: "Check JH_ISSUER: it must serve /.well-known/openid-configuration.",
  AUTH_CLIENT_REJECTED: "Check JH_CLIENT_ID and its key or secret, and that the public key is registered.",
  AUTH_NETWORK: "Check connectivity to the authorization server.",
  AUTH_TIMEOUT: "The authorization server did not answer in time.",
  AUTH_INVALID_KEY: "Check the private key: an RSA key as PKCS#8 PEM.",
  AUTH_INSECURE_ISSUER: "Use an https:// issuer (http only on loopback)."
};
function parseChallenge(header) {
  let insufficientScope = false;
  const scopes = [];
  for (const match of (header ?? "").matchAll(/([A-Za-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,"]+))/g)) {
    const name = match[1]?.toLowerCase();
    const value = match[2] ?? match[3] ?? "";
    if (name !== "error" && name !== "scope") continue;
    if (name === "error") insufficientScope ||= value === "insufficient_scope";
    else scopes.push(...value.split(" ").filter((scope) => /^[\x21\x23-\x5B\x5D-\x7E]{1,128}$/.test(scope)));
  }
  return { insufficientScope, scopes: [...new Set(scopes)] };
}

// src/contract/call.ts
async function attempt(model, client, operation, request, idsFromApi) {
  const send = client[operation.info.method];
  let answer;
  try {
    const { data, error, response } = await send.call(client, operation.info.path, {
      params: { path: request.path, query: request.query },
      ...request.body === void 0 ? {} : { body: request.body },
      parseAs: "text"
    });
    const raw = response.ok ? data : error;
    answer = { status: response.status, headers: response.headers, text: raw === void 0 ? "" : typeof raw === "string" ? raw : JSON.stringify(raw) };
  } catch (error) {
    return failed(error);
  }
  return judge(model, operation, answer, idsFromApi);
}
function judge(model, operation, answer, idsFromApi) {
  const { status } = answer;
  const findings = checkAnswer(model, operation, answer);
  const declared = declaredResponse(operation, status) !== void 0;
  const finding = (rule, message, expected) => ({ where: "status", rule, message, expected, observed: String(status) });
  if (status >= 200 && status < 300 && declared) return { outcome: findings.length > 0 ? "drift" : "conformant", status, findings, ...successBody(answer) };
  if (status === 403) return forbidden(operation, answer, findings);
  if (!declared && [404, 405, 501].includes(status))
    return { outcome: "missing", status, findings: [finding("route", "the route does not exist on the API", declaredStatuses(operation))] };
  if (!declared) return { outcome: status >= 500 || status === 429 ? "error" : "drift", status, findings };
  if (status === 404) {
    if (findings.length > 0 || idsFromApi && operation.info.path.endsWith("}")) {
      return {
        outcome: "missing",
        status,
        findings: [
          finding(
            "route",
            findings.length > 0 ? "404 not in the API's declared form: the route is probably missing" : "404 for an id the API itself returned: the route is probably missing",
            "the declared success status"
          ),
          ...findings
        ]
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
        ...findings
      ]
    };
  }
  if (status === 401)
    return {
      outcome: "error",
      status,
      findings: [finding("unauthenticated", "the API refused the access token, also a fresh one: check the audience and issuer it expects", "a success status"), ...findings]
    };
  return {
    outcome: "error",
    status,
    findings: [finding("not-checked", `answered ${status} (declared), so the success answer could not be checked`, "a success status"), ...findings]
  };
}
function forbidden(operation, answer, findings) {
  const challenge = parseChallenge(answer.headers.get("www-authenticate"));
  const expected = operation.info.scopes.join(" ");
  const scopeFinding = challenge.insufficientScope ? {
    where: "header www-authenticate",
    rule: "scope",
    message: challenge.scopes.length > 0 ? "refused for scope: the challenge names the scope the API wants" : "refused for scope, but the challenge names no scope",
    expected,
    observed: challenge.scopes.join(" ") || "none named"
  } : { where: "status", rule: "forbidden", message: "403 without an insufficient_scope challenge: the client or user lacks a permission", expected, observed: "403" };
  return { outcome: "forbidden", status: 403, findings: [scopeFinding, ...findings], challenged: challenge.scopes };
}
function successBody(answer) {
  if (!/[/+]json\b/i.test(answer.headers.get("content-type") ?? "")) return {};
  try {
    return { body: JSON.parse(answer.text) };
  } catch {
    return {};
  }
}
function failed(error) {
  if (error instanceof InsufficientScopeError) {
    return { outcome: "skipped", skip: "scope-not-granted", findings: [] };
  }
  const code = error instanceof EntityManagementError ? error.code : "UNEXPECTED";
  const unreachable = error instanceof NetworkError || error instanceof TimeoutError;
  const message = unreachable ? "no HTTP answer (network failure or timeout)" : error instanceof EntityManagementError ? "the client refused or could not complete the call" : "the call failed unexpectedly";
  return { outcome: "error", findings: [{ where: "request", rule: `error:${code}`, message }], unreachable };
}

// src/contract/cleanup.ts
async function cleanUp(model, client, records, marker) {
  const steps = [];
  for (const record of [...records].reverse()) {
    if (record.state !== "live") continue;
    steps.push(await cleanUpRecord(model, client, record, marker));
  }
  return steps;
}
async function cleanUpRecord(model, client, record, marker) {
  const onItem = (kind) => model.operations.find((operation) => operation.kind === kind && operation.pathParams.at(-1) === record.param);
  const path = (operation) => Object.fromEntries(operation.pathParams.map((param) => [param, record.values[param] ?? ""]));
  const remove = onItem("delete");
  if (remove) {
    const result = await attempt(model, client, remove, { path: path(remove), query: {} }, true);
    const done = result.status !== void 0 && result.status >= 200 && result.status < 300;
    record.state = done ? "deleted" : record.state;
    return {
      operationId: remove.info.operationId,
      outcome: done ? "deleted" : "failed",
      message: done ? `deleted the ${record.param} created by ${record.operationId}` : failure(record, result.status, marker)
    };
  }
  const replace = onItem("update");
  const body = typeof record.body === "object" && record.body !== null ? { ...record.body, status: "inactive" } : void 0;
  if (replace?.requestBody && body && model.compileRequest(replace.requestBody.schema)(body)) {
    const result = await attempt(model, client, replace, { path: path(replace), query: {}, body }, true);
    const done = result.status !== void 0 && result.status >= 200 && result.status < 300;
    record.state = done ? "retired" : record.state;
    return {
      operationId: replace.info.operationId,
      outcome: done ? "retired" : "failed",
      message: done ? `retired the ${record.param} created by ${record.operationId} (status inactive)` : failure(record, result.status, marker)
    };
  }
  return { operationId: record.operationId, outcome: "left", message: `the spec has no way to delete or retire a ${record.param}; it concerns only records this run created` };
}
function failure(record, status, marker) {
  return `could not remove the ${record.param} created by ${record.operationId} (${status === void 0 ? "no answer" : `HTTP ${status}`}): remove it by hand; the entities of this run are named "${marker}"`;
}

// src/contract/bodies.ts
function examplesFor(model, operation) {
  if (!operation.requestBody) return [];
  if (operation.requestBody.examples.length > 0) return operation.requestBody.examples;
  const schema = operation.requestBody.schema;
  return model.operations.find((other) => other.requestBody?.schema === schema && other.requestBody.examples.length > 0)?.requestBody?.examples ?? [];
}
function readBody(model, operation, sources) {
  if (!operation.requestBody) return void 0;
  if (model.compileRequest(operation.requestBody.schema)({})) return { body: {} };
  const [example] = examplesFor(model, operation);
  return example === void 0 ? { waitingFor: "a request example in the spec" } : buildBody(model, operation, example, sources);
}
function buildBody(model, operation, example, sources) {
  const schema = operation.requestBody?.schema ?? {};
  const topLevel = /^\/[a-z-]+(\/\{[^{}]+\})?$/.test(operation.info.path);
  let waitingFor;
  const patch = (value, node, key) => {
    const reference = key === void 0 ? void 0 : bodyReference(key);
    if (reference && (typeof value === "string" || Array.isArray(value))) {
      if (sources.creatable(reference.param)) {
        const id = sources.created(reference.param)[reference.related ? 1 : 0];
        if (id === void 0) waitingFor ??= `${reference.related ? "two" : "a"} ${reference.param} created by this run`;
        return reference.plural ? id === void 0 ? [] : [id] : id;
      }
      const fromList = sources.reference(reference.listPath);
      return fromList === void 0 || reference.plural ? value : fromList;
    }
    if (Array.isArray(value)) return value.map((item) => patch(item, node?.["items"], void 0));
    if (typeof value === "object" && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([name, child]) => [name, patch(child, propertySchema(node, value, name), name)]));
    }
    if (topLevel && typeof value === "string" && node && isFreeText(node)) return sources.marker.slice(0, typeof node["maxLength"] === "number" ? node["maxLength"] : void 0);
    return value;
  };
  const body = patch(structuredClone(example), schema, void 0);
  if (waitingFor !== void 0) return { waitingFor };
  const validate = model.compileRequest(schema);
  return validate(body) ? { body } : { invalid: schemaFindings(model, schema, validate.errors ?? [], body, "request.body") };
}
function propertySchema(node, object, name) {
  const branches = node?.["oneOf"] ?? (node ? [node] : []);
  const tag = node?.["discriminator"]?.propertyName;
  const branch = branches.find((candidate) => {
    const properties = candidate["properties"];
    const values = tag ? properties?.[tag]?.["enum"] : void 0;
    return values === void 0 || values.includes(object[tag ?? ""]);
  });
  return branch?.["properties"]?.[name];
}
function isFreeText(schema) {
  return schema["type"] === "string" && schema["format"] === void 0 && schema["pattern"] === void 0 && schema["enum"] === void 0 && (schema["maxLength"] === void 0 || Number(schema["maxLength"]) >= 20);
}
function bodyReference(key) {
  const match = /^(related)?([A-Za-z]+)Id(s?)$/.exec(key);
  if (!match) return void 0;
  const [, related, base = "", plural] = match;
  const camel = `${base.charAt(0).toLowerCase()}${base.slice(1)}`;
  return {
    param: `${base.charAt(0).toUpperCase()}${base.slice(1)}Id`,
    listPath: `/${camel.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}s`,
    related: related !== void 0,
    plural: plural === "s"
  };
}

// src/contract/plan.ts
function planOperations(model, only) {
  const all = model.operations.map((operation) => operation.info.operationId);
  if (!only || only.length === 0) return { selected: new Set(all), planned: new Set(all) };
  const wanted = only.map((entry) => entry.trim().toLowerCase()).filter(Boolean);
  const matches = (operation, entry) => operation.info.operationId.toLowerCase() === entry || operation.info.tags.some((tag) => tag.toLowerCase() === entry);
  const unknown = wanted.filter((entry) => !model.operations.some((operation) => matches(operation, entry)));
  if (unknown.length > 0) throw new ContractCheckError("CONTRACT_USAGE", `--only names no operationId or tag of the spec: ${unknown.join(", ")}.`);
  const selected = new Set(model.operations.filter((operation) => wanted.some((entry) => matches(operation, entry))).map((operation) => operation.info.operationId));
  const planned = /* @__PURE__ */ new Set();
  const visit = (operationId) => {
    if (planned.has(operationId)) return;
    planned.add(operationId);
    const operation = model.byId.get(operationId);
    if (operation) for (const dependency of prerequisites(model, operation)) visit(dependency);
  };
  selected.forEach(visit);
  return { selected, planned };
}
function prerequisites(model, operation) {
  const producers = (param) => model.operations.filter((other) => other.yields === param).map((other) => other.info.operationId);
  const fromPath = operation.pathParams.flatMap(producers);
  const fromBody = operation.kind === "read" ? [] : bodyReferences(examplesFor(model, operation)).flatMap((reference) => {
    const created = producers(reference.param);
    return created.length > 0 ? created : model.operations.filter((other) => other.info.path === reference.listPath).map((other) => other.info.operationId);
  });
  return [.../* @__PURE__ */ new Set([...fromPath, ...fromBody])].filter((id) => id !== operation.info.operationId);
}
function bodyReferences(examples) {
  const references = [];
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== "object" || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      const reference = bodyReference(key);
      if (reference) references.push(reference);
      visit(child);
    }
  };
  examples.forEach(visit);
  return references;
}

// src/contract/report.ts
function summarize(operations2) {
  const count = (outcome) => operations2.filter((result) => result.outcome === outcome).length;
  const findings = operations2.flatMap((result) => result.findings);
  return {
    operations: operations2.length,
    conformant: count("conformant"),
    drift: count("drift"),
    missing: count("missing"),
    forbidden: count("forbidden"),
    skipped: count("skipped"),
    error: count("error"),
    newFindings: findings.filter((finding) => !finding.accepted).length,
    acceptedFindings: findings.filter((finding) => finding.accepted).length
  };
}
var entryOf = (operationId, finding) => ({ operationId, where: finding.where.replace(/\/\d+(?=\/|$)/g, "/*"), rule: finding.rule });
var keyOf = (entry) => `${entry.operationId} ${entry.where} ${entry.rule}`;
function createBaseline(report) {
  const entries = /* @__PURE__ */ new Map();
  for (const result of report.operations) for (const finding of result.findings) entries.set(keyOf(entryOf(result.operationId, finding)), entryOf(result.operationId, finding));
  return { version: 1, accepted: [...entries.values()].sort((a, b) => keyOf(a).localeCompare(keyOf(b))) };
}
function parseBaseline(value) {
  const accepted = value?.accepted;
  const valid = (entry) => typeof entry === "object" && entry !== null && ["operationId", "where", "rule"].every((key) => typeof entry[key] === "string");
  if (value?.version !== 1 || !Array.isArray(accepted) || !accepted.every(valid)) {
    throw new TypeError("not a contract-check baseline: expected { version: 1, accepted: [{ operationId, where, rule }] }, as --write-baseline writes it");
  }
  return { version: 1, accepted };
}
function applyBaseline(report, baseline) {
  const accepted = new Set(baseline.accepted.map(keyOf));
  const operations2 = report.operations.map((result) => ({
    ...result,
    findings: result.findings.map((finding) => accepted.has(keyOf(entryOf(result.operationId, finding))) ? { ...finding, accepted: true } : finding)
  }));
  return { ...report, operations: operations2, summary: summarize(operations2) };
}
function exitStatus(report) {
  return report.summary.newFindings === 0 ? 0 : 1;
}

// src/contract/run.ts
var phases = [["read"], ["create", "set"], ["read"], ["update"], ["delete"]];
var severity = ["missing", "forbidden", "drift", "error", "conformant"];
var triesPerPass = 3;
var ContractRun = class {
  results = /* @__PURE__ */ new Map();
  /** Scope → operations whose 403 challenge named it. */
  challenged = /* @__PURE__ */ new Map();
  records = [];
  /** Requests that got an HTTP answer, and those that got none. */
  counts = { answered: 0, unreachable: 0 };
  #settings;
  #frames = [];
  #tried = /* @__PURE__ */ new Map();
  #attempts = /* @__PURE__ */ new Map();
  #waiting = /* @__PURE__ */ new Map();
  #references = /* @__PURE__ */ new Map();
  #sources;
  constructor(settings) {
    this.#settings = settings;
    if (Object.keys(settings.given).length > 0) this.#frames.push({ values: settings.given, origin: "given" });
    this.#sources = {
      marker: settings.marker,
      created: (param) => this.records.filter((record) => record.param === param).map((record) => record.values[param] ?? ""),
      creatable: (param) => settings.model.operations.some((operation) => operation.kind === "create" && operation.yields === param),
      reference: (path) => {
        const active = (this.#references.get(path) ?? []).find((item) => isRecord(item) && typeof item["id"] === "string" && item["isActive"] !== false);
        return isRecord(active) ? String(active["id"]) : void 0;
      }
    };
  }
  /** Runs every phase; the caller cleans up `records` afterwards, whatever happened. */
  async run() {
    for (const operation of this.#settings.model.operations) this.#skipUpFront(operation);
    for (const kinds of phases) await this.#phase(kinds);
    for (const operation of this.#settings.model.operations) if (!this.results.has(operation.info.operationId)) this.#settleUnchecked(operation);
  }
  /** One result per operation of the spec, in its order; prerequisites that ran but were not selected count as not selected. */
  reported() {
    return this.#settings.model.operations.flatMap((operation) => {
      const result = this.results.get(operation.info.operationId);
      if (!result) return [];
      if (this.#settings.plan.selected.has(operation.info.operationId)) return [result];
      const { status: _, ...rest } = result;
      return [{ ...rest, outcome: "skipped", skip: { reason: "not-selected", message: "not selected by --only" }, findings: [] }];
    });
  }
  #skipUpFront(operation) {
    const { plan, writes, granted, model, given } = this.#settings;
    const skip = (reason, message) => this.#settle(operation, { outcome: "skipped", skip: { reason, message }, findings: [] });
    if (!plan.planned.has(operation.info.operationId)) return skip("not-selected", "not selected by --only");
    if (operation.kind !== "read" && !writes) return skip("writes-not-allowed", "changes data: checked only with --allow-writes, on records this check creates");
    const refused = operation.info.scopes.filter((scope) => granted.get(scope) === false);
    if (refused.length > 0) return skip("scope-not-granted", `the authorization server does not grant ${refused.join(", ")} to this client`);
    const unsourced = operation.pathParams.filter((param) => given[param] === void 0 && !model.operations.some((other) => other.yields === param));
    if (unsourced.includes("EnterpriseUserId")) return skip("no-enterprise-user", "needs an enterprise user: pass --enterprise-user <EnterpriseUserId>");
    if (unsourced.length > 0) skip("no-id", `no operation of the spec gives ${unsourced.join(", ")}`);
  }
  async #phase(kinds) {
    for (let progress = true; progress; ) {
      progress = false;
      for (const operation of this.#settings.model.operations) {
        if (!kinds.includes(operation.kind) || this.results.has(operation.info.operationId)) continue;
        if (await this.#check(operation)) progress = true;
      }
    }
  }
  // Tries the operation with up to three untried sets of ids; true when it sent anything.
  async #check(operation) {
    const id = operation.info.operationId;
    const tried = this.#tried.get(id) ?? /* @__PURE__ */ new Set();
    this.#tried.set(id, tried);
    let sent = false;
    for (const frame of this.#candidates(operation, tried).slice(0, triesPerPass)) {
      const bodies = this.#bodies(operation);
      const waiting = bodies.find((built) => built !== void 0 && "waitingFor" in built);
      if (waiting) {
        this.#waiting.set(id, waiting.waitingFor);
        return sent;
      }
      tried.add(frameKey(frame.values));
      const invalid = bodies.find((built) => built !== void 0 && "invalid" in built);
      if (invalid) {
        const message = "the request body built from the spec's example does not match the spec's own request schema: fix the example";
        this.#settle(operation, { outcome: "error", findings: [{ where: "request.body", rule: "example", message }, ...invalid.invalid] });
        return true;
      }
      let last;
      for (const built of bodies) {
        last = await this.#send(operation, frame, built && "body" in built ? built.body : void 0);
        sent = true;
      }
      if (last && this.#productive(operation, last)) break;
    }
    this.#settleAttempts(operation);
    return sent;
  }
  #candidates(operation, tried) {
    if (operation.pathParams.length === 0) return tried.has("") ? [] : [{ values: {}, origin: "listed" }];
    const writes = operation.kind !== "read";
    const seen = new Set(tried);
    const candidates = [];
    const ordered = [...this.#frames].sort((a, b) => rank(a) - rank(b));
    for (const frame of ordered) {
      if (writes && frame.origin !== "created") continue;
      if (!operation.pathParams.every((param) => frame.values[param] !== void 0)) continue;
      const values = Object.fromEntries(operation.pathParams.map((param) => [param, frame.values[param] ?? ""]));
      const key = frameKey(values);
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({ values, origin: frame.origin });
    }
    return candidates;
  }
  // One body per example for creates (an entity of each kind), one for other writes, the search filter for reads.
  #bodies(operation) {
    const { model } = this.#settings;
    if (!operation.requestBody) return [void 0];
    if (operation.kind === "read") return [readBody(model, operation, this.#sources)];
    const examples = examplesFor(model, operation);
    if (examples.length === 0) return [{ waitingFor: "a request example in the spec" }];
    return (operation.kind === "create" ? examples : examples.slice(0, 1)).map((example) => buildBody(model, operation, example, this.#sources));
  }
  async #send(operation, frame, body) {
    const { model, client, pageSize } = this.#settings;
    const query = operation.query.some((parameter) => parameter.name === "count") ? { count: pageSize } : {};
    const result = await attempt(model, client, operation, { path: frame.values, query, ...body === void 0 ? {} : { body } }, frame.origin !== "given");
    const id = operation.info.operationId;
    this.#attempts.set(id, [...this.#attempts.get(id) ?? [], result]);
    if (result.unreachable) this.counts.unreachable += 1;
    else if (result.status !== void 0) this.counts.answered += 1;
    for (const scope of result.challenged ?? []) this.challenged.set(scope, [.../* @__PURE__ */ new Set([...this.challenged.get(scope) ?? [], id])]);
    if (result.status !== void 0 && result.status >= 200 && result.status < 300) this.#learn(operation, frame, body, result);
    return result;
  }
  // Takes ids from a successful answer, and follows the state of the records this run created.
  #learn(operation, frame, body, result) {
    const answer = isRecord(result.body) ? result.body : {};
    const target = this.records.find((record) => operation.pathParams.at(-1) === record.param && record.values[record.param] === frame.values[record.param]);
    if (operation.kind === "read" && operation.itemsKey) {
      const items = Array.isArray(answer[operation.itemsKey]) ? answer[operation.itemsKey] : [];
      if (!operation.yields) this.#references.set(operation.info.path, items);
      const ids = items.map((item) => isRecord(item) ? item["id"] : void 0).filter((value) => typeof value === "string" && value !== "");
      for (const value of ids.slice(0, triesPerPass)) if (operation.yields) this.#frames.push({ values: { ...frame.values, [operation.yields]: value }, origin: "listed" });
    } else if (operation.kind === "create" && operation.yields && typeof answer["id"] === "string" && answer["id"] !== "") {
      const values = { ...frame.values, [operation.yields]: answer["id"] };
      this.#frames.push({ values, origin: "created" });
      this.records.push({ operationId: operation.info.operationId, param: operation.yields, values, body, state: "live" });
    } else if (operation.kind === "update" && target && isRecord(body) && body["status"] === "inactive") target.state = "retired";
    else if (operation.kind === "delete" && target) target.state = "deleted";
  }
  // A 404 for this id, or a list with nothing in it: worth trying the next id.
  #productive(operation, result) {
    if (result.skip === "not-found") return false;
    if (operation.kind !== "read" || !operation.yields || result.outcome !== "conformant") return true;
    const items = isRecord(result.body) ? result.body[operation.itemsKey ?? ""] : void 0;
    return Array.isArray(items) && items.length > 0;
  }
  #settleAttempts(operation) {
    const attempts = this.#attempts.get(operation.info.operationId) ?? [];
    const answered = attempts.filter((result) => result.outcome !== "skipped");
    if (answered.length === 0) {
      if (attempts.some((result) => result.skip === "scope-not-granted")) {
        this.#settle(operation, { outcome: "skipped", skip: { reason: "scope-not-granted", message: "the token was not granted the operation's scope" }, findings: [] });
      }
      return;
    }
    const worst = severity.find((outcome) => answered.some((result) => result.outcome === outcome)) ?? "conformant";
    const findings = /* @__PURE__ */ new Map();
    for (const finding of answered.flatMap((result) => result.findings)) findings.set(`${finding.where}|${finding.rule}`, finding);
    const status = answered.find((result) => result.outcome === worst)?.status;
    this.#settle(operation, { outcome: worst, ...status === void 0 ? {} : { status }, findings: [...findings.values()] });
  }
  #settleUnchecked(operation) {
    const id = operation.info.operationId;
    if ((this.#attempts.get(id) ?? []).length > 0) {
      return this.#settle(operation, { outcome: "skipped", skip: { reason: "not-found", message: "answered 404 (not found) for every id tried" }, findings: [] });
    }
    const waiting = this.#waiting.get(id);
    const message = waiting ? `its request body needs ${waiting}` : this.#missingIds(operation);
    this.#settle(operation, { outcome: "skipped", skip: { reason: "no-id", message }, findings: [] });
  }
  #missingIds(operation) {
    const writes = operation.kind !== "read";
    const missing = operation.pathParams.filter((param) => !this.#frames.some((frame) => frame.values[param] !== void 0 && (!writes || frame.origin === "created")));
    const sources = missing.map((param) => {
      const producers = this.#settings.model.operations.filter((other) => other.yields === param && (!writes || other.kind === "create"));
      return `${param} comes from ${producers.map((producer) => `${producer.info.operationId} (${this.#describe(producer)})`).join(", ")}`;
    });
    return `no id to use${writes ? " among the records this run created" : ""}: ${sources.join("; ")}`;
  }
  #describe(operation) {
    const result = this.results.get(operation.info.operationId);
    if (!result) return "not run";
    if (result.outcome === "skipped") return `skipped: ${result.skip?.reason ?? ""}`;
    return result.outcome === "conformant" ? "answered no items" : result.outcome;
  }
  #settle(operation, result) {
    const { operationId, method, path, tags } = operation.info;
    const settled = { operationId, method, path, tags, evidence: operation.evidence, ...result };
    this.results.set(operationId, settled);
    if (this.#settings.plan.selected.has(operationId)) this.#settings.onSettled(settled);
  }
};
var rank = (frame) => ({ created: 0, listed: 1, given: 2 })[frame.origin];
var frameKey = (values) => JSON.stringify(Object.entries(values).sort());
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

// src/contract/spec-model.ts
import { ValidationContext } from "openapi-backend";
var methods = ["get", "put", "post", "delete", "patch"];
async function loadSpecModel() {
  const api = createSpecBackend("/");
  await api.init();
  const definition = api.definition;
  const list = [];
  for (const item of Object.values(definition.paths)) {
    for (const method of methods) {
      const node = item[method];
      if (!node) continue;
      const info = operations[node.operationId];
      if (!info) throw new Error(`The bundled spec and generated/operations.ts disagree about ${node.operationId}: run npm run generate.`);
      list.push(describeOperation(info, node, [...item.parameters ?? [], ...node.parameters ?? []]));
    }
  }
  const linked = list.map((operation) => ({ ...operation, ...link(operation, list) }));
  return {
    operations: linked,
    byId: new Map(linked.map((operation) => [operation.info.operationId, operation])),
    specVersion: definition.info.version,
    declaredScopes: Object.keys(definition.components.securitySchemes.jackHenryIdentity?.flows.clientCredentials?.scopes ?? {}),
    propertyNames: collectPropertyNames(definition),
    schemaNames: new Map(Object.entries(definition.components.schemas).map(([name, schema]) => [schema, name])),
    ...compilers(api)
  };
}
function describeOperation(info, node, parameters) {
  const json = node.requestBody?.content?.["application/json"];
  const examples = json ? [json.example, ...Object.values(json.examples ?? {}).map((example) => example.value)].filter((value) => value !== void 0) : [];
  const itemsKey = info.method === "GET" || node["x-safe"] === true ? itemsKeyOf(info, node.responses) : void 0;
  return {
    info,
    kind: kindOf(info, node),
    evidence: node["x-evidence"] ?? "inferred",
    pathParams: [...info.path.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] ?? ""),
    query: parameters.filter((parameter) => parameter.in === "query").map(({ name, required }) => ({ name, required: required === true })),
    responses: node.responses,
    ...json?.schema ? { requestBody: { schema: json.schema, examples } } : {},
    ...itemsKey ? { itemsKey } : {}
  };
}
function kindOf(info, node) {
  if (info.method === "GET" || info.method === "POST" && node["x-safe"] === true) return "read";
  if (info.method === "POST") return "create";
  if (info.method === "DELETE") return "delete";
  return info.path.endsWith("}") ? "update" : "set";
}
function itemsKeyOf(info, responses) {
  if (info.pagination) return info.pagination.itemsKey;
  const schema = responses["200"]?.content?.["application/json"]?.schema;
  const keys = Object.entries(schema?.properties ?? {}).filter(([, property]) => {
    const items = property["items"];
    return property["type"] === "array" && items?.properties?.["id"] !== void 0;
  });
  return keys.length === 1 ? keys[0]?.[0] : void 0;
}
function link(operation, all) {
  const creates = operation.kind === "create" && operation.responses["201"]?.content?.["application/json"] !== void 0;
  if (!creates && operation.itemsKey === void 0) return {};
  const base = operation.info.path.replace(/\/search$/, "");
  const last = base.split("/").pop() ?? "";
  const itemParam = (path, prefix) => path.startsWith(`${prefix}/{`) ? /^\{([^{}/]+)\}$/.exec(path.slice(prefix.length + 1))?.[1] : void 0;
  const direct = all.map((other) => itemParam(other.info.path, base)).find((param) => param !== void 0);
  if (direct) return { yields: direct };
  const bySegment = all.map((other) => itemParam(other.info.path, `/${last}`)).find((param) => param !== void 0);
  return bySegment ? { yields: bySegment } : {};
}
function collectPropertyNames(definition) {
  const names = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  const visit = (node) => {
    if (typeof node !== "object" || node === null || seen.has(node)) return;
    seen.add(node);
    const properties = node.properties;
    if (typeof properties === "object" && properties !== null && !Array.isArray(properties)) for (const name of Object.keys(properties)) names.add(name);
    for (const child of Object.values(node)) visit(child);
  };
  visit(definition.components.schemas);
  visit(definition.paths);
  return names;
}
function compilers(api) {
  const cached = (context) => {
    const ajv = api.validator.getAjv(context, { useDefaults: false });
    const compiled = /* @__PURE__ */ new WeakMap();
    return (schema) => {
      let validate = compiled.get(schema);
      if (!validate) compiled.set(schema, validate = ajv.compile(schema));
      return validate;
    };
  };
  return { compileResponse: cached(ValidationContext.Response), compileRequest: cached(ValidationContext.RequestBody) };
}

// src/contract/check.ts
async function checkContract(options) {
  const { target } = options;
  const checkedAt = (options.now ?? (() => /* @__PURE__ */ new Date()))();
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
    given: options.enterpriseUserId === void 0 ? {} : { EnterpriseUserId: options.enterpriseUserId },
    pageSize: options.pageSize ?? 5,
    marker,
    onSettled: /* @__PURE__ */ (() => {
      let settled = 0;
      return (result) => options.onResult?.(result, ++settled, plan.selected.size);
    })()
  });
  let cleanup = [];
  try {
    await run.run();
  } finally {
    if (writes) cleanup = await cleanUp(model, client, run.records, marker);
  }
  if (run.counts.answered === 0 && run.counts.unreachable > 0) {
    throw new ContractCheckError("CONTRACT_CONNECTION", `The API at ${baseUrl} gave no HTTP answer to any request: check ENTITY_SERVICES_BASE_URL and connectivity.`);
  }
  const scopes = model.declaredScopes.map((scope) => ({ scope, granted: granted.get(scope) ?? null, declared: true, askedForBy: run.challenged.get(scope) ?? [] }));
  const anchor = model.declaredScopes.find((scope) => granted.get(scope));
  for (const [scope, askedForBy] of run.challenged) {
    if (!model.declaredScopes.includes(scope)) scopes.push({ scope, granted: await probeScope(target.auth, scope, anchor).catch(() => null), declared: false, askedForBy });
  }
  const operations2 = run.reported();
  return {
    target: { baseUrl, institutionUniversalId: target.institutionUniversalId, kind: target.sandbox ? "sandbox" : "live" },
    specVersion: model.specVersion,
    checkedAt: checkedAt.toISOString(),
    writes,
    summary: summarize(operations2),
    operations: operations2,
    scopes,
    cleanup
  };
}
function writesAllowed(target, allowWrites) {
  if (allowWrites === void 0 || allowWrites === false) return false;
  if (allowWrites === true) {
    if (target.sandbox) return true;
    throw new ContractCheckError("CONTRACT_WRITES_REFUSED", "Writes against anything but the sandbox need the target's institution id: --allow-writes=<InstitutionUniversalId>.");
  }
  if (allowWrites.toLowerCase() !== target.institutionUniversalId.toLowerCase()) {
    throw new ContractCheckError(
      "CONTRACT_WRITES_REFUSED",
      `--allow-writes=${allowWrites} is not the target's institution (${target.institutionUniversalId}): no request was sent.`
    );
  }
  return true;
}
function institutionUrl(target) {
  const root = target.baseUrl ?? `https://${target.host ?? "digital.garden-fi.com"}/a/api/entity-svcs/v1`;
  let url;
  try {
    url = new URL(root);
  } catch {
    throw new ContractCheckError("CONTRACT_USAGE", `The base URL is not a URL: "${root}".`);
  }
  if (target.sandbox && !isLoopbackHost(url.hostname)) throw new ContractCheckError("CONTRACT_USAGE", `A sandbox target must be on loopback; ${url.host} is not.`);
  return `${url.href.replace(/\/+$/, "")}/${target.institutionUniversalId}`;
}
function connect(options) {
  const { target } = options;
  try {
    return createEntityManagementClient({
      institutionUniversalId: target.institutionUniversalId,
      auth: target.auth,
      userAgent: "contract-check",
      ...target.baseUrl === void 0 ? {} : { baseUrl: target.baseUrl },
      ...target.host === void 0 ? {} : { host: target.host },
      ...options.timeoutMs === void 0 ? {} : { timeoutMs: options.timeoutMs },
      ...options.retry === void 0 ? {} : { retry: options.retry }
    });
  } catch (error) {
    if (error instanceof InvalidOptionsError) throw new ContractCheckError("CONTRACT_USAGE", error.message);
    throw error;
  }
}

// src/contract/format.ts
function formatFinding(finding) {
  const facts = [finding.expected !== void 0 && `expected ${finding.expected}`, finding.observed !== void 0 && `observed ${finding.observed}`].filter(Boolean).join(", ");
  const repeat = finding.occurrences && finding.occurrences > 1 ? ` (\xD7${finding.occurrences})` : "";
  return `${finding.where}: ${finding.message}${repeat}${facts ? ` \u2014 ${facts}` : ""}${finding.accepted ? " [accepted]" : ""}`;
}
function formatResult(result, settled, total) {
  const counter = `[${String(settled).padStart(String(total).length)}/${total}]`;
  const status = result.status === void 0 ? "" : ` ${result.status}`;
  const head = `${counter} ${result.outcome.padEnd(10)} ${result.method.padEnd(6)} ${result.path}  ${result.operationId}${status}`;
  const skip = result.skip ? [`      ${result.skip.reason}: ${result.skip.message}`] : [];
  return [head, ...skip, ...result.findings.map((finding) => `      ${formatFinding(finding)}`)];
}
function formatSummary(report) {
  const { summary } = report;
  const refused = report.scopes.filter((scope) => scope.granted === false).map((scope) => scope.scope);
  const asked = report.scopes.filter((scope) => scope.askedForBy.length > 0).map((scope) => `${scope.scope}${scope.declared ? "" : " (not in the spec)"} by ${scope.askedForBy.join(", ")}`);
  return [
    `Summary: ${summary.operations} operations: ${summary.conformant} conformant, ${summary.drift} drift, ${summary.missing} missing, ${summary.forbidden} forbidden, ${summary.skipped} skipped, ${summary.error} error.`,
    `Scopes: ${report.scopes.filter((scope) => scope.declared && scope.granted).length} of ${report.scopes.filter((scope) => scope.declared).length} granted${refused.length > 0 ? `; refused: ${refused.join(", ")}` : ""}.`,
    ...asked.length > 0 ? [`Asked for in 403 challenges: ${asked.join("; ")}.`] : [],
    ...report.cleanup.map((step) => `Clean-up: ${step.outcome} \u2014 ${step.message}.`),
    summary.newFindings === 0 ? `No new findings${summary.acceptedFindings > 0 ? ` (${summary.acceptedFindings} accepted by the baseline)` : ""}.` : `${summary.newFindings} new finding${summary.newFindings === 1 ? "" : "s"}${summary.acceptedFindings > 0 ? ` (${summary.acceptedFindings} more accepted by the baseline)` : ""}.`
  ];
}
var escapeXml = (text) => text.replace(/[<>&"']/g, (char) => `&${{ "<": "lt", ">": "gt", "&": "amp", '"': "quot", "'": "apos" }[char] ?? ""};`);
function formatJunit(report) {
  const failing = (result) => ["drift", "missing", "forbidden", "error"].includes(result.outcome) && result.findings.some((finding) => !finding.accepted);
  const cases = report.operations.map((result) => {
    const open = `    <testcase classname="check:contract.${escapeXml(result.tags[0] ?? "operations")}" name="${escapeXml(`${result.operationId} (${result.method} ${result.path})`)}" time="0">`;
    const details = escapeXml(result.findings.map(formatFinding).join("\n"));
    if (result.outcome === "skipped")
      return `${open}
      <skipped message="${escapeXml(`${result.skip?.reason ?? "skipped"}: ${result.skip?.message ?? ""}`)}"/>
    </testcase>`;
    if (failing(result))
      return `${open}
      <failure type="${result.outcome}" message="${escapeXml(`${result.outcome}: ${result.findings.length} finding(s)`)}">${details}</failure>
    </testcase>`;
    return result.findings.length > 0 ? `${open}
      <system-out>${details}</system-out>
    </testcase>` : `${open}</testcase>`;
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
    ""
  ].join("\n");
}
export {
  ContractCheckError,
  applyBaseline,
  checkContract,
  createBaseline,
  exitStatus,
  formatFinding,
  formatJunit,
  formatResult,
  formatSummary,
  parseBaseline
};
