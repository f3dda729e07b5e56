import { docComment } from "./doc-comment.js";
import { collectOperationEntries, type OperationEntry } from "./operation-map.js";
import { collectOperations, deref, resolve, type Json, type Operation, type SpecDocument } from "./spec-document.js";

interface Argument {
  readonly name: string;
  readonly required: boolean;
  readonly type: string;
  readonly doc: string[];
}

// "Not authenticated: the bearer token is missing…" → "Not authenticated."
const gist = (text: string) => (/^[\s\S]*?(?=[.!?:](?:\s|$))/.exec(text.trim())?.[0] ?? text.trim().replace(/\.$/, "")) + ".";
const code = (value: unknown) => `\`${typeof value === "string" ? value : JSON.stringify(value)}\``;

/** What a schema allows, in words: `integer, ≥ 1, ≤ 200, default 50`; `string (uuid)`. */
export function describeSchema(doc: SpecDocument, schema: unknown): string {
  const { node, name } = resolve(doc, schema);
  const parts: string[] = [];
  if (Array.isArray(node.enum)) parts.push(`one of ${node.enum.map(code).join(", ")}`);
  else if (typeof node.type === "string") parts.push(typeof node.format === "string" ? `${node.type} (${node.format})` : node.type);
  else if (name) parts.push(code(name));
  if (typeof node.minimum === "number") parts.push(`${node.exclusiveMinimum === true ? ">" : "≥"} ${node.minimum}`);
  if (typeof node.maximum === "number") parts.push(`${node.exclusiveMaximum === true ? "<" : "≤"} ${node.maximum}`);
  if (typeof node.minLength === "number") parts.push(`at least ${node.minLength} characters`);
  if (typeof node.maxLength === "number") parts.push(`at most ${node.maxLength} characters`);
  // A format already names the shape a pattern spells out (a uuid's pattern says nothing more).
  if (typeof node.pattern === "string" && typeof node.format !== "string") parts.push(`matching ${code(node.pattern)}`);
  if (node.default !== undefined) parts.push(`default ${code(node.default)}`);
  return parts.join(", ");
}

/**
 * A scalar schema's type spelt out (`string`, `number`, `"a" | "b"`), because editors print a
 * signature's types as written and an indexed access into the generated types says nothing on
 * hover; anything else stays openapi-typescript's. A type test checks both agree.
 */
function scalarType(doc: SpecDocument, schema: unknown): string | undefined {
  const { node } = resolve(doc, schema);
  const nullable = node.nullable === true ? " | null" : "";
  if (Array.isArray(node.enum))
    return node.enum.every((value) => ["string", "number", "boolean"].includes(typeof value)) ? node.enum.map((value) => JSON.stringify(value)).join(" | ") + nullable : undefined;
  const scalar = ({ string: "string", integer: "number", number: "number", boolean: "boolean" } as Record<string, string>)[String(node.type)];
  return scalar === undefined ? undefined : scalar + nullable;
}

function parameterArguments(doc: SpecDocument, operation: Operation, id: string): Argument[] {
  const path = operation.pathParamNames.map((name) => operation.parameters.get(`path:${name}`) ?? { name, in: "path" });
  const query = [...operation.parameters.values()].filter((param) => param.in === "query");
  return [...path, ...query].map((param) => {
    const name = String(param.name);
    const allowed = describeSchema(doc, param.schema);
    const own = `operations[${JSON.stringify(id)}]["parameters"]`;
    const generated = param.in === "path" ? `${own}["path"][${JSON.stringify(name)}]` : `Exclude<NonNullable<${own}["query"]>[${JSON.stringify(name)}], undefined>`;
    return {
      name,
      required: param.in === "path" || param.required === true,
      type: scalarType(doc, param.schema) ?? generated,
      doc: [typeof param.description === "string" ? param.description : `The ${String(param.in)} parameter \`${name}\`.`, ...(allowed ? ["", `Allowed: ${allowed}.`] : [])],
    };
  });
}

