import { collectOperations, deref, type Json, type Operation, type SpecDocument } from "./spec-document.js";

/** What the client needs to know about one operation at run time (openapi-typescript drops `security`). */
export interface OperationEntry {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly scopes: readonly string[];
  readonly tags: readonly string[];
  /** Media types of the success responses, for `Accept`. */
  readonly produces: readonly string[];
  /** Names of the query parameters a generated method takes beside the path's `{names}`; absent when none. */
  readonly query?: readonly string[];
  /** Present when the operation takes a request body. */
  readonly body?: true;
  /** Present on `…/search` operations answering `{ <itemsKey>: [...], paging }`. */
  readonly pagination?: { readonly itemsKey: string };
}

/** Lists every operation of a bundled spec with its scopes, sorted by operationId for stable output. */
export function collectOperationEntries(spec: Json): OperationEntry[] {
  const doc: SpecDocument = { root: spec };
  const globalSecurity = spec.security as Json[] | undefined;
  return collectOperations(doc)
    .map((operation): OperationEntry => {
      const pagination = findPagination(doc, operation);
      const query = [...operation.parameters.values()].filter((param) => param.in === "query").map((param) => String(param.name));
      return {
        operationId: operation.operationId ?? "",
        method: operation.method.toUpperCase(),
        path: operation.path,
        scopes: requiredScopes((operation.node.security as Json[] | undefined) ?? globalSecurity ?? []),
        tags: (operation.node.tags as string[] | undefined) ?? [],
        produces: successMediaTypes(doc, operation.node),
        ...(query.length > 0 ? { query } : {}),
        ...(operation.node.requestBody === undefined ? {} : { body: true as const }),
        ...(pagination ? { pagination } : {}),
      };
    })
    .sort((a, b) => a.operationId.localeCompare(b.operationId));
}

// OpenAPI lists alternatives; the client asks for the first one, whose scopes must all be granted.
function requiredScopes(security: Json[]): string[] {
  const first = security[0] ?? {};
  return [...new Set(Object.values(first).flat() as string[])].sort();
}

function successMediaTypes(doc: SpecDocument, operation: Json): string[] {
  const responses = Object.entries((operation.responses ?? {}) as Record<string, unknown>);
  const success = responses.filter(([status]) => status.startsWith("2")).map(([, response]) => deref(doc, response));
  return [...new Set(success.flatMap((response) => Object.keys((response.content ?? {}) as Json)))].sort();
}

function findPagination(doc: SpecDocument, operation: Operation): { itemsKey: string } | undefined {
  if (!operation.parameters.has("query:offset") || !operation.parameters.has("query:count")) return undefined;
  const ok = deref(doc, ((operation.node.responses ?? {}) as Json)["200"]);
  const media = ((ok.content ?? {}) as Record<string, Json>)["application/json"];
  const properties = (deref(doc, media?.schema).properties ?? {}) as Record<string, unknown>;
  if (!("paging" in properties)) return undefined;
  const itemsKey = Object.keys(properties).find((key) => deref(doc, properties[key]).type === "array");
  return itemsKey ? { itemsKey } : undefined;
}

/** The scopes every oauth2 scheme declares, with their descriptions. */
export function collectScopes(spec: Json): Record<string, string> {
  const schemes = ((spec.components as Json | undefined)?.securitySchemes ?? {}) as Record<string, Json>;
  const scopes: Record<string, string> = {};
  for (const scheme of Object.values(schemes)) {
    for (const flow of Object.values((scheme.flows ?? {}) as Record<string, Json>)) {
      Object.assign(scopes, flow.scopes as Record<string, string>);
    }
  }
  return Object.fromEntries(Object.entries(scopes).sort(([a], [b]) => a.localeCompare(b)));
}

