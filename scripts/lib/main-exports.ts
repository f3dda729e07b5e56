import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import ts from "typescript";

/**
 * Names a module exports, read from its source and the relative modules it re-exports, without
 * type-checking (the generator's budget is seconds). Modules in `skip` are not followed: the
 * generated models themselves, whose names are what is being checked for clashes.
 */
export function exportedNames(entry: string, skip: ReadonlySet<string> = new Set()): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || skip.has(file)) return;
    seen.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
    for (const statement of source.statements) {
      if (ts.isExportDeclaration(statement)) {
        const from = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : undefined;
        const clause = statement.exportClause;
        if (clause === undefined) {
          // `export * from "./x.js"`: only relative modules are ours to follow.
          if (from?.startsWith(".")) visit(normalize(join(dirname(file), from.replace(/\.js$/, ".ts"))));
        } else if (ts.isNamespaceExport(clause)) {
          names.add(clause.name.text);
        } else {
          for (const element of clause.elements) names.add(element.name.text);
        }
      } else if (isExported(statement)) {
        for (const name of declaredNames(statement)) names.add(name);
      }
    }
  };
  visit(normalize(entry));
  return names;
}

function isExported(statement: ts.Statement): boolean {
  return ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
}

function declaredNames(statement: ts.Statement): string[] {
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((declaration) => (ts.isIdentifier(declaration.name) ? [declaration.name.text] : []));
  }
  const name = (statement as { name?: ts.Node }).name;
  return name && ts.isIdentifier(name) ? [name.text] : [];
}
