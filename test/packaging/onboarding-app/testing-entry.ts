// The ./testing entry with its peers (msw, openapi-msw): handlers checked against the spec.
import { setupServer } from "msw/node";
import { createEntityManagementHttp } from "entity-management-client/testing";

const http = createEntityManagementHttp({ institutionUniversalId: "4e3cde86-37ea-48bb-adef-4f820ba70b0f", host: "bank.example" });
const now = new Date().toISOString();
export const server = setupServer(
  http.get("/entities/{EntityId}", ({ params, response }) =>
    response(200).json({ id: params.EntityId, entityType: "organization", legalName: "Garden Supply LLC", status: "active", createdAt: now, updatedAt: now }),
  ),
);