function bodyArgument(doc: SpecDocument, operation: Operation, id: string): Argument[] {
  if (operation.node.requestBody === undefined) return [];
  const body = deref(doc, operation.node.requestBody);
  const json = ((body.content ?? {}) as Record<string, Json>)["application/json"];
  const { node, name } = resolve(doc, json?.schema);
  const description = typeof body.description === "string" ? body.description : typeof node.description === "string" ? node.description : "";
  return [
    {
      name: "body",
      required: body.required === true,
      type: `RequestBody<${JSON.stringify(id)}>`,
      doc: [`The request body${name ? `, \`${name}\`` : ""}.${description ? ` ${description}` : ""}`],
    },
  ];
}

// Inferred operations open their description with "Inferred — <basis>."; that paragraph is the evidence.
function evidenceAndDescription(node: Json): { evidence: string; description: string } {
  const description = typeof node.description === "string" ? node.description.trim() : "";
  const evidence = typeof node["x-evidence"] === "string" ? node["x-evidence"] : "not stated.";
  const [first = "", ...rest] = description.split(/\n\s*\n/);
  const basis = new RegExp(`^${evidence} — `, "i").exec(first) ? first.slice(evidence.length + 3) : "";
  return basis ? { evidence: `${evidence} — ${basis}`, description: rest.join("\n\n") } : { evidence, description };
}

function methodDoc(doc: SpecDocument, operation: Operation, entry: OperationEntry): string[] {
  const { evidence, description } = evidenceAndDescription(operation.node);
  const responses = Object.entries((operation.node.responses ?? {}) as Record<string, unknown>).map(([status, response]) => {
    const text = deref(doc, response).description;
    return `- \`${status}\`${typeof text === "string" ? ` ${gist(text)}` : ""}`;
  });
  const headers = [...operation.parameters.values()].filter((param) => param.in === "header").map((param) => code(param.name));
  const bytes = entry.produces.length > 0 && !entry.produces.some((media) => media.endsWith("json"));
  return [
    typeof operation.node.summary === "string" ? operation.node.summary : entry.operationId,
    ...(description ? ["", description] : []),
    "",
    `Scopes: ${entry.scopes.map(code).join(", ") || "none"}.`,
    `Evidence: ${evidence}`,
    ...(bytes ? [`Answers bytes (${entry.produces.join(", ")}): \`data\` is an \`ArrayBuffer\` unless \`parseAs\` says otherwise.`] : []),
    ...(headers.length > 0 ? [`Headers (in \`options.headers\`): ${headers.join(", ")}.`] : []),
    "",
    "Statuses:",
    ...responses,
    "",
    `\`${entry.method} ${entry.path}\``,
  ];
}

function renderMethod(doc: SpecDocument, operation: Operation, entry: OperationEntry): string {
  const id = entry.operationId;
  const args = [...parameterArguments(doc, operation, id), ...bodyArgument(doc, operation, id)];
  const optional = args.every((arg) => !arg.required) ? "?" : "";
  const shape =
    args.length === 0
      ? "NoArguments"
      : `{\n${args.map((arg) => `${docComment(arg.doc, "      ")}\n      readonly ${arg.name}${arg.required ? "" : "?"}: ${arg.type};`).join("\n")}\n    }`;
  return [
    docComment(methodDoc(doc, operation, entry), "  "),
    `  ${id}<Options extends CallOptions = {}>(`,
    `    args${optional}: ${shape},`,
    "    options?: MethodOptions<Options>,",
    `  ): MethodResult<${JSON.stringify(id)}, Options>;`,
  ].join("\n");
}

/** TypeScript source of `generated/operation-methods.ts`: the interface of one documented method per operation. */
export function renderMethodsModule(spec: Json, source: string): string {
  const doc: SpecDocument = { root: spec };
  const byId = new Map(collectOperations(doc).map((operation) => [operation.operationId, operation]));
  const methods = collectOperationEntries(spec).flatMap((entry) => {
    const operation = byId.get(entry.operationId);
    return operation ? [renderMethod(doc, operation, entry)] : [];
  });
  // Import only the helpers the methods use: an unused import is a compile error under noUnusedLocals.
  const helpers = ["MethodOptions", "MethodResult", "NoArguments", "RequestBody"].filter((name) =>
    methods.some((text) => text.includes(`${name}<`) || text.includes(`: ${name},`)),
  );
  return `// Generated by scripts/generate.ts from ${source}. Do not edit: change the spec and run \`npm run generate\`.

import type { CallOptions } from "../src/client/call-options.js";
import type { ${helpers.join(", ")} } from "../src/client/method-types.js";${methods.some((text) => text.includes("operations[")) ? '\nimport type { operations } from "./entity-management.js";' : ""}

/**
 * One method per operation, named by its operationId: \`client.getEntity({ EntityId })\`. Path and
 * query parameters and \`body\` are properties of the first argument; the second takes the per-call
 * options. Each resolves to the same \`{ data, error, response }\` as the path-style call.
 */
export interface OperationMethods {
${methods.join("\n\n")}
}
`;
}
