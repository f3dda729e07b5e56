/**
 * One request through the API, in the order a real gateway applies: route (404/405) → access
 * token and scopes (401/403) → the body's media type (415) → validation against the spec (400) →
 * the operation's handler → optionally, validation of the response against the spec (drift →
 * 500, recorded).
 */
import type { IncomingHttpHeaders } from "node:http";
import type { Context, Operation } from "openapi-backend";
import { operations, type OperationId } from "../../../generated/operations.js";
import type { TokenVerifier } from "./access-token.js";
import { operationHandlers, type OperationHandler } from "./handlers/index.js";
import { createResponseChecker, type ResponseViolation, type WireResponse } from "./response-check.js";
import { ApiProblem, badRequest, internalError, type SandboxResponse } from "./responses.js";
import type { Store } from "./store.js";
import { assertDeclaredMediaType, createSpecBackend, describeViolations } from "./validation.js";

/** A request as read off the socket. */
export interface ApiRequest {
  readonly method: string;
  /** The absolute URL the client called. */
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  readonly body: string | undefined;
  /** The caller's `X-Request-ID` when it is a uuid, else a fresh one; echoed on the response. */
  readonly requestId: string;
}

/** What the pipeline needs. */
export interface ApiPipelineOptions {
  /** The path every route sits under: `/a/api/entity-svcs/v1/{InstitutionUniversalId}`. */
  readonly apiRoot: string;
  readonly store: Store;
  readonly verifyToken: TokenVerifier;
  readonly validateResponses: boolean;
  /** Handlers replacing the built-in ones, e.g. to simulate an outage. */
  readonly overrides?: Partial<Record<OperationId, OperationHandler>>;
  /** Called with every response that broke the spec (only when `validateResponses`). */
  readonly onViolation: (violation: ResponseViolation) => void;
}

interface Outcome {
  readonly operation: Operation | undefined;
  readonly response: SandboxResponse;
}

/** Builds the request → response function of the API. */
export async function createApiPipeline(options: ApiPipelineOptions): Promise<(request: ApiRequest) => Promise<WireResponse>> {
  const api = createSpecBackend(options.apiRoot);
  const handlers = { ...operationHandlers(), ...options.overrides };
  // The operation each request was routed to, so a problem thrown past routing is still checked against that operation.
  const routed = new WeakMap<ApiRequest, Operation>();
  const answer =
    (respond: (context: Context, request: ApiRequest) => SandboxResponse | Promise<SandboxResponse>) =>
    async (context: Context, request: ApiRequest): Promise<Outcome> => {
      try {
        return { operation: context.operation, response: await respond(context, request) };
      } catch (error) {
        return { operation: context.operation, response: problemFor(error) };
      }
    };

  api.register({
    postRoutingHandler: (context: Context, request: ApiRequest) => {
      if (context.operation) routed.set(request, context.operation);
    },
    // Between the token check and validation: a caller without a valid token learns nothing about bodies.
    postSecurityHandler: (context: Context, request: ApiRequest) => {
      if (context.security.authorized) assertDeclaredMediaType(context.operation, single(request.headers["content-type"]), request.body);
    },
    notFound: answer((_, request) => {
      const inRoot = request.url.pathname.startsWith(`${options.apiRoot}/`);
      const detail = inRoot
        ? `No operation at ${request.method} ${request.url.pathname}.`
        : `Nothing here: this sandbox serves institution ${options.store.institutionUniversalId} under ${options.apiRoot}.`;
      throw new ApiProblem(404, { type: "jackhenry/not-found", title: "The resource was not found.", details: [detail], data: null });
    }),
    methodNotAllowed: answer((_, request) => {
      throw new ApiProblem(405, {
        type: "jackhenry/method-not-allowed",
        title: "The method is not allowed here.",
        details: [`${request.method} is not an operation of ${request.url.pathname}.`],
        data: null,
      });
    }),
    // What the security handler threw (an ApiProblem, normally), answered as if thrown here.
    unauthorizedHandler: answer((context) =>
      problemFor((context.security["jackHenryIdentity"] as { error?: unknown } | undefined)?.error ?? internalError(["The security check failed without a reason."])),
    ),
    validationFail: answer((context) => {
      const violations = describeViolations(context.validation.errors ?? [], context.operation);
      throw badRequest(
        violations.map((violation) => violation.detail),
        { violations: violations.map(({ detail: _, ...where }) => where) },
      );
    }),
    notImplemented: answer((context) => {
      throw internalError([`The sandbox has no handler for ${context.operation.operationId}.`]);
    }),
    ...Object.fromEntries(
      Object.entries(handlers).map(([operationId, handler]) => [
        operationId,
        answer((context) =>
          handler({
            params: context.request.params as Record<string, string>,
            query: context.request.query as Record<string, unknown>,
            body: context.request.requestBody,
            store: options.store,
          }),
        ),
      ]),
    ),
  });
  api.registerSecurityHandler("jackHenryIdentity", (context: Context, request: ApiRequest) =>
    options.verifyToken(
      { url: request.url.href, method: request.method, authorization: request.headers.authorization, dpop: single(request.headers["dpop"]) },
      operations[context.operation.operationId as OperationId].scopes,
    ),
  );
  await api.init();
  const checkResponse = createResponseChecker(api);

  return async (request) => {
    let outcome: Outcome;
    try {
      assertDecodablePath(request.url.pathname);
      outcome = (await api.handleRequest(toBackendRequest(request), request)) as Outcome;
    } catch (error) {
      outcome = { operation: routed.get(request), response: problemFor(error) };
    }
    const wire = serializeOrFail(outcome.response, request.requestId);
    if (!options.validateResponses) return wire;
    const errors = checkResponse(outcome.operation, wire);
    if (errors.length === 0) return wire;
    const { operationId } = outcome.operation ?? {};
    options.onViolation({ operationId, method: request.method, path: request.url.pathname, status: wire.status, requestId: request.requestId, errors });
    return serialize(internalError([`The sandbox's ${wire.status} answer does not match the spec:`, ...errors], "sandbox/response-invalid").toResponse(), request.requestId);
  };
}

