import { InvalidRequestError } from "../errors/invalid-request-error.js";

/**
 * Fills `{Name}` path templates, percent-encoding every value so it stays inside its segment.
 * `.` and `..` are refused: URL parsers remove dot segments even when percent-encoded (`%2E%2E`).
 */
export function serializePath(pathname: string, pathParams: Record<string, unknown>): string {
  return pathname.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    const value = pathParams[name];
    if (value === undefined || value === null || value === "") {
      throw new InvalidRequestError("INVALID_PATH_PARAM", `Path parameter ${name} is empty; pass the id of an existing resource.`);
    }
    // Anything else (an array, a record) would be sent as its String(), e.g. "[object Object]": not an id.
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "bigint" && typeof value !== "boolean") {
      throw new InvalidRequestError(
        "INVALID_PATH_PARAM",
        `Path parameter ${name} is ${Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : `a ${typeof value}`}; pass the id as a string.`,
      );
    }
    const text = String(value);
    if (text === "." || text === "..") {
      throw new InvalidRequestError("INVALID_PATH_PARAM", `Path parameter ${name} cannot be "${text}": it would leave its path segment.`);
    }
    try {
      return encodeURIComponent(text);
    } catch {
      // URIError: a lone UTF-16 surrogate has no UTF-8 encoding.
      throw new InvalidRequestError("INVALID_PATH_PARAM", `Path parameter ${name} is not well-formed Unicode and cannot be encoded.`);
    }
  });
}
