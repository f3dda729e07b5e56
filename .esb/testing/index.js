import {
  institutionBaseUrl
} from "../chunk-FQJDD2EQ.js";
import "../chunk-HUATZ5KV.js";

// src/testing/index.ts
import { createOpenApiHttp } from "openapi-msw";
function createEntityManagementHttp(location) {
  return createOpenApiHttp({ baseUrl: institutionBaseUrl(location) });
}
export {
  createEntityManagementHttp
};
