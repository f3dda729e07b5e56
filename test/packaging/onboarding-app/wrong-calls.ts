// Mistakes a new user makes, each a compile error under strict + exactOptionalPropertyTypes.
// tsc fails on an @ts-expect-error that is not an error, so each line must stay one.
import { createEntityManagementClient, staticToken, type AddressInput, type PersonInput } from "entity-management-client";

const client = createEntityManagementClient({ institutionUniversalId: "4e3cde86-37ea-48bb-adef-4f820ba70b0f", auth: staticToken("token") });
const EntityId = "9b2f6a4c-1d3e-4f5a-8b7c-6d5e4f3a2b1c";

export async function mistakes() {
  // @ts-expect-error — the path parameter EntityId is missing
  await client.getEntity({});
  // @ts-expect-error — a misspelt parameter name
  await client.getEntity({ EntityID: EntityId });
  // @ts-expect-error — an address needs line1, city and country
  await client.createAddress({ EntityId, body: { addressLabelId: EntityId } });
  // @ts-expect-error — count is a number
  await client.searchEntities({ body: {}, count: "10" });
  // @ts-expect-error — getEntity is not a search
  client.paginate("getEntity", { body: {} });
  // @ts-expect-error — a misspelt per-call option
  await client.getEntity({ EntityId }, { timeoutMS: 1_000 });
  // @ts-expect-error — a person needs lastName
  const person: PersonInput = { entityType: "person", firstName: "Ada" };
  // @ts-expect-error — exactOptionalPropertyTypes: omit line2 rather than set it to undefined
  const address: AddressInput = { addressLabelId: EntityId, line1: "1 Main St", city: "Springfield", country: "US", line2: undefined };
  // @ts-expect-error — a report is bytes unless parseAs says otherwise
  const csv: string = (await client.downloadReport({ ReportId: EntityId })).data!;
  return [person, address, csv];
}
