import {
  ApiError,
  AuthError,
  InsufficientScopeError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  RequestAbortedError,
  ResponseTooLargeError,
  TimeoutError,
  authorizationCode,
  clientCredentials,
  createAccessToken,
  createDiscoveryCache,
  createEntityManagementClient,
  refreshTokenSource,
  staticToken,
  toApiError,
  unwrap
} from "./chunk-D6O25QI6.js";
import {
  findOperation,
  operations,
  scopeDescriptions
} from "./chunk-GREIS4CQ.js";
import "./chunk-FQJDD2EQ.js";
import "./chunk-DYKYEZKB.js";
import {
  EntityManagementError,
  InvalidOptionsError
} from "./chunk-HUATZ5KV.js";
export {
  ApiError,
  AuthError,
  EntityManagementError,
  InsufficientScopeError,
  InvalidOptionsError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  RequestAbortedError,
  ResponseTooLargeError,
  TimeoutError,
  authorizationCode,
  clientCredentials,
  createAccessToken,
  createDiscoveryCache,
  createEntityManagementClient,
  findOperation,
  operations,
  refreshTokenSource,
  scopeDescriptions,
  staticToken,
  toApiError,
  unwrap
};
