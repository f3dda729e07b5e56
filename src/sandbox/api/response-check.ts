/**
 * Checks what the sandbox is about to send against the spec: the status is declared, the
 * Content-Type is one the status declares, the body matches its schema, the declared headers are
 * there and valid. openapi-backend validates `application/json` bodies; problem+json bodies and
 * headers are compiled here with the same configured ajv, once per distinct schema (openapi-backend
 * would compile every header of every status four times per operation).
 */
import { ValidationContext, type OpenAPIBackend, type Operation, type ValidationResult } from "openapi-backend";

/** A response as it goes on the wire. */
export interface WireResponse {
  readonly status: number;
  /** Lower-cased header names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly bytes: Uint8Array | undefined;
}

/** A response that did not match the spec, as recorded on the sandbox handle. */
export interface ResponseViolation {
  readonly operationId: string | undefined;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly requestId: string;
  readonly errors: readonly string[];
}

/** The parts of a (dereferenced) response object this check reads. */
interface DeclaredResponse {
  readonly content?: Readonly<Record<string, { readonly schema?: object }>>;
  readonly headers?: Readonly<Record<string, { readonly schema?: object }>>;
}

type Validate = ((data: unknown) => boolean) & { errors?: ValidationResult["errors"] };

/** Returns a checker answering the list of ways a response breaks the spec (empty when it conforms). */
export function createResponseChecker(api: OpenAPIBackend): (operation: Operation | undefined, response: WireResponse) => string[] {
  const ajv = api.validator.getAjv(ValidationContext.Response);
  const compiled = new WeakMap<object, Validate>();
  const schemaErrors = (schema: object, value: unknown, where: string): string[] => {
    let validate = compiled.get(schema);
    if (!validate) compiled.set(schema, (validate = ajv.compile(schema) as Validate));
    return validate(value) ? [] : messages(validate.errors, where);
  };
  const problemSchema = (api.definition as unknown as { components: { schemas: Record<string, object> } }).components.schemas["ProblemDetails"] ?? {};

  return (operation, response) => {
    const contentType = (response.headers["content-type"] ?? "").split(";")[0]?.trim() ?? "";
    const hasBody = response.bytes !== undefined && response.bytes.byteLength > 0;
    if (!operation) {
      // No route matched: there is no operation to hold the answer to, but it must still be a proper problem.
      if (contentType !== "application/problem+json") return [`an unrouted answer must be application/problem+json, not "${contentType}"`];
      return parsed(response, (body) => schemaErrors(problemSchema, body, "body"));
    }

    const declared = declaredResponse(operation, response.status);
    if (!declared) return [`status ${response.status} is not declared for ${operation.operationId}`];
    const errors: string[] = [];
    const media = Object.keys(declared.content ?? {});
    if (!hasBody && media.length > 0) errors.push(`status ${response.status} declares a body (${media.join(", ")}) but none was sent`);
    if (hasBody && media.length === 0) errors.push(`status ${response.status} declares no body but one was sent`);
    if (hasBody && media.length > 0) {
      const schema = declared.content?.[contentType]?.schema;
      if (!media.includes(contentType)) errors.push(`Content-Type "${contentType}" is not declared for status ${response.status} (declared: ${media.join(", ")})`);
      else if (contentType === "application/json") {
        errors.push(...parsed(response, (body) => messages(api.validateResponse(body, operation, response.status).errors, "body")));
      } else if (/[/+]json$/.test(contentType) && schema) errors.push(...parsed(response, (body) => schemaErrors(schema, body, "body")));
    }
    // The sandbox sends every header the spec declares for a status, so a missing one is drift too.
    for (const [name, header] of Object.entries(declared.headers ?? {})) {
      const value = response.headers[name.toLowerCase()];
      if (value === undefined) errors.push(`header ${name} is declared for status ${response.status} but was not sent`);
      else if (header.schema) errors.push(...schemaErrors(header.schema, value, `header ${name}`));
    }
    return errors;
  };
}

function declaredResponse(operation: Operation, status: number): DeclaredResponse | undefined {
  const responses = (operation.responses ?? {}) as Record<string, DeclaredResponse>;
  return responses[String(status)] ?? responses[`${Math.floor(status / 100)}XX`] ?? responses["default"];
}

function parsed(response: WireResponse, check: (body: unknown) => string[]): string[] {
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(response.bytes));
  } catch {
    return ["the body is not valid JSON"];
  }
  return check(body);
}

function messages(errors: ValidationResult["errors"], where: string): string[] {
  return (errors ?? []).map((error) => {
    const path = error.instancePath;
    const extra: unknown = error.params["additionalProperty"];
    return `${where}${path} ${error.message ?? error.keyword}${typeof extra === "string" ? `: ${extra}` : ""}`;
  });
}
