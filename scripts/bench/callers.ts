import axios from "axios";
import axiosRetry from "axios-retry";
import ky from "ky";
import createClient from "openapi-fetch";
import type { paths } from "../../generated/entity-management.js";
import { builtPackage } from "./built-package.js";

export const institution = "4e3cde86-37ea-48bb-adef-4f820ba70b0f";
export const entityId = "9b2f6a4c-1d3e-4f5a-8b7c-6d5e4f3a2b1c";
const scopes = ["entity-services.entities.read"];

/** The same GET /entities/{EntityId} made by raw fetch, bare openapi-fetch, ky, axios with axios-retry, and this client with a cached token. */
export function createCallers(serviceRoot: string, fetchImpl: (input: string | Request, init?: RequestInit) => Promise<Response>) {
  const baseUrl = `${serviceRoot}/${institution}`;
  const bare = createClient<paths>({ baseUrl, fetch: (request) => fetchImpl(request) });
  const { createEntityManagementClient, staticToken } = builtPackage;
  const client = createEntityManagementClient({
    institutionUniversalId: institution,
    baseUrl: serviceRoot,
    auth: staticToken("bench-token", { scopes }),
    fetch: fetchImpl,
  });
  // What users pick instead, configured as they would be for this API: retries on, a bearer header.
  const kyClient = ky.create({
    prefixUrl: baseUrl,
    headers: { authorization: "Bearer bench-token" },
    retry: 2,
    timeout: 30_000,
    fetch: (input, init) => fetchImpl(input instanceof URL ? input.href : input, init),
  });
  const axiosClient = axios.create({ baseURL: baseUrl, headers: { authorization: "Bearer bench-token" }, timeout: 30_000 });
  axiosRetry(axiosClient, { retries: 2 });
  return {
    rawFetch: async () => {
      const response = await fetchImpl(`${baseUrl}/entities/${entityId}`, { headers: { authorization: "Bearer bench-token" } });
      return (await response.json()) as unknown;
    },
    openapiFetch: () => bare.GET("/entities/{EntityId}", { params: { path: { EntityId: entityId } }, headers: { authorization: "Bearer bench-token" } }),
    ky: () => kyClient.get(`entities/${entityId}`).json(),
    axios: () => axiosClient.get(`/entities/${entityId}`),
    client: () => client.GET("/entities/{EntityId}", { params: { path: { EntityId: entityId } } }),
  };
}

/** A fetch that answers at once without a network, to isolate per-call cost. */
export const stubbedFetch = async (_input: string | Request, _init?: RequestInit): Promise<Response> => {
  return Response.json({ id: entityId, entityType: "person", firstName: "Ada", lastName: "Lovelace" });
};
