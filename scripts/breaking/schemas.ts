import type { Findings, OperationRef, RuleId } from "./rules.js";
import { type Json, type Resolved, type SpecDocument, isObject, resolve } from "../lib/spec-document.js";

/**
 * Which way data flows. A request schema breaks clients when the server accepts less than before
 * (narrowing); a response schema breaks clients when they may get less, or something else, than
 * before (removals, retyping, new values).
 */
export type Direction = "request" | "response";

/** What a schema comparison needs: both documents, where to report, and for which operation. */
export interface SchemaContext {
  readonly base: SpecDocument;
  readonly head: SpecDocument;
  readonly findings: Findings;
  readonly op: OperationRef;
}

interface Walk {
  readonly ctx: SchemaContext;
  readonly direction: Direction;
  /** `request body application/json`, `query parameter count`, … */
  readonly where: string;
  /** Pairs of (base, head) nodes on the current path: stops recursive schemas. */
  readonly active: Map<Json, Set<Json>>;
}

/** Compares a base schema with a head schema in one direction and records what breaks. */
export function compareSchemas(ctx: SchemaContext, direction: Direction, where: string, base: unknown, head: unknown): void {
  walk({ ctx, direction, where, active: new Map() }, base, head, "$", null);
}

function walk(w: Walk, rawBase: unknown, rawHead: unknown, path: string, outerName: string | null): void {
  const rb = resolve(w.ctx.base, rawBase);
  const rh = resolve(w.ctx.head, rawHead);
  const base = flattenAllOf(w.ctx.base, rb.node);
  const head = flattenAllOf(w.ctx.head, rh.node);
  const name = rh.name ?? rb.name ?? outerName;

  const seen = w.active.get(base);
  if (seen?.has(head)) return;
  if (seen) seen.add(head);
  else w.active.set(base, new Set([head]));
  try {
    if (!compareVariants(w, { node: base, name: rb.name }, { node: head, name: rh.name }, path, name)) {
      compareNode(w, base, head, path, name);
    }
  } finally {
    w.active.get(base)?.delete(head);
  }
}

function compareNode(w: Walk, base: Json, head: Json, path: string, name: string | null): void {
  const report = (rule: RuleId, message: string): void => w.ctx.findings.breaking(rule, w.ctx.op, locate(w, path, name), message);

  const baseType = typeof base.type === "string" ? base.type : null;
  const headType = typeof head.type === "string" ? head.type : null;
  if (baseType !== null && headType !== null && baseType !== headType && !isWidening(w.direction, baseType, headType)) {
    report(w.direction === "request" ? "request-type-changed" : "response-type-changed", `type changed from ${baseType} to ${headType}`);
    return;
  }

  if (w.direction === "request" && base.nullable === true && head.nullable !== true) report("request-nullable-removed", "no longer accepts null");
  if (w.direction === "response" && base.nullable !== true && head.nullable === true) report("response-nullable-added", "may now be null");

  const baseEnum = Array.isArray(base.enum) ? base.enum : null;
  const headEnum = Array.isArray(head.enum) ? head.enum : null;
  if (w.direction === "request" && headEnum !== null) {
    if (baseEnum === null) report("request-enum-narrowed", `now restricted to ${list(headEnum)}`);
    else {
      const removed = missingFrom(baseEnum, headEnum);
      if (removed.length > 0) report("request-enum-narrowed", `no longer accepts ${list(removed)}`);
    }
  }
  if (w.direction === "response" && baseEnum !== null) {
    if (headEnum === null) report("response-enum-widened", `is no longer limited to ${list(baseEnum)}`);
    else {
      const added = missingFrom(headEnum, baseEnum);
      if (added.length > 0) report("response-enum-widened", `may now be ${list(added)}`);
    }
  }

  if (w.direction === "request") {
    const narrowed = narrowedConstraints(base, head);
    if (narrowed.length > 0) report("request-constraint-narrowed", narrowed.join("; "));
  }

  compareProperties(w, base, head, path, name);

  if (base.items !== undefined && head.items !== undefined) walk(w, base.items, head.items, `${path}[]`, name);
  if (isObject(base.additionalProperties) && isObject(head.additionalProperties)) {
    walk(w, base.additionalProperties, head.additionalProperties, `${path}.*`, name);
  }
}

function compareProperties(w: Walk, base: Json, head: Json, path: string, name: string | null): void {
  const baseProps = properties(w.ctx.base, base);
  const headProps = properties(w.ctx.head, head);
  const baseRequired = requiredSet(base);
  const headRequired = requiredSet(head);
  const at = (prop: string): string => locate(w, `${path}.${prop}`, name);
  const { findings, op } = w.ctx;

  if (w.direction === "request") {
    for (const [prop, schema] of baseProps) {
      if (!headProps.has(prop) && !schema.readOnly) findings.breaking("request-property-removed", op, at(prop), `property \`${prop}\` removed`);
    }
    for (const prop of headRequired) {
      if (baseRequired.has(prop) || headProps.get(prop)?.readOnly === true) continue;
      const message = baseProps.has(prop) ? `property \`${prop}\` became required` : `new required property \`${prop}\``;
      findings.breaking("request-property-required", op, at(prop), message);
    }
  } else {
    for (const [prop, schema] of baseProps) {
      if (!headProps.has(prop) && !schema.writeOnly) findings.breaking("response-property-removed", op, at(prop), `property \`${prop}\` removed`);
    }
    for (const prop of baseRequired) {
      if (!headRequired.has(prop) && headProps.has(prop) && headProps.get(prop)?.writeOnly !== true) {
        findings.breaking("response-property-optional", op, at(prop), `property \`${prop}\` is no longer required (may be absent)`);
      }
    }
  }

  const baseRaw = isObject(base.properties) ? base.properties : {};
  const headRaw = isObject(head.properties) ? head.properties : {};
  for (const prop of baseProps.keys()) {
    if (headProps.has(prop)) walk(w, baseRaw[prop], headRaw[prop], `${path}.${prop}`, name);
  }
}

