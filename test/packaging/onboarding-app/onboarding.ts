// An onboarding service written as a new user would, from the README: generated methods and named
// types only, against the sandbox. The packaging test installs the packed tarball and runs this.
import {
  clientCredentials,
  createEntityManagementClient,
  unwrap,
  type Address,
  type AddressInput,
  type Entity,
  type OrganizationInput,
  type PersonInput,
  type ReferenceItem,
} from "entity-management-client";
import { startSandbox } from "entity-management-client/sandbox";

const sandbox = await startSandbox({ validateResponses: true });
try {
  const { issuer, baseUrl, institutionUniversalId, credentials } = sandbox;
  const client = createEntityManagementClient({
    baseUrl,
    institutionUniversalId,
    auth: clientCredentials({ issuer, clientId: credentials.privateKeyJwt.clientId, privateKey: credentials.privateKeyJwt.privateKeyPem }),
  });

  // The institution's own labels and types: ids are per institution, codes are stable.
  const idOf = (items: readonly ReferenceItem[], code: string): string => {
    const item = items.find((candidate) => candidate.code === code && candidate.isActive);
    if (!item) throw new Error(`The institution has no active ${code}.`);
    return item.id;
  };
  const { addressLabels } = await unwrap(client.listAddressLabels());
  const { phoneNumberLabels } = await unwrap(client.listPhoneNumberLabels());
  const { digitalContactPointLabels } = await unwrap(client.listDigitalContactPointLabels({}));
  const { identificationTypes } = await unwrap(client.listIdentificationTypes());
  const { relationshipTypes } = await unwrap(client.listRelationshipTypes());

  const ada: PersonInput = { entityType: "person", firstName: "Ada", lastName: "Lovelace", birthDate: "1815-12-10" };
  const { id: EntityId } = await unwrap(client.createEntity({ body: ada }));
  const home: AddressInput = { addressLabelId: idOf(addressLabels, "home"), line1: "12 St James's Square", city: "London", country: "GB", isPrimary: true };
  const { id: AddressId } = await unwrap(client.createAddress({ EntityId, body: home }));
  const { id: PhoneNumberId } = await unwrap(client.createPhoneNumber({ EntityId, body: { phoneNumberLabelId: idOf(phoneNumberLabels, "mobile"), number: "+442079460000" } }));
  await unwrap(
    client.createDigitalContactPoint({ EntityId, body: { digitalContactPointLabelId: idOf(digitalContactPointLabels, "personal"), type: "email", value: "ada@example.com" } }),
  );
  await unwrap(client.createIdentification({ EntityId, body: { identificationTypeId: idOf(identificationTypes, "passport"), number: "X1234567", issuingCountry: "GB" } }));
  await unwrap(client.updateTaxIdNumber({ EntityId, body: { taxIdType: "ssn", value: "123456789" } }));
  const engines: OrganizationInput = { entityType: "organization", legalName: "Analytical Engines LLC" };
  const { id: organizationId } = await unwrap(client.createEntity({ body: engines }));
  await unwrap(client.createRelationship({ body: { entityId: EntityId, relatedEntityId: organizationId, relationshipTypeId: idOf(relationshipTypes, "owner") } }));

  const found: Entity[] = [];
  for await (const entity of client.paginate("searchEntities", { body: { name: "Lovelace" }, pageSize: 1 })) found.push(entity);

  await unwrap(client.updateEntity({ EntityId, body: { ...ada, lastName: "King" } }));
  const renamed = await unwrap(client.getEntity({ EntityId }));
  await unwrap(client.deletePhoneNumber({ EntityId, PhoneNumberId }));
  const deleted = await client.getPhoneNumber({ EntityId, PhoneNumberId });
  const teller = await unwrap(client.getAbilities({ EnterpriseUserId: sandbox.enterpriseUsers.teller }));
  const { id: ReportId } = await unwrap(client.generateReport({ body: { reportType: "entity_profile", entityIds: [EntityId, organizationId], format: "pdf" } }));
  const pdf: ArrayBuffer = await unwrap(client.downloadReport({ ReportId }));
  const address: Address = await unwrap(client.getAddress({ EntityId, AddressId }));
  const taxId = await unwrap(client.getTaxIdNumber({ EntityId }));

  console.log(
    JSON.stringify({
      found: found.some((entity) => entity.id === EntityId),
      lastName: renamed.entityType === "person" ? renamed.lastName : null,
      deletedPhoneStatus: deleted.response.status,
      tellerMayAdd: teller.addEntities,
      tellerMayView: teller.viewEntities,
      pdf: new TextDecoder().decode(pdf.slice(0, 8)),
      city: address.city,
      lastFour: taxId.lastFour,
      violations: sandbox.responseViolations.length,
    }),
  );
} finally {
  await sandbox.stop();
}
