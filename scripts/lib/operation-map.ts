/** What the client needs to know about one operation at run time (openapi-typescript drops `security`). */
export interface OperationEntry {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly scopes: readonly string[];
  readonly tags: readonly string[];
  /** Media types of the success responses, for `Accept`. */
  readonly produces: readonly string[];
  /** Present on `…/search` operations answering `{ <itemsKey>: [...], paging }`. */
  readonly pagination?: { readonly itemsKey: string };
}

type Json = Record<string, unknown>;

const httpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** Lists every operation of a bundled spec with its scopes, sorted by operationId for stable output. */
export function collectOperations(spec: Json): OperationEntry[] {
  const globalSecurity = spec.security as Json[] | undefined;
  const entries: OperationEntry[] = [];
  for (const [path, pathItem] of Object.entries((spec.paths ?? {}) as Record<string, Json>)) {
    const item = resolve(spec, pathItem);
    for (const method of httpMethods) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      const operationId = operation.operationId as string;
      const security = (operation.security as Json[] | undefined) ?? globalSecurity ?? [];
      const pagination = findPagination(spec, operation);
      entries.push({
        operationId,
        method: method.toUpperCase(),
        path,
        scopes: requiredScopes(security),
        tags: (operation.tags as string[] | undefined) ?? [],
        produces: successMediaTypes(spec, operation),
        ...(pagination ? { pagination } : {}),
      });
    }
  }
  return entries.sort((a, b) => a.operationId.localeCompare(b.operationId));
}

// OpenAPI lists alternatives; the client asks for the first one, whose scopes must all be granted.
function requiredScopes(security: Json[]): string[] {
  const first = security[0] ?? {};
  return [...new Set(Object.values(first).flat() as string[])].sort();
}

function successMediaTypes(spec: Json, operation: Json): string[] {
  const responses = Object.entries((operation.responses ?? {}) as Record<string, Json>);
  const success = responses.filter(([status]) => status.startsWith("2")).map(([, response]) => resolve(spec, response));
  return [...new Set(success.flatMap((response) => Object.keys((response.content ?? {}) as Json)))].sort();
}

function findPagination(spec: Json, operation: Json): { itemsKey: string } | undefined {
  const parameters = ((operation.parameters ?? []) as Json[]).map((parameter) => resolve(spec, parameter));
  const query = new Set(parameters.filter((p) => p.in === "query").map((p) => p.name));
  if (!query.has("offset") || !query.has("count")) return undefined;
  const ok = resolve(spec, ((operation.responses ?? {}) as Json)["200"] as Json | undefined);
  const media = ((ok.content ?? {}) as Record<string, Json>)["application/json"];
  const properties = (resolve(spec, media?.schema as Json | undefined).properties ?? {}) as Record<string, Json>;
  if (!("paging" in properties)) return undefined;
  const itemsKey = Object.keys(properties).find((key) => resolve(spec, properties[key]).type === "array");
  return itemsKey ? { itemsKey } : undefined;
}

// Bundled specs keep local `$ref`s (`#/components/...`); follow them to the object.
function resolve(spec: Json, node: Json | undefined): Json {
  let current = node ?? {};
  while (typeof current.$ref === "string") {
    const pointer = current.$ref.replace(/^#\//, "").split("/").map(decodePointerToken);
    current = pointer.reduce<Json>((value, key) => (value[key] ?? {}) as Json, spec);
  }
  return current;
}

function decodePointerToken(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
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

/** TypeScript source of `generated/operations.ts`. */
export function renderOperationsModule(spec: Json, source: string): string {
  const operations = collectOperations(spec);
  const body = operations.map((entry) => `  ${entry.operationId}: ${JSON.stringify(entry)},`).join("\n");
  const routes = operations.map((entry) => `  ${JSON.stringify(`${entry.method} ${entry.path}`)}: "${entry.operationId}",`);
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
  /** Present on search operations answering \`{ <itemsKey>: [...], paging }\`. */
  readonly pagination?: { readonly itemsKey: string };
}

/** Every operation of the spec, by operationId. */
export const operations = {
${body}
} as const satisfies Record<string, OperationInfo>;

/** An operationId of the spec. */
export type OperationId = keyof typeof operations;

/** operationId by \`"<METHOD> <path template>"\`, e.g. \`"GET /entities/{EntityId}"\`. */
export const operationIdsByRoute: Readonly<Record<string, OperationId>> = {
${routes.join("\n")}
};

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
