import { compareSchemas, type SchemaContext } from "./schemas.js";
import { type Json, type Operation, type SpecDocument, deref, isObject } from "../lib/spec-document.js";

/** Compares the request bodies of a matched operation pair (the request direction). */
export function compareRequestBodies(ctx: SchemaContext, base: Operation, head: Operation): void {
  const { findings, op } = ctx;
  const baseBody = base.node.requestBody === undefined ? null : deref(ctx.base, base.node.requestBody);
  const headBody = head.node.requestBody === undefined ? null : deref(ctx.head, head.node.requestBody);

  if (baseBody === null) {
    if (headBody?.required === true) findings.breaking("request-body-required", op, "request body", "new required request body");
    return;
  }
  if (headBody === null) {
    findings.breaking("request-body-removed", op, "request body", "request body removed");
    return;
  }
  if (baseBody.required !== true && headBody.required === true) {
    findings.breaking("request-body-required", op, "request body", "request body became required");
  }

  const headMedia = mediaTypes(ctx.head, headBody);
  for (const [type, media] of mediaTypes(ctx.base, baseBody)) {
    const next = headMedia.get(type);
    if (next === undefined) findings.breaking("request-media-type-removed", op, `request body ${type}`, `media type ${type} no longer accepted`);
    else compareSchemas(ctx, "request", `request body ${type}`, media.schema, next.schema);
  }
}

/**
 * Compares the responses of a matched operation pair (the response direction). A removed 2xx is
 * breaking; a removed error status (4xx, 5xx, `default`) is a note: clients already have to
 * handle errors the spec does not list.
 */
export function compareResponses(ctx: SchemaContext, base: Operation, head: Operation): void {
  const { findings, op } = ctx;
  const baseResponses = isObject(base.node.responses) ? base.node.responses : {};
  const headResponses = isObject(head.node.responses) ? head.node.responses : {};

  for (const [status, rawBase] of Object.entries(baseResponses)) {
    const rawHead = headResponses[status] ?? headResponses[`${status[0] ?? ""}XX`];
    if (rawHead === undefined) {
      if (isSuccess(status)) findings.breaking("success-status-removed", op, `response ${status}`, `success status ${status} removed`);
      else findings.note("error-status-removed", op, `response ${status}`, `error status ${status} removed`);
      continue;
    }
    const baseMedia = mediaTypes(ctx.base, deref(ctx.base, rawBase));
    const headMedia = mediaTypes(ctx.head, deref(ctx.head, rawHead));
    for (const [type, media] of baseMedia) {
      const next = headMedia.get(type);
      if (next === undefined) findings.breaking("response-media-type-removed", op, `response ${status} ${type}`, `media type ${type} removed`);
      else compareSchemas(ctx, "response", `response ${status} ${type}`, media.schema, next.schema);
    }
  }
}

function isSuccess(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}

/** Media types of a request body or response, keyed lower-case without parameters. */
function mediaTypes(doc: SpecDocument, node: Json): Map<string, Json> {
  const result = new Map<string, Json>();
  if (!isObject(node.content)) return result;
  for (const [type, media] of Object.entries(node.content)) {
    result.set(type.split(";")[0]?.trim().toLowerCase() ?? type, deref(doc, media));
  }
  return result;
}
