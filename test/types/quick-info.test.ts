/** What an editor shows on hover, asked of the TypeScript language service as editors ask it. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// A consumer file that exists only in memory, beside the type tests, importing the package's sources.
const consumerPath = resolve("test/types/hover-consumer.ts");
const consumer = `import { createEntityManagementClient, staticToken, type Address } from "../../src/index.js";
const client = createEntityManagementClient({ institutionUniversalId: "i", auth: staticToken("t") });
export const entity = client.getEntity({ EntityId: "9b2f6a4c-1d3e-4f5a-8b7c-6d5e4f3a2b1c" });
export const page = client.searchEntities({ body: {}, count: 10 });
export const report = client.downloadReport({ ReportId: "r" });
export type Shown = Address;
`;

function languageService(): ts.LanguageService {
  const options: ts.CompilerOptions = {
    strict: true,
    exactOptionalPropertyTypes: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
    types: ["node"],
    skipLibCheck: true,
    noEmit: true,
  };
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [consumerPath],
    getScriptVersion: () => "1",
    getScriptSnapshot: (file) => {
      const text = file === consumerPath ? consumer : ts.sys.fileExists(file) ? readFileSync(file, "utf8") : undefined;
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => process.cwd(),
    getCompilationSettings: () => options,
    getDefaultLibFileName: (settings) => ts.getDefaultLibFilePath(settings),
    fileExists: (file) => file === consumerPath || ts.sys.fileExists(file),
    readFile: (file) => (file === consumerPath ? consumer : ts.sys.readFile(file)),
    readDirectory: (...args) => ts.sys.readDirectory(...args),
    directoryExists: (directory) => ts.sys.directoryExists(directory),
    getDirectories: (directory) => ts.sys.getDirectories(directory),
  };
  return ts.createLanguageService(host, ts.createDocumentRegistry());
}

const service = languageService();

/** The hover text at the first occurrence of `marker` in the consumer, offset into it by `at`. */
function hover(marker: string, at = 0): string {
  const position = consumer.indexOf(marker) + at;
  expect(position).toBeGreaterThanOrEqual(at);
  const info = service.getQuickInfoAtPosition(consumerPath, position);
  const parts = [...(info?.displayParts ?? []), ...(info?.documentation ?? []), ...(info?.tags ?? []).flatMap((tag) => tag.text ?? [])];
  return parts.map((part) => part.text).join("");
}

describe("hovering a generated method in an editor", () => {
  it("shows the operation's summary, its scopes, its evidence and its statuses", () => {
    const text = hover("getEntity(");
    expect(text).toContain("Get an entity");
    expect(text).toContain("Scopes: `entity-services.entities.read`.");
    expect(text).toContain("Evidence: inferred");
    expect(text).toContain("- `404` No resource with this id exists");
    expect(text).toContain("`GET /entities/{EntityId}`");
    // The signature shows resolved types, not helper aliases.
    expect(text).toContain("readonly EntityId: string;");
  });

  it("shows a parameter's description and constraints on its property", () => {
    expect(hover("EntityId:")).toMatch(/The id of the Entity\.[\s\S]*Allowed: string \(uuid\)\./);
    const count = hover("count: 10");
    expect(count).toContain("The maximum number of results to return.");
    expect(count).toContain("Allowed: integer, ≥ 1, ≤ 200, default `50`.");
    expect(count).toContain("count?: number");
  });

  it("says that a download answers bytes", () => {
    expect(hover("downloadReport(")).toContain("`data` is an `ArrayBuffer`");
  });

  it("shows a named model's schema description", () => {
    expect(hover("Address;")).toContain("A postal address of the entity.");
  });

  it("reports no compile error in the consumer", () => {
    const diagnostics = [...service.getSyntacticDiagnostics(consumerPath), ...service.getSemanticDiagnostics(consumerPath)];
    expect(diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"))).toEqual([]);
  });
});
