/**
 * What the contract check knows about the spec: every operation with its dereferenced responses
 * and request body, what kind of call it is (a read, or which kind of write), and which path
 * parameter its answer gives ids for — the links the check follows from lists and searches to
 * item routes, as Schemathesis does with OpenAPI links, derived here from the path structure.
 */
import { ValidationContext, type OpenAPIBackend } from "openapi-backend";
import { operations, type OperationInfo } from "../index.js";
import { createSpecBackend } from "../sandbox/api/validation.js";

/** A JSON Schema object of the dereferenced spec. */
export type Schema = Readonly<Record<string, unknown>>;

/** One declared response of an operation. */
export interface DeclaredResponse {
  readonly content?: Readonly<Record<string, { readonly schema?: Schema }>>;
  readonly headers?: Readonly<Record<string, { readonly schema?: Schema; readonly required?: boolean }>>;
}

/**
 * When an operation may run: `read` (GET, or a POST marked `x-safe`), `create` (POST), `set`
 * (PUT on a singleton such as the tax id number), `update` (PUT on an item) and `delete`.
 */
export type OperationKind = "read" | "create" | "set" | "update" | "delete";

/** An operation as the check uses it. */
export interface ContractOperation {
  readonly info: OperationInfo;
  readonly kind: OperationKind;
  readonly evidence: string;
  readonly pathParams: readonly string[];
  readonly query: readonly { readonly name: string; readonly required: boolean }[];
  readonly responses: Readonly<Record<string, DeclaredResponse>>;
  readonly requestBody?: { readonly schema: Schema; readonly examples: readonly unknown[] };
  /** The array of objects with `id` its success answer lists (`addresses`), for reads. */
  readonly itemsKey?: string;
  /** The path parameter the ids it answers fill (`AddressId`), when an item route takes them. */
  readonly yields?: string;
}

/** The spec, ready for checking. */
export interface SpecModel {
  readonly operations: readonly ContractOperation[];
  readonly byId: ReadonlyMap<string, ContractOperation>;
  readonly specVersion: string;
  /** Every scope `components.securitySchemes.jackHenryIdentity` declares. */
  readonly declaredScopes: readonly string[];
  /** Every property name the spec declares anywhere: the only object keys a finding's path may name. */
  readonly propertyNames: ReadonlySet<string>;
  /** Component name of each schema object (`Person`), to name the branch a discriminator selected. */
  readonly schemaNames: ReadonlyMap<object, string>;
  /** Compiles a schema for checking responses (formats on, no defaults filled in). */
  readonly compileResponse: (schema: Schema) => Validator;
  /** Compiles a schema for checking the request bodies the check builds. */
  readonly compileRequest: (schema: Schema) => Validator;
}

/** An ajv validate function. */
export type Validator = ((data: unknown) => boolean) & { errors?: readonly AjvError[] | null };

/** The fields of an ajv error the check reads. Its `data` and most `params` can hold response values. */
export interface AjvError {
  readonly keyword: string;
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly params: Readonly<Record<string, unknown>>;
}

const methods = ["get", "put", "post", "delete", "patch"] as const;

/** Loads the bundled spec through the sandbox's spec-driven validator (openapi-backend + ajv-formats). */
export async function loadSpecModel(): Promise<SpecModel> {
  const api = createSpecBackend("/");
  await api.init();
  const definition = api.definition as unknown as Definition;
  const list: ContractOperation[] = [];
  for (const item of Object.values(definition.paths)) {
    for (const method of methods) {
      const node = item[method];
      if (!node) continue;
      const info = (operations as Record<string, OperationInfo>)[node.operationId];
      if (!info) throw new Error(`The bundled spec and generated/operations.ts disagree about ${node.operationId}: run npm run generate.`);
      list.push(describeOperation(info, node, [...(item.parameters ?? []), ...(node.parameters ?? [])]));
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
    ...compilers(api),
  };
}

interface OperationNode {
  readonly operationId: string;
  readonly parameters?: readonly ParameterNode[];
  readonly responses: Record<string, DeclaredResponse>;
  readonly requestBody?: { readonly content?: Record<string, { schema?: Schema; example?: unknown; examples?: Record<string, { value?: unknown }> }> };
  readonly "x-evidence"?: string;
  readonly "x-safe"?: boolean;
}
interface ParameterNode {
  readonly name: string;
  readonly in: string;
  readonly required?: boolean;
}
interface Definition {
  readonly info: { readonly version: string };
  readonly paths: Record<string, Partial<Record<(typeof methods)[number], OperationNode>> & { parameters?: readonly ParameterNode[] }>;
  readonly components: {
    readonly schemas: Record<string, Schema>;
    readonly securitySchemes: Record<string, { flows: Record<string, { scopes?: Record<string, string> }> }>;
  };
}

function describeOperation(info: OperationInfo, node: OperationNode, parameters: readonly ParameterNode[]): ContractOperation {
  const json = node.requestBody?.content?.["application/json"];
  const examples = json ? [json.example, ...Object.values(json.examples ?? {}).map((example) => example.value)].filter((value) => value !== undefined) : [];
  const itemsKey = info.method === "GET" || node["x-safe"] === true ? itemsKeyOf(info, node.responses) : undefined;
  return {
    info,
    kind: kindOf(info, node),
    evidence: node["x-evidence"] ?? "inferred",
    pathParams: [...info.path.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] ?? ""),
    query: parameters.filter((parameter) => parameter.in === "query").map(({ name, required }) => ({ name, required: required === true })),
    responses: node.responses,
    ...(json?.schema ? { requestBody: { schema: json.schema, examples } } : {}),
    ...(itemsKey ? { itemsKey } : {}),
  };
}

