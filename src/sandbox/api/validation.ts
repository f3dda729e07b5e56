/**
 * The spec-driven validator: openapi-backend over the bundled spec, with ajv-formats so `format`
 * is checked too (openapi-backend ignores it otherwise), and the translation of ajv's errors into
 * problem details, one per violation.
 */
import addFormats from "ajv-formats";
import { OpenAPIBackend, type Document, type Operation, type ValidationResult } from "openapi-backend";
import spec from "../../../generated/entity-management.json" with { type: "json" };
import { unsupportedMediaType } from "./responses.js";

/** One ajv error, as openapi-backend reports it. */
export type ErrorObject = NonNullable<ValidationResult["errors"]>[number];

/** One violation found by the validator, in words and as data. */
export interface Violation {
  readonly detail: string;
  /** Where: `body`, `query`, `path`, `header` or `request`. */
  readonly in: string;
  /** The field, e.g. `lastName`, `asset.assetId`, `count`; empty for the whole body. */
  readonly name: string;
  /** The JSON Schema keyword that failed, e.g. `required`, `format`. */
  readonly rule: string;
}

/**
 * Creates the openapi-backend instance for routes under `apiRoot`. Quick mode compiles each
 * operation's validators on first use: start-up in milliseconds instead of seconds.
 */
export function createSpecBackend(apiRoot: string): OpenAPIBackend {
  return new OpenAPIBackend({
    definition: validatorDefinition(),
    apiRoot,
    quick: true,
    coerceTypes: true,
    // allErrors: one detail per violation, not just the first. useDefaults: the handlers see the spec's defaults.
    // optimize: false halves the compile time of each operation's validators; they are small enough not to need it.
    ajvOpts: { allErrors: true, discriminator: true, useDefaults: true, code: { optimize: false } },
    customizeAjv: (ajv) => {
      addFormats.default(ajv);
      // The spec's own money format; its pattern is repeated in the schema, so this only silences "unknown format".
      ajv.addFormat("decimal", /^-?\d{1,15}(\.\d{1,4})?$/);
      return ajv;
    },
  });
}

// ajv's `discriminator` picks the branch from each branch's one-value enum, so a person missing
// `lastName` gets one detail instead of every complaint of the organization branch; it refuses `mapping`, which adds nothing here.
function validatorDefinition(): Document {
  const definition = structuredClone(spec) as unknown as { components: { schemas: Record<string, { discriminator?: { mapping?: unknown } }> } };
  for (const schema of Object.values(definition.components.schemas)) delete schema.discriminator?.mapping;
  return definition as unknown as Document;
}

/** Throws a 415 problem when a body comes with a Content-Type the operation does not declare (parameters such as `charset` aside). */
export function assertDeclaredMediaType(operation: Operation, contentType: string | undefined, body: string | undefined): void {
  const declared = Object.keys((operation.requestBody as { content?: Record<string, unknown> } | undefined)?.content ?? {});
  // No body at all is the validator's to report ("A JSON request body is required").
  if (declared.length === 0 || body === undefined || body === "") return;
  const sent = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (!declared.includes(sent)) throw unsupportedMediaType(declared, sent);
}

/** Turns ajv errors into violations: one per field and rule, `format` preferred over the `pattern` that repeats it. */
export function describeViolations(errors: readonly ErrorObject[], operation: Operation | undefined): Violation[] {
  const byKey = new Map<string, ErrorObject>();
  // A body that is not JSON has no fields to complain about: its schema errors are about the raw text.
  const unparsable = errors.some((error) => error.keyword === "parse");
  const meaningful = errors.filter(
    (error) => !(["oneOf", "anyOf"].includes(error.keyword) && errors.length > 1) && !(unparsable && error.keyword !== "parse" && error.instancePath.startsWith("/requestBody")),
  );
  for (const error of meaningful) {
    const key = `${error.instancePath}|${String(error.params["missingProperty"] ?? error.params["additionalProperty"] ?? "")}`;
    const seen = byKey.get(key);
    if (!seen || (seen.keyword === "pattern" && error.keyword === "format")) byKey.set(key, error);
  }
  return [...byKey.values()].map((error) => describe(error, operation));
}

function describe(error: ErrorObject, operation: Operation | undefined): Violation {
  const [, section = "", ...rest] = error.instancePath.split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
  const params = error.params as Record<string, unknown>;
  // The property the error is about, when ajv reports it on the parent object.
  const named = params["missingProperty"] ?? params["additionalProperty"] ?? (error.keyword === "discriminator" ? params["tag"] : undefined);
  const child = typeof named === "string" ? named : "";
  const location = { in: section === "requestBody" ? "body" : section || "request", rule: error.keyword };
  if (error.keyword === "parse") return { ...location, in: "body", name: "", detail: `The body is not valid JSON: ${error.message}.` };
  if (section === "" && child === "requestBody") return { ...location, in: "body", name: "", detail: "A JSON request body is required." };

  const segments = [...rest, ...(child ? [child] : [])];
  const name = section === "header" ? headerName(segments.join("/"), operation) : fieldPath(segments);
  const subject = describeSubject(location.in, name);
  const detail = ((): string => {
    switch (error.keyword) {
      case "required":
        return `${subject} is required.`;
      case "additionalProperties":
        return location.in === "body" ? `${subject} is not allowed.` : `${subject} is not defined for this operation.`;
      case "enum":
        return `${subject} must be one of: ${(params["allowedValues"] as unknown[]).join(", ")}.`;
      case "format":
        return `${subject} must be a valid ${String(params["format"])}.`;
      case "pattern":
        return `${subject} must match the pattern ${String(params["pattern"])}.`;
      case "discriminator": {
        // The tag's value as sent, which may be any JSON value when it is not a string.
        const tagValue = params["tagValue"];
        return `${subject} must be one of the declared types${tagValue === undefined ? "" : `, not "${typeof tagValue === "string" ? tagValue : JSON.stringify(tagValue)}"`}.`;
      }
      default:
        return `${subject} ${error.message ?? "is invalid"}.`;
    }
  })();
  return { ...location, name, detail };
}

function describeSubject(where: string, name: string): string {
  if (where === "body") return name === "" ? "The body" : name;
  if (where === "query") return `Query parameter ${name}`;
  if (where === "path") return `Path parameter ${name}`;
  if (where === "header") return `Header ${name}`;
  return name === "" ? "The request" : name;
}

// ["asset", "assetId"] → "asset.assetId"; ["entityIds", "1"] → "entityIds[1]".
function fieldPath(segments: readonly string[]): string {
  return segments.reduce((path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment), "");
}

// Header parameters are validated lower-cased; name them as the spec spells them.
function headerName(lowerCased: string, operation: Operation | undefined): string {
  const declared = (operation?.parameters ?? []).find((parameter) => "name" in parameter && parameter.in === "header" && parameter.name.toLowerCase() === lowerCased);
  return declared && "name" in declared ? declared.name : lowerCased;
}
