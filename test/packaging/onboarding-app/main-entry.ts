// Only the main entry: its types must not reach any optional peer.
export { createEntityManagementClient, type Entity } from "entity-management-client";
