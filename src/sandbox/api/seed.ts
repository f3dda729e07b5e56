/**
 * The data a fresh sandbox starts with: the institution's reference lists (realistic labels,
 * types and reasons, each list with one inactive entry), a few entities with contact
 * information, two relationships, and two enterprise users. Every id is stable across starts.
 */
import spec from "../../../generated/entity-management.json" with { type: "json" };
import { insertEntity, nowIso, stableId, type ReferenceListKey, type Schemas, type Store, type StoredChild } from "./store.js";

type Entry = readonly [code: string, name: string, active?: false];

const referenceLists: Record<ReferenceListKey, readonly Entry[]> = {
  relationshipTypes: [
    ["owner", "Owner"],
    ["joint_owner", "Joint Owner"],
    ["authorized_signer", "Authorized Signer"],
    ["beneficiary", "Beneficiary"],
    ["guardian", "Guardian"],
    ["power_of_attorney", "Power of Attorney"],
    ["trustee", "Trustee"],
    ["custodian_utma", "Custodian (UTMA, retired)", false],
  ],
  addressLabels: [
    ["home", "Home"],
    ["mailing", "Mailing"],
    ["work", "Work"],
    ["seasonal", "Seasonal"],
    ["previous", "Previous", false],
  ],
  affiliateOptOutExceptionReasons: [
    ["pre_existing_relationship", "Pre-existing business relationship"],
    ["consumer_initiated", "Consumer-initiated communication"],
    ["consumer_request", "Solicitation requested by the consumer"],
    ["employee_benefit", "Employee benefit information", false],
  ],
  affiliateOptOutTypes: [
    ["affiliate_marketing", "Affiliate marketing"],
    ["eligibility_information", "Sharing eligibility information with affiliates"],
    ["insurance_marketing", "Insurance marketing", false],
  ],
  digitalContactPointLabels: [
    ["personal", "Personal"],
    ["work", "Work"],
    ["billing", "Billing"],
    ["legacy", "Legacy", false],
  ],
  phoneNumberLabels: [
    ["mobile", "Mobile"],
    ["home", "Home"],
    ["work", "Work"],
    ["fax", "Fax"],
    ["pager", "Pager", false],
  ],
  identificationTypes: [
    ["drivers_license", "Driver's License"],
    ["passport", "Passport"],
    ["state_id", "State ID Card"],
    ["military_id", "Military ID"],
    ["permanent_resident_card", "Permanent Resident Card"],
    ["matricula_consular", "Matrícula Consular", false],
  ],
  privacyOptOutTypes: [
    ["nonaffiliated_sharing", "Sharing with nonaffiliated third parties"],
    ["affiliate_creditworthiness", "Sharing creditworthiness information with affiliates"],
    ["joint_marketing", "Joint marketing with other financial companies"],
    ["telemarketing", "Telemarketing", false],
  ],
  employmentTypes: [
    ["full_time", "Full-time"],
    ["part_time", "Part-time"],
    ["self_employed", "Self-employed"],
    ["retired", "Retired"],
    ["student", "Student"],
    ["unemployed", "Unemployed"],
    ["contractor", "Contractor", false],
  ],
};

/** Ids of the seeded enterprise users: one allowed everything, one allowed to look but not touch. */
export const enterpriseUserIds = {
  administrator: stableId("enterprise-user:administrator"),
  teller: stableId("enterprise-user:teller"),
} as const;

/** Every ability flag the spec declares, in its order. */
const abilityNames = spec.components.schemas.Abilities.required as (keyof Schemas["Abilities"])[];

/** The id of the seeded reference entry `code` of `list`. */
const referenceId = (list: ReferenceListKey, code: string): string => stableId(`${list}:${code}`);

/** Fills the store with the seed data. */
export function seedStore(store: Store): void {
  for (const [list, entries] of Object.entries(referenceLists) as [ReferenceListKey, readonly Entry[]][]) {
    store.referenceLists[list] = entries.map(([code, name, active]) => ({ id: referenceId(list, code), code, name, isActive: active !== false }));
  }
  const flags = (allowed: (name: string) => boolean) => Object.fromEntries(abilityNames.map((name) => [name, allowed(name)])) as unknown as Schemas["Abilities"];
  store.enterpriseUsers.set(
    enterpriseUserIds.administrator,
    flags(() => true),
  );
  store.enterpriseUsers.set(
    enterpriseUserIds.teller,
    flags((name) => /^(view|search|download)/.test(name)),
  );

  const at = nowIso();
  const stamp = { createdAt: at, updatedAt: at };
  const person = (key: string, firstName: string, lastName: string, birthDate: string): Schemas["Person"] => ({
    id: stableId(`entity:${key}`),
    entityType: "person",
    status: "active",
    firstName,
    lastName,
    birthDate,
    ...stamp,
  });
  const ada = insertEntity(store, person("ada", "Ada", "Lovelace", "1815-12-10"));
  const charles = insertEntity(store, person("charles", "Charles", "Babbage", "1791-12-26"));
  insertEntity(store, person("grace", "Grace", "Hopper", "1906-12-09"));
  const engines = insertEntity(store, {
    id: stableId("entity:engines"),
    entityType: "organization",
    status: "active",
    legalName: "Analytical Engines LLC",
    dbaName: "Engines",
    establishedDate: "1843-09-01",
    ...stamp,
  });

  const child = (key: string, fields: Record<string, unknown>): StoredChild => ({ id: stableId(`child:${key}`), ...fields, ...stamp });
  const put = (map: Map<string, StoredChild>, value: StoredChild) => map.set(value.id, value);
  const address = { line1: "12 Main Street", city: "Springfield", region: "MO", postalCode: "65801", country: "US", isPrimary: true };
  put(ada.children.addresses, child("ada:home", { addressLabelId: referenceId("addressLabels", "home"), ...address }));
  put(
    ada.children.phoneNumbers,
    child("ada:mobile", { phoneNumberLabelId: referenceId("phoneNumberLabels", "mobile"), number: "+14175550123", isPrimary: true, smsCapable: true }),
  );
  put(
    ada.children.digitalContactPoints,
    child("ada:email", {
      digitalContactPointLabelId: referenceId("digitalContactPointLabels", "personal"),
      type: "email",
      value: "ada@example.com",
      isPrimary: true,
    }),
  );
  ada.singletons.set("taxIdNumber", { input: { taxIdType: "ssn", value: "123456789" }, updatedAt: at });
  put(engines.children.addresses, child("engines:work", { addressLabelId: referenceId("addressLabels", "work"), ...address, line1: "1 Engine Row", postalCode: "65806" }));

  const account = { assetType: "account" as const, assetId: stableId("asset:engines-operating-account") };
  for (const [from, type] of [
    [ada, "authorized_signer"],
    [charles, "owner"],
  ] as const) {
    const id = stableId(`relationship:${from.entity.id}:${type}`);
    store.relationships.set(id, {
      id,
      entityId: from.entity.id,
      relatedEntityId: engines.entity.id,
      relationshipTypeId: referenceId("relationshipTypes", type),
      asset: account,
      startDate: "2024-05-01",
      ...stamp,
    });
  }
}
