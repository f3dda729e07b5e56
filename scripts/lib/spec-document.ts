/** A JSON object from a parsed spec. */
export type Json = Record<string, unknown>;

/** A bundled OpenAPI document: one object whose `$ref`s all point inside it (`#/components/...`). */
export interface SpecDocument {
  readonly root: Json;
}

/** A node after following `$ref`s, with the name of the last component it came from. */
export interface Resolved {
  readonly node: Json;
  /** `Entity` for `#/components/schemas/Entity`; null for an inline node. */
  readonly name: string | null;
}

/** An operation with its path-level parameters merged in and its `$ref`s still lazy. */
export interface Operation {
  readonly method: string;
  readonly path: string;
  readonly operationId: string | null;
  readonly node: Json;
  /** Effective parameters, keyed `in:name` (header names lower-cased); operation-level wins. */
  readonly parameters: ReadonlyMap<string, Json>;
  /** Path parameter names in the order they appear in the path template. */
  readonly pathParamNames: readonly string[];
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** True for a plain (non-array) object. */
export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Follows `$ref` chains inside the bundled document; unknown refs resolve to an empty object. */
export function resolve(doc: SpecDocument, value: unknown): Resolved {
  let node: unknown = value;
  let name: string | null = null;
  const seen = new Set<string>();
  while (isObject(node) && typeof node.$ref === "string") {
    const ref = node.$ref;
    if (seen.has(ref)) break;
    seen.add(ref);
    const target = lookupPointer(doc.root, ref);
    if (target === undefined) throw new Error(`Unresolved $ref ${ref}`);
    name = ref.split("/").pop() ?? ref;
    node = target;
  }
  return { node: isObject(node) ? node : {}, name };
}

/** `resolve(...).node`, for when the component name does not matter. */
export function deref(doc: SpecDocument, value: unknown): Json {
  return resolve(doc, value).node;
}

function lookupPointer(root: Json, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(1).split("/").slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** `{EntityId}` → `{}`, so that renaming a path parameter keeps the operation matched. */
export function normalizePath(path: string): string {
  return path.replace(/\{[^}]*\}/g, "{}");
}

/** Names of the `{params}` in a path template, in order. */
export function pathTemplateParams(path: string): string[] {
  return [...path.matchAll(/\{([^}]*)\}/g)].map((match) => match[1] ?? "");
}

/** The map key of a parameter: `query:count`; header names are case-insensitive. */
export function parameterKey(param: Json): string {
  const where = String(param.in);
  const name = String(param.name);
  return `${where}:${where === "header" ? name.toLowerCase() : name}`;
}

/** Lists every operation of a bundled document. */
export function collectOperations(doc: SpecDocument): Operation[] {
  const operations: Operation[] = [];
  const paths = isObject(doc.root.paths) ? doc.root.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = deref(doc, rawItem);
    const shared: unknown[] = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const node = item[method];
      if (!isObject(node)) continue;
      const parameters = new Map<string, Json>();
      const own: unknown[] = Array.isArray(node.parameters) ? node.parameters : [];
      for (const raw of [...shared, ...own]) {
        const param = deref(doc, raw);
        if (typeof param.name === "string" && typeof param.in === "string") parameters.set(parameterKey(param), param);
      }
      operations.push({
        method,
        path,
        operationId: typeof node.operationId === "string" ? node.operationId : null,
        node,
        parameters,
        pathParamNames: pathTemplateParams(path),
      });
    }
  }
  return operations;
}
