/**
 * Checks one answer against the operation's declared responses: the status is declared, the
 * media type is one it declares, a body is there exactly when one is declared, declared headers
 * match their schemas, and a JSON body matches its schema. Findings name places, never values.
 */
import { schemaFindings } from "./schema-findings.js";
import type { ContractOperation, DeclaredResponse, SpecModel } from "./spec-model.js";
import type { Finding } from "./types.js";

/** An answer as the check sees it. */
export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  /** The body's text; empty when there was none. */
  readonly text: string;
}

/** The declared response for `status` (exact, then `4XX`-style, then `default`), if any. */
export function declaredResponse(operation: ContractOperation, status: number): DeclaredResponse | undefined {
  return operation.responses[String(status)] ?? operation.responses[`${Math.floor(status / 100)}XX`] ?? operation.responses["default"];
}

/** The statuses the operation declares, for a finding's `expected`. */
export function declaredStatuses(operation: ContractOperation): string {
  return Object.keys(operation.responses).join(", ");
}

/** The answer's media type without parameters (`application/json`), `none`, or `invalid` when it is not a media type at all. */
export function mediaTypeOf(headers: Headers): string {
  const value = headers.get("content-type");
  if (value === null) return "none";
  const essence = value.split(";")[0]?.trim().toLowerCase() ?? "";
  // Only a well-formed type/subtype may be repeated in a report; anything else could be arbitrary text.
  return /^[a-z0-9!#$&^_.+-]{1,64}\/[a-z0-9!#$&^_.+-]{1,64}$/.test(essence) ? essence : "invalid";
}

/** Everything about `answer` that breaks the spec; empty when it conforms. */
export function checkAnswer(model: SpecModel, operation: ContractOperation, answer: Answer): Finding[] {
  const declared = declaredResponse(operation, answer.status);
  if (!declared) {
    return [
      {
        where: "status",
        rule: "status",
        message: `status ${answer.status} is not declared for this operation`,
        expected: declaredStatuses(operation),
        observed: String(answer.status),
      },
    ];
  }
  return [...headerFindings(model, declared, answer.headers), ...bodyFindings(model, declared, answer)];
}

function headerFindings(model: SpecModel, declared: DeclaredResponse, headers: Headers): Finding[] {
  return Object.entries(declared.headers ?? {}).flatMap(([name, header]): Finding[] => {
    const value = headers.get(name);
    const where = `header ${name.toLowerCase()}`;
    if (value === null) return header.required ? [{ where, rule: "required", message: "required header is missing", expected: "present", observed: "absent" }] : [];
    if (!header.schema) return [];
    const validate = model.compileResponse(header.schema);
    if (validate(value)) return [];
    const keywords = [...new Set((validate.errors ?? []).map((error) => error.keyword))];
    return [
      {
        where,
        rule: keywords[0] ?? "schema",
        message: `does not match its declared schema (${keywords.join(", ")})`,
        expected: describeSchema(header.schema),
        observed: "another value",
      },
    ];
  });
}

function bodyFindings(model: SpecModel, declared: DeclaredResponse, answer: Answer): Finding[] {
  const content = declared.content ?? {};
  const media = Object.keys(content);
  const hasBody = answer.text.length > 0;
  const observedMedia = mediaTypeOf(answer.headers);
  if (media.length === 0) {
    return hasBody
      ? [{ where: "response.body", rule: "body", message: `status ${answer.status} declares no body, but one was sent`, expected: "no body", observed: observedMedia }]
      : [];
  }
  if (!hasBody)
    return [{ where: "response.body", rule: "body", message: `status ${answer.status} declares a body, but none was sent`, expected: media.join(", "), observed: "no body" }];
  const mediaType = media.find((type) => matchesMediaType(type, observedMedia));
  if (mediaType === undefined) {
    return [
      { where: "header content-type", rule: "media-type", message: `media type is not declared for status ${answer.status}`, expected: media.join(", "), observed: observedMedia },
    ];
  }
  const schema = content[mediaType]?.schema;
  if (!schema || !/[/+]json$/.test(observedMedia)) return [];
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return [{ where: "response.body", rule: "json", message: "is not valid JSON", expected: observedMedia, observed: "unparsable text" }];
  }
  const validate = model.compileResponse(schema);
  return validate(body) ? [] : schemaFindings(model, schema, validate.errors ?? [], body, "response.body");
}

// `application/*` and `*/*` in the spec match any subtype, as OpenAPI allows.
function matchesMediaType(declared: string, observed: string): boolean {
  const [type, subtype] = declared.toLowerCase().split("/");
  const [observedType] = observed.split("/");
  if (type === "*") return observed !== "none" && observed !== "invalid";
  return subtype === "*" ? type === observedType : declared.toLowerCase() === observed;
}

function describeSchema(schema: Readonly<Record<string, unknown>>): string {
  const { type, format, maxLength } = schema;
  const parts = [type, typeof format === "string" && format !== "" && `format ${format}`, typeof maxLength === "number" && `maxLength ${maxLength}`];
  return parts.filter(Boolean).map(String).join(", ") || "its schema";
}