function kindOf(info: OperationInfo, node: OperationNode): OperationKind {
  if (info.method === "GET" || (info.method === "POST" && node["x-safe"] === true)) return "read";
  if (info.method === "POST") return "create";
  if (info.method === "DELETE") return "delete";
  return info.path.endsWith("}") ? "update" : "set";
}

// The one array of objects with an `id` in the success answer: `pagination.itemsKey` for searches.
function itemsKeyOf(info: OperationInfo, responses: Record<string, DeclaredResponse>): string | undefined {
  if (info.pagination) return info.pagination.itemsKey;
  const schema = responses["200"]?.content?.["application/json"]?.schema as { properties?: Record<string, Schema> } | undefined;
  const keys = Object.entries(schema?.properties ?? {}).filter(([, property]) => {
    const items = property["items"] as { properties?: Record<string, unknown> } | undefined;
    return property["type"] === "array" && items?.properties?.["id"] !== undefined;
  });
  return keys.length === 1 ? keys[0]?.[0] : undefined;
}

// Which item route takes the ids this operation answers: `/entities/{EntityId}/addresses` lists
// what `/entities/{EntityId}/addresses/{AddressId}` reads; `/entities/{EntityId}/notices` creates
// what `/notices/{NoticeId}` downloads; `/entities/search` finds what `/entities/{EntityId}` reads.
function link(operation: ContractOperation, all: readonly ContractOperation[]): { yields?: string } {
  const creates = operation.kind === "create" && operation.responses["201"]?.content?.["application/json"] !== undefined;
  if (!creates && operation.itemsKey === undefined) return {};
  const base = operation.info.path.replace(/\/search$/, "");
  const last = base.split("/").pop() ?? "";
  const itemParam = (path: string, prefix: string): string | undefined => (path.startsWith(`${prefix}/{`) ? /^\{([^{}/]+)\}$/.exec(path.slice(prefix.length + 1))?.[1] : undefined);
  const direct = all.map((other) => itemParam(other.info.path, base)).find((param) => param !== undefined);
  if (direct) return { yields: direct };
  const bySegment = all.map((other) => itemParam(other.info.path, `/${last}`)).find((param) => param !== undefined);
  return bySegment ? { yields: bySegment } : {};
}

function collectPropertyNames(definition: Definition): Set<string> {
  const names = new Set<string>();
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (typeof node !== "object" || node === null || seen.has(node)) return;
    seen.add(node);
    const properties = (node as { properties?: unknown }).properties;
    if (typeof properties === "object" && properties !== null && !Array.isArray(properties)) for (const name of Object.keys(properties)) names.add(name);
    for (const child of Object.values(node)) visit(child);
  };
  visit(definition.components.schemas);
  visit(definition.paths);
  return names;
}

// The sandbox's ajv configuration (formats, discriminator, all errors) without `useDefaults`:
// a default filled in would hide a missing property.
function compilers(api: OpenAPIBackend): Pick<SpecModel, "compileResponse" | "compileRequest"> {
  const cached = (context: ValidationContext) => {
    const ajv = api.validator.getAjv(context, { useDefaults: false });
    const compiled = new WeakMap<object, Validator>();
    return (schema: Schema): Validator => {
      let validate = compiled.get(schema);
      if (!validate) compiled.set(schema, (validate = ajv.compile(schema) as unknown as Validator));
      return validate;
    };
  };
  return { compileResponse: cached(ValidationContext.Response), compileRequest: cached(ValidationContext.RequestBody) };
}
