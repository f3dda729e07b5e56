// generated/operations.ts
var strings = ["Abilities", "Address Labels", "Addresses", "Affiliate Opt Out Exception Reasons", "Affiliate Opt Out Types", "Affiliate Opt Outs", "Digital Contact Point Labels", "Digital Contact Points", "Employment Types", "Employments", "Entities", "Entitlements", "Foreign Tax Id Number", "Identification Types", "Identifications", "Notices", "Phone Number Labels", "Phone Numbers", "Privacy Opt Out Types", "Privacy Opt Outs", "Relationship Types", "Relationships", "Reports", "Tax Id Number", "application/json", "application/pdf", "entity-services.contact-info.read", "entity-services.contact-info.write", "entity-services.documents.read", "entity-services.documents.write", "entity-services.employments.read", "entity-services.employments.write", "entity-services.entities.read", "entity-services.entities.write", "entity-services.identity.read", "entity-services.identity.write", "entity-services.opt-outs.read", "entity-services.opt-outs.write", "entity-services.permissions.read", "entity-services.reference.read", "entity-services.relationships.read", "entity-services.relationships.write", "text/csv"];
var methods = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"];
var rows = [
  ["createAddress", 2, "/entities/{EntityId}/addresses", [27], [2], [24], 0, 1, 0],
  ["createAffiliateOptOut", 2, "/entities/{EntityId}/affiliate-opt-outs", [37], [5], [24], 0, 1, 0],
  ["createDigitalContactPoint", 2, "/entities/{EntityId}/digital-contact-points", [27], [7], [24], 0, 1, 0],
  ["createEmployment", 2, "/entities/{EntityId}/employments", [31], [9], [24], 0, 1, 0],
  ["createEntity", 2, "/entities", [33], [10], [24], 0, 1, 0],
  ["createIdentification", 2, "/entities/{EntityId}/identifications", [35], [14], [24], 0, 1, 0],
  ["createPhoneNumber", 2, "/entities/{EntityId}/phone-numbers", [27], [17], [24], 0, 1, 0],
  ["createPrivacyOptOut", 2, "/entities/{EntityId}/privacy-opt-outs", [37], [19], [24], 0, 1, 0],
  ["createRelationship", 2, "/relationships", [41], [21], [24], 0, 1, 0],
  ["deleteAddress", 3, "/entities/{EntityId}/addresses/{AddressId}", [27], [2], [], 0, 0, 0],
  ["deleteAffiliateOptOut", 3, "/entities/{EntityId}/affiliate-opt-outs/{AffiliateOptOutId}", [37], [5], [], 0, 0, 0],
  ["deleteDigitalContactPoint", 3, "/entities/{EntityId}/digital-contact-points/{DigitalContactPointId}", [27], [7], [], 0, 0, 0],
  ["deleteEmployment", 3, "/entities/{EntityId}/employments/{EmploymentId}", [31], [9], [], 0, 0, 0],
  ["deleteIdentification", 3, "/entities/{EntityId}/identifications/{IdentificationId}", [35], [14], [], 0, 0, 0],
  ["deletePhoneNumber", 3, "/entities/{EntityId}/phone-numbers/{PhoneNumberId}", [27], [17], [], 0, 0, 0],
  ["deletePrivacyOptOut", 3, "/entities/{EntityId}/privacy-opt-outs/{PrivacyOptOutId}", [37], [19], [], 0, 0, 0],
  ["deleteRelationship", 3, "/relationships/{RelationshipId}", [41], [21], [], 0, 0, 0],
  ["downloadNotice", 0, "/notices/{NoticeId}", [28], [15], [25], 0, 0, 0],
  ["downloadReport", 0, "/reports/{ReportId}", [28], [22], [25, 42], 0, 0, 0],
  ["generateNotice", 2, "/entities/{EntityId}/notices", [29], [15], [24], 0, 1, 0],
  ["generateReport", 2, "/reports", [29], [22], [24], 0, 1, 0],
  ["getAbilities", 0, "/enterprise/{EnterpriseUserId}/abilities", [38], [0], [24], 0, 0, 0],
  ["getAddress", 0, "/entities/{EntityId}/addresses/{AddressId}", [26], [2], [24], 0, 0, 0],
  ["getAffiliateOptOut", 0, "/entities/{EntityId}/affiliate-opt-outs/{AffiliateOptOutId}", [36], [5], [24], 0, 0, 0],
  ["getDigitalContactPoint", 0, "/entities/{EntityId}/digital-contact-points/{DigitalContactPointId}", [26], [7], [24], 0, 0, 0],
  ["getEmployment", 0, "/entities/{EntityId}/employments/{EmploymentId}", [30], [9], [24], 0, 0, 0],
  ["getEntitlements", 0, "/enterprise/{EnterpriseUserId}/entitlements", [38], [11], [24], 0, 0, 0],
  ["getEntity", 0, "/entities/{EntityId}", [32], [10], [24], 0, 0, 0],
  ["getForeignTaxIdNumber", 0, "/entities/{EntityId}/foreign-tax-id-number", [34], [12], [24], 0, 0, 0],
  ["getIdentification", 0, "/entities/{EntityId}/identifications/{IdentificationId}", [34], [14], [24], 0, 0, 0],
  ["getPhoneNumber", 0, "/entities/{EntityId}/phone-numbers/{PhoneNumberId}", [26], [17], [24], 0, 0, 0],
  ["getPrivacyOptOut", 0, "/entities/{EntityId}/privacy-opt-outs/{PrivacyOptOutId}", [36], [19], [24], 0, 0, 0],
  ["getRelationship", 0, "/relationships/{RelationshipId}", [40], [21], [24], 0, 0, 0],
  ["getTaxIdNumber", 0, "/entities/{EntityId}/tax-id-number", [34], [23], [24], 0, 0, 0],
  ["listAddresses", 0, "/entities/{EntityId}/addresses", [26], [2], [24], 0, 0, 0],
  ["listAddressLabels", 0, "/address-labels", [39], [1], [24], 0, 0, 0],
  ["listAffiliateOptOutExceptionReasons", 0, "/affiliate-opt-out-exception-reasons", [39], [3], [24], 0, 0, 0],
  ["listAffiliateOptOuts", 0, "/entities/{EntityId}/affiliate-opt-outs", [36], [5], [24], 0, 0, 0],
  ["listAffiliateOptOutTypes", 0, "/affiliate-opt-out-types", [39], [4], [24], 0, 0, 0],
  ["listDigitalContactPointLabels", 0, "/digital-contact-point-labels", [39], [6], [24], 0, 0, 0],
  ["listDigitalContactPoints", 0, "/entities/{EntityId}/digital-contact-points", [26], [7], [24], 0, 0, 0],
  ["listEmployments", 0, "/entities/{EntityId}/employments", [30], [9], [24], 0, 0, 0],
  ["listEmploymentTypes", 0, "/employment-types", [39], [8], [24], 0, 0, 0],
  ["listEntityRelationships", 0, "/entities/{EntityId}/relationships", [40], [21], [24], 0, 0, 0],
  ["listIdentifications", 0, "/entities/{EntityId}/identifications", [34], [14], [24], 0, 0, 0],
  ["listIdentificationTypes", 0, "/identification-types", [39], [13], [24], 0, 0, 0],
  ["listPhoneNumberLabels", 0, "/phone-number-labels", [39], [16], [24], 0, 0, 0],
  ["listPhoneNumbers", 0, "/entities/{EntityId}/phone-numbers", [26], [17], [24], 0, 0, 0],
  ["listPrivacyOptOuts", 0, "/entities/{EntityId}/privacy-opt-outs", [36], [19], [24], 0, 0, 0],
  ["listPrivacyOptOutTypes", 0, "/privacy-opt-out-types", [39], [18], [24], 0, 0, 0],
  ["listRelationshipTypes", 0, "/relationship-types", [39], [20], [24], 0, 0, 0],
  ["searchEntities", 2, "/entities/search", [32], [10], [24], ["offset", "count"], 1, "entities"],
  ["searchRelationships", 2, "/relationships/search", [40], [21], [24], ["offset", "count"], 1, "relationships"],
  ["updateAddress", 1, "/entities/{EntityId}/addresses/{AddressId}", [27], [2], [], 0, 1, 0],
  ["updateAffiliateOptOut", 1, "/entities/{EntityId}/affiliate-opt-outs/{AffiliateOptOutId}", [37], [5], [], 0, 1, 0],
  ["updateDigitalContactPoint", 1, "/entities/{EntityId}/digital-contact-points/{DigitalContactPointId}", [27], [7], [], 0, 1, 0],
  ["updateEmployment", 1, "/entities/{EntityId}/employments/{EmploymentId}", [31], [9], [], 0, 1, 0],
  ["updateEntity", 1, "/entities/{EntityId}", [33], [10], [], 0, 1, 0],
  ["updateForeignTaxIdNumber", 1, "/entities/{EntityId}/foreign-tax-id-number", [35], [12], [], 0, 1, 0],
  ["updateIdentification", 1, "/entities/{EntityId}/identifications/{IdentificationId}", [35], [14], [], 0, 1, 0],
  ["updatePhoneNumber", 1, "/entities/{EntityId}/phone-numbers/{PhoneNumberId}", [27], [17], [], 0, 1, 0],
  ["updatePrivacyOptOut", 1, "/entities/{EntityId}/privacy-opt-outs/{PrivacyOptOutId}", [37], [19], [], 0, 1, 0],
  ["updateRelationship", 1, "/relationships/{RelationshipId}", [41], [21], [], 0, 1, 0],
  ["updateTaxIdNumber", 1, "/entities/{EntityId}/tax-id-number", [35], [23], [], 0, 1, 0]
];
var operations = Object.freeze(
  Object.fromEntries(
    rows.map(([operationId, method, path, scopes, tags, produces, query, body, itemsKey]) => [
      operationId,
      Object.freeze({
        operationId,
        method: methods[method],
        path,
        scopes: scopes.map((i) => strings[i]),
        tags: tags.map((i) => strings[i]),
        produces: produces.map((i) => strings[i]),
        ...query ? { query } : {},
        ...body ? { body: true } : {},
        ...itemsKey ? { pagination: { itemsKey } } : {}
      })
    ])
  )
);
var operationIdsByRoute = Object.freeze(
  Object.fromEntries(rows.map(([operationId, method, path]) => [`${methods[method]} ${path}`, operationId]))
);
var scopeDescriptions = {
  "entity-services.contact-info.read": "Read addresses, phone numbers and digital contact points.",
  "entity-services.contact-info.write": "Create, update and delete addresses, phone numbers and digital contact points.",
  "entity-services.documents.read": "Download reports and notices.",
  "entity-services.documents.write": "Generate reports and notices.",
  "entity-services.employments.read": "Read employments.",
  "entity-services.employments.write": "Create, update and delete employments.",
  "entity-services.entities.read": "Read entities (get, search).",
  "entity-services.entities.write": "Create and update entities.",
  "entity-services.identity.read": "Read identifications, the tax id number and the foreign tax id number.",
  "entity-services.identity.write": "Create, update and delete identifications; set the tax id number and the foreign tax id number.",
  "entity-services.opt-outs.read": "Read privacy and affiliate opt-outs.",
  "entity-services.opt-outs.write": "Create, update and delete privacy and affiliate opt-outs.",
  "entity-services.permissions.read": "Read a user's abilities and entitlements.",
  "entity-services.reference.read": "Read the institution's reference lists (labels, types, reasons, relationship types).",
  "entity-services.relationships.read": "Read relationships (get, search, list an entity's relationships).",
  "entity-services.relationships.write": "Create, update and delete relationships."
};
function findOperation(method, pathTemplate) {
  const operationId = operationIdsByRoute[`${method.toUpperCase()} ${pathTemplate}`];
  return operationId === void 0 ? void 0 : operations[operationId];
}

export {
  operations,
  scopeDescriptions,
  findOperation
};