/**
 * Compares `oneOf`/`anyOf` unions, pairing variants by component name (or position when inline).
 * Returns true when the node was a union on either side and has been handled.
 */
function compareVariants(w: Walk, base: Resolved, head: Resolved, path: string, name: string | null): boolean {
  const baseVariants = variants(w.ctx.base, base.node);
  const headVariants = variants(w.ctx.head, head.node);
  if (baseVariants === null && headVariants === null) return false;
  const { findings, op } = w.ctx;
  const single = (node: Resolved): Variant[] => [{ key: node.name ?? "0", raw: node.node }];
  const bs = baseVariants ?? single(base);
  const hs = headVariants ?? single(head);
  const headByKey = new Map(hs.map((variant) => [variant.key, variant]));
  const baseKeys = new Set(bs.map((variant) => variant.key));

  for (const variant of bs) {
    const match = headByKey.get(variant.key) ?? (bs.length === 1 && hs.length === 1 ? hs[0] : undefined);
    if (match) walk(w, variant.raw, match.raw, path, name);
    else if (w.direction === "request") {
      findings.breaking("request-variant-removed", op, locate(w, path, name), `variant \`${variant.key}\` is no longer accepted`);
    }
  }
  if (w.direction === "response" && !(bs.length === 1 && hs.length === 1)) {
    for (const variant of hs) {
      if (!baseKeys.has(variant.key)) findings.breaking("response-variant-added", op, locate(w, path, name), `may now be variant \`${variant.key}\``);
    }
  }
  return true;
}

interface Variant {
  /** Component name of the variant, or its position for inline variants. */
  readonly key: string;
  readonly raw: unknown;
}

function variants(doc: SpecDocument, node: Json): Variant[] | null {
  const list: unknown[] | null = Array.isArray(node.oneOf) ? node.oneOf : Array.isArray(node.anyOf) ? node.anyOf : null;
  if (list === null) return null;
  return list.map((raw, index) => ({ key: resolve(doc, raw).name ?? String(index), raw }));
}

const flattened = new WeakMap<Json, Json>();

/** Merges `allOf` members into one schema (properties and required lists united); cached per node. */
function flattenAllOf(doc: SpecDocument, node: Json): Json {
  if (!Array.isArray(node.allOf)) return node;
  const cached = flattened.get(node);
  if (cached) return cached;
  const { allOf, ...own } = node;
  const merged: Json = { ...own };
  flattened.set(node, merged);
  const props: Json = {};
  const required = new Set<string>();
  for (const member of [own, ...(allOf as unknown[]).map((raw) => flattenAllOf(doc, resolve(doc, raw).node))]) {
    for (const [key, value] of Object.entries(member)) {
      if (key === "properties" && isObject(value)) Object.assign(props, { ...value, ...props });
      else if (key === "required" && Array.isArray(value)) for (const item of value) required.add(String(item));
      else if (!(key in merged)) merged[key] = value;
    }
  }
  if (Object.keys(props).length > 0) merged.properties = props;
  if (required.size > 0) merged.required = [...required];
  return merged;
}

function properties(doc: SpecDocument, node: Json): Map<string, Json> {
  const result = new Map<string, Json>();
  if (isObject(node.properties)) {
    for (const [key, value] of Object.entries(node.properties)) result.set(key, resolve(doc, value).node);
  }
  return result;
}

function requiredSet(node: Json): Set<string> {
  return new Set(Array.isArray(node.required) ? node.required.map(String) : []);
}

function isWidening(direction: Direction, from: string, to: string): boolean {
  return direction === "request" ? from === "integer" && to === "number" : from === "number" && to === "integer";
}

const UPPER = ["maxLength", "maximum", "maxItems", "maxProperties"] as const;
const LOWER = ["minLength", "minimum", "minItems", "minProperties"] as const;

function narrowedConstraints(base: Json, head: Json): string[] {
  const out: string[] = [];
  for (const key of UPPER) {
    const [b, h] = [base[key], head[key]];
    if (typeof h === "number" && (typeof b !== "number" || h < b)) out.push(`${key} ${typeof b === "number" ? `${b} → ` : "added: "}${h}`);
  }
  for (const key of LOWER) {
    const [b, h] = [base[key], head[key]];
    if (typeof h === "number" && (typeof b !== "number" || h > b)) out.push(`${key} ${typeof b === "number" ? `${b} → ` : "added: "}${h}`);
  }
  for (const key of ["exclusiveMaximum", "exclusiveMinimum", "uniqueItems"] as const) {
    if (head[key] === true && base[key] !== true) out.push(`${key} added`);
  }
  for (const key of ["pattern", "multipleOf"] as const) {
    const value = head[key];
    if ((typeof value === "string" || typeof value === "number") && value !== base[key]) out.push(`${key} ${base[key] === undefined ? "added" : "changed"}: ${value}`);
  }
  return out;
}

function missingFrom(values: readonly unknown[], other: readonly unknown[]): unknown[] {
  const keys = new Set(other.map((value) => JSON.stringify(value)));
  return values.filter((value) => !keys.has(JSON.stringify(value)));
}

function list(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(", ");
}

function locate(w: Walk, path: string, name: string | null): string {
  const where = path === "$" ? w.where : `${w.where} ${path}`;
  return name === null ? where : `${where} (schema ${name})`;
}