// The router decodes the path and would fail with a bare URIError (a 500); a path that cannot be decoded cannot be routed.
function assertDecodablePath(path: string): void {
  try {
    decodeURIComponent(path);
  } catch {
    throw badRequest([`The path ${path} is not valid percent-encoding: each % must start an escape (%XX) of UTF-8 bytes.`], {
      violations: [{ in: "path", name: "", rule: "percentEncoding" }],
    });
  }
}

function toBackendRequest(request: ApiRequest) {
  const headers = Object.fromEntries(Object.entries(request.headers).filter((entry): entry is [string, string | string[]] => entry[1] !== undefined));
  return { method: request.method, path: request.url.pathname, query: request.url.search.slice(1), headers, body: parseBody(request.body) };
}

// Parsed here so the validator's defaults land in the object the handler receives; unparsable text is left for the validator to report.
// The validator parses any string body it gets, so a JSON string ("x") is handed over as its text, not as the parsed string.
function parseBody(body: string | undefined): unknown {
  if (body === undefined || body === "") return undefined;
  try {
    const parsed = JSON.parse(body) as unknown;
    return typeof parsed === "string" ? body : parsed;
  } catch {
    return body;
  }
}

function problemFor(error: unknown): SandboxResponse {
  if (error instanceof ApiProblem) return error.toResponse();
  return internalError([error instanceof Error ? error.message : String(error)]).toResponse();
}

/** The response as it goes on the wire, under `requestId`. */
export function serialize(response: SandboxResponse, requestId: string): WireResponse {
  const headers: Record<string, string> = { ...response.headers, "x-request-id": requestId };
  if (response.body === undefined) return { status: response.status, headers, bytes: undefined };
  headers["content-type"] = response.contentType ?? "application/json";
  const bytes = response.body instanceof Uint8Array ? response.body : Buffer.from(JSON.stringify(response.body), "utf8");
  return { status: response.status, headers, bytes };
}

// A body that cannot be written (a cycle, a BigInt, a structure too deep to stringify) is the handler's fault: answer 500, never drop the connection.
function serializeOrFail(response: SandboxResponse, requestId: string): WireResponse {
  try {
    return serialize(response, requestId);
  } catch (error) {
    return serialize(
      internalError([`The sandbox could not write its ${response.status} answer: ${error instanceof Error ? error.message : String(error)}`]).toResponse(),
      requestId,
    );
  }
}

const single = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);