/** TypeScript source of `generated/operations.ts`: a compact table decoded once at load, typed by a literal type that costs nothing at run time. */
export function renderOperationsModule(spec: Json, source: string): string {
  const operations = collectOperationEntries(spec);
  const strings = [...new Set(operations.flatMap((entry) => [...entry.scopes, ...entry.tags, ...entry.produces]))].sort();
  const index = (values: readonly string[]) => `[${values.map((value) => strings.indexOf(value)).join(",")}]`;
  const rows = operations.map((entry) => {
    const fields = [
      JSON.stringify(entry.operationId),
      String(httpMethods.indexOf(entry.method as (typeof httpMethods)[number])),
      JSON.stringify(entry.path),
      index(entry.scopes),
      index(entry.tags),
      index(entry.produces),
      entry.query ? JSON.stringify(entry.query) : "0",
      entry.body ? "1" : "0",
      entry.pagination ? JSON.stringify(entry.pagination.itemsKey) : "0",
    ];
    return `  [${fields.join(",")}],`;
  });
  const types = operations.map((entry) => `  readonly ${entry.operationId}: ${literalType(entry)};`);
  const scopes = Object.entries(collectScopes(spec)).map(([name, text]) => `  ${JSON.stringify(name)}: ${JSON.stringify(text)},`);
  return `// Generated by scripts/generate.ts from ${source}. Do not edit: change the spec and run \`npm run generate\`.

/** Run-time facts about one operation: its route, the scopes it requires, its tags. */
export interface OperationInfo {
  readonly operationId: string;
  readonly method: "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";
  readonly path: string;
  readonly scopes: readonly string[];
  readonly tags: readonly string[];
  /** Media types of the success responses, for \`Accept\`. */
  readonly produces: readonly string[];
  /** Query parameters a generated method takes beside the path's \`{names}\`; absent when none. */
  readonly query?: readonly string[];
  /** Present when the operation takes a request body. */
  readonly body?: true;
  /** Present on search operations answering \`{ <itemsKey>: [...], paging }\`. */
  readonly pagination?: { readonly itemsKey: string };
}

/** The exact facts of every operation, as types (erased at run time). */
export type Operations = {
${types.join("\n")}
};

// Scopes, tags and media types, referred to by index in the rows below (the table stays small in a bundle).
const strings = ${JSON.stringify(strings)};
const methods = ${JSON.stringify(httpMethods)} as const;
// [operationId, method, path, scopes, tags, produces, query (0: none), body (1: yes), pagination items key (0: none)]
const rows: readonly (readonly [string, number, string, readonly number[], readonly number[], readonly number[], readonly string[] | 0, 0 | 1, string | 0])[] = [
${rows.join("\n")}
];

/** Every operation of the spec, by operationId. */
export const operations = Object.freeze(
  Object.fromEntries(
    rows.map(([operationId, method, path, scopes, tags, produces, query, body, itemsKey]) => [
      operationId,
      Object.freeze({
        operationId,
        method: methods[method],
        path,
        scopes: scopes.map((i) => strings[i]),
        tags: tags.map((i) => strings[i]),
        produces: produces.map((i) => strings[i]),
        ...(query ? { query } : {}),
        ...(body ? { body: true } : {}),
        ...(itemsKey ? { pagination: { itemsKey } } : {}),
      }),
    ]),
  ),
) as unknown as Operations;

/** An operationId of the spec. */
export type OperationId = keyof Operations;

/** operationId by \`"<METHOD> <path template>"\`, e.g. \`"GET /entities/{EntityId}"\`. */
export const operationIdsByRoute: Readonly<Record<string, OperationId>> = Object.freeze(
  Object.fromEntries(rows.map(([operationId, method, path]) => [\`\${methods[method]} \${path}\`, operationId as OperationId])),
);

/** Every scope the spec declares, with its description. */
export const scopeDescriptions = {
${scopes.join("\n")}
} as const;

/** The operation behind a method and path template, as openapi-fetch reports them; \`undefined\` if unknown. */
export function findOperation(method: string, pathTemplate: string): OperationInfo | undefined {
  const operationId = operationIdsByRoute[\`\${method.toUpperCase()} \${pathTemplate}\`];
  return operationId === undefined ? undefined : operations[operationId];
}
`;
}

const httpMethods = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

// The entry as a TypeScript literal type, exactly what \`as const\` would have inferred.
function literalType(entry: OperationEntry): string {
  const tuple = (values: readonly string[]) => `readonly [${values.map((value) => JSON.stringify(value)).join(", ")}]`;
  const members = [
    `readonly operationId: ${JSON.stringify(entry.operationId)}`,
    `readonly method: ${JSON.stringify(entry.method)}`,
    `readonly path: ${JSON.stringify(entry.path)}`,
    `readonly scopes: ${tuple(entry.scopes)}`,
    `readonly tags: ${tuple(entry.tags)}`,
    `readonly produces: ${tuple(entry.produces)}`,
    ...(entry.query ? [`readonly query: ${tuple(entry.query)}`] : []),
    ...(entry.body ? ["readonly body: true"] : []),
    ...(entry.pagination ? [`readonly pagination: { readonly itemsKey: ${JSON.stringify(entry.pagination.itemsKey)} }`] : []),
  ];
  return `{ ${members.join("; ")} }`;
}
