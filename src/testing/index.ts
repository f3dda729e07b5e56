/**
 * Typed request handlers for your own tests (entry `entity-management-client/testing`), built on
 * openapi-msw: paths, params, bodies and responses are checked against the spec at compile time.
 * Needs `msw` and `openapi-msw` installed as dev dependencies.
 */
import { createOpenApiHttp } from "openapi-msw";
import type { paths } from "../../generated/entity-management.js";
import { institutionBaseUrl, type ServiceLocation } from "../client/base-url.js";

/** openapi-msw's `http`, typed by the Entity Services spec and rooted at one institution's base URL. */
export function createEntityManagementHttp(location: ServiceLocation) {
  return createOpenApiHttp<paths>({ baseUrl: institutionBaseUrl(location) });
}
