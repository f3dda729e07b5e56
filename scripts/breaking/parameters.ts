import { compareSchemas, type SchemaContext } from "./schemas.js";
import { type Json, type Operation, type SpecDocument, isObject, normalizePath, resolve } from "../lib/spec-document.js";

/**
 * Compares the parameters of a matched operation pair. Query, header and cookie parameters pair
 * by name; path parameters pair by position in the template, so a rename is reported as one.
 */
export function compareParameters(ctx: SchemaContext, base: Operation, head: Operation): void {
  const { findings, op } = ctx;
  const removed: Json[] = [];
  const added: Json[] = [];

  for (const [key, param] of base.parameters) {
    if (param.in === "path") continue;
    const next = head.parameters.get(key);
    if (next === undefined) removed.push(param);
    else compareOne(ctx, param, next);
  }
  for (const [key, param] of head.parameters) {
    if (param.in !== "path" && !base.parameters.has(key)) added.push(param);
  }

  for (const param of removed) {
    const renamed = takeRenameCandidate(ctx, param, added);
    if (renamed) {
      findings.breaking("param-renamed", op, describe(param), `renamed to \`${String(renamed.name)}\` (or removed, and \`${String(renamed.name)}\` added)`);
    } else {
      findings.breaking("param-removed", op, describe(param), "removed");
    }
  }
  for (const param of added) {
    if (param.required === true) findings.breaking("required-param-added", op, describe(param), "new required parameter");
  }

  comparePathParameters(ctx, base, head);
}

function comparePathParameters(ctx: SchemaContext, base: Operation, head: Operation): void {
  const samePath = normalizePath(base.path) === normalizePath(head.path);
  base.pathParamNames.forEach((name, index) => {
    const baseParam = base.parameters.get(`path:${name}`);
    // Same template: pair by position. Moved operation: pair by name (operations.ts reports the move).
    const headName = samePath ? head.pathParamNames[index] : head.pathParamNames.includes(name) ? name : undefined;
    if (headName === undefined) return;
    if (headName !== name) {
      ctx.findings.breaking("path-param-renamed", ctx.op, `path parameter ${name}`, `renamed to \`${headName}\``);
    }
    const headParam = head.parameters.get(`path:${headName}`);
    if (baseParam && headParam) compareSchemas(ctx, "request", `path parameter ${name}`, schemaOf(ctx.base, baseParam), schemaOf(ctx.head, headParam));
  });
}

function compareOne(ctx: SchemaContext, base: Json, head: Json): void {
  if (base.required !== true && head.required === true) {
    ctx.findings.breaking("param-became-required", ctx.op, describe(base), "optional parameter became required");
  }
  compareSchemas(ctx, "request", describe(base), schemaOf(ctx.base, base), schemaOf(ctx.head, head));
}

/** A removed parameter and an added one in the same place with the same type read as a rename. */
function takeRenameCandidate(ctx: SchemaContext, removed: Json, added: Json[]): Json | undefined {
  const type = typeOf(ctx.base, removed);
  const index = added.findIndex((param) => param.in === removed.in && typeOf(ctx.head, param) === type);
  if (index < 0) return undefined;
  return added.splice(index, 1)[0];
}

function schemaOf(doc: SpecDocument, param: Json): unknown {
  if (param.schema !== undefined) return param.schema;
  // `content` parameters: the schema of the (single) media type.
  if (isObject(param.content)) return Object.values(param.content).map((media) => resolve(doc, media).node.schema)[0];
  return undefined;
}

function typeOf(doc: SpecDocument, param: Json): string {
  const type = resolve(doc, schemaOf(doc, param)).node.type;
  return typeof type === "string" ? type : "any";
}

function describe(param: Json): string {
  return `${String(param.in)} parameter ${String(param.name)}`;
}
