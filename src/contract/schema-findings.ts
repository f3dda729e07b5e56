/**
 * Turns ajv's errors into findings that carry schema-level facts only. ajv's own messages and
 * `params` can quote the data (`tagValue`, `additionalProperty`, a map key in `instancePath`), so
 * every message is rebuilt here from the keyword, the schema and the JSON type of the data.
 */
import type { Finding } from "./types.js";
import type { AjvError, Schema, SpecModel } from "./spec-model.js";

type Names = Pick<SpecModel, "propertyNames" | "schemaNames">;

/**
 * Findings for `errors` from validating `data` against `root`, under `prefix` (`response.body`).
 * Repeats across array items collapse into one finding with `occurrences`.
 */
export function schemaFindings(names: Names, root: Schema, errors: readonly AjvError[], data: unknown, prefix: string): Finding[] {
  const byKey = new Map<string, Finding>();
  for (const error of errors) {
    const finding = describe(names, root, error, data, prefix);
    const key = `${finding.where.replace(/\/\d+(?=\/|$)/g, "/*")}|${finding.rule}`;
    const seen = byKey.get(key);
    byKey.set(key, seen ? { ...seen, occurrences: (seen.occurrences ?? 1) + 1 } : finding);
  }
  return [...byKey.values()];
}

function describe(names: Names, root: Schema, error: AjvError, data: unknown, prefix: string): Finding {
  const segments = pointerSegments(error.instancePath);
  const at = valueAt(data, segments);
  const schema = schemaAt(root, error.schemaPath);
  const branch = branchOf(names, root, error.schemaPath);
  const suffix = branch ? ` (${branch})` : "";
  const where = (child?: string): string => `${prefix}${[...segments, ...(child === undefined ? [] : [child])].map((segment) => `/${safeSegment(names, segment)}`).join("")}`;
  const params = error.params;
  switch (error.keyword) {
    case "type":
      return { where: where(), rule: "type", message: `must be ${String(params["type"])}${suffix}`, expected: String(params["type"]), observed: jsonType(at) };
    case "required":
      return { where: where(String(params["missingProperty"])), rule: "required", message: `required property is missing${suffix}`, expected: "present", observed: "absent" };
    case "additionalProperties":
      // The undeclared key itself is not named: a key can be data (a map keyed by an email address).
      return {
        where: where(),
        rule: "additionalProperties",
        message: `has a property the schema does not declare${suffix}`,
        expected: "declared properties only",
        observed: "an undeclared property",
      };
    case "enum":
      return {
        where: where(),
        rule: "enum",
        message: `is not one of the declared values${suffix}`,
        expected: (params["allowedValues"] as unknown[]).map(String).join(", "),
        observed: `another ${jsonType(at)}`,
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
        observed:
          at !== null && typeof at === "object" && typeof (at as Record<string, unknown>)[String(params["tag"])] === "string" ? "an undeclared value" : "absent or not a string",
      };
    case "oneOf":
    case "anyOf":
      return {
        where: where(),
        rule: error.keyword,
        message: `matches ${params["passingSchemas"] ? "more than one" : "none"} of the declared alternatives`,
        expected: error.keyword,
        observed: jsonType(at),
      };
    default:
      return limitFinding(error.keyword, params, where(), suffix, at);
  }
}

const limits: Record<string, [param: string, words: string, observed: string]> = {
  maxLength: ["limit", "is longer than", "longer"],
  minLength: ["limit", "is shorter than", "shorter"],
  maximum: ["limit", "is above", "above"],
  minimum: ["limit", "is below", "below"],
  exclusiveMaximum: ["limit", "is not below", "not below"],
  exclusiveMinimum: ["limit", "is not above", "not above"],
  maxItems: ["limit", "has more items than", "more items"],
  minItems: ["limit", "has fewer items than", "fewer items"],
  multipleOf: ["multipleOf", "is not a multiple of", "not a multiple"],
};

// Lengths, bounds and counts: the limit comes from the schema; the observed side says only which way it failed.
function limitFinding(keyword: string, params: Readonly<Record<string, unknown>>, where: string, suffix: string, at: unknown): Finding {
  const limit = limits[keyword];
  if (!limit) return { where, rule: keyword, message: `fails the schema's "${keyword}" rule${suffix}`, expected: keyword, observed: jsonType(at) };
  const [param, words, observed] = limit;
  return { where, rule: keyword, message: `${words} ${String(params[param])}${suffix}`, expected: `${keyword} ${String(params[param])}`, observed };
}

/** The JSON type of a value (`integer` for whole numbers): what a finding may say about data. */
export function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value === "undefined" ? "absent" : typeof value;
}

function pointerSegments(pointer: string): string[] {
  return pointer === ""
    ? []
    : pointer
        .slice(1)
        .split("/")
        .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}

// An array index or a property name the spec declares; anything else is a key from the data and is masked.
function safeSegment(names: Names, segment: string): string {
  return /^\d+$/.test(segment) || names.propertyNames.has(segment) ? segment.replace(/~/g, "~0").replace(/\//g, "~1") : "*";
}

function valueAt(data: unknown, segments: readonly string[]): unknown {
  let node = data;
  for (const segment of segments) node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[segment] : undefined;
  return node;
}

// The schema node a `schemaPath` (`#/properties/entities/items/oneOf/0/required`) points into, minus the keyword.
function schemaAt(root: Schema, schemaPath: string): Schema {
  let node: unknown = root;
  for (const segment of pointerSegments(schemaPath.replace(/^#/, "")).slice(0, -1))
    node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[segment] : undefined;
  return (typeof node === "object" && node !== null ? node : {}) as Schema;
}

// The component name of the innermost `oneOf` branch on the way: the branch the discriminator selected.
function branchOf(names: Names, root: Schema, schemaPath: string): string | undefined {
  let node: unknown = root;
  let branch: string | undefined;
  const segments = pointerSegments(schemaPath.replace(/^#/, ""));
  segments.forEach((segment, index) => {
    node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[segment] : undefined;
    if (segments[index - 1] === "oneOf" && typeof node === "object" && node !== null) branch = names.schemaNames.get(node) ?? branch;
  });
  return branch;
}

function discriminatorValues(schema: Schema, tag: string): string[] {
  const branches = (schema["oneOf"] ?? []) as Schema[];
  return branches.flatMap((branch) => ((branch["properties"] as Record<string, Schema> | undefined)?.[tag]?.["enum"] as unknown[] | undefined) ?? []).map(String);
}
