import {
  ApiProblem,
  assertDeclaredMediaType,
  badRequest,
  conflict,
  createSpecBackend,
  created,
  describeViolations,
  emptyResponse,
  entity_management_default,
  file,
  internalError,
  jsonResponse,
  notFound,
  problemResponse,
  serviceUnavailable,
  tooManyRequests
} from "../chunk-XV5I3EUA.js";
import {
  operations,
  scopeDescriptions
} from "../chunk-GREIS4CQ.js";

// src/sandbox/api/access-token.ts
import { compactDecrypt } from "jose";
import * as oauth from "oauth4webapi";

// src/sandbox/api/dpop-replay.ts
function createProofMemory(options = {}) {
  const keepMs = 2 * (options.windowSeconds ?? 300) * 1e3;
  const now = options.now ?? Date.now;
  const forgetAt = /* @__PURE__ */ new Map();
  return {
    remember(jkt, jti) {
      const at = now();
      for (const [key2, expiry] of forgetAt) {
        if (expiry > at) break;
        forgetAt.delete(key2);
      }
      const key = `${jkt} ${jti}`;
      if (forgetAt.has(key)) return false;
      forgetAt.set(key, at + keepMs);
      return true;
    },
    get size() {
      return forgetAt.size;
    }
  };
}

// src/sandbox/token-encryption.ts
import { generateKeyPairSync, randomUUID } from "node:crypto";
var TOKEN_ENCRYPTION = { alg: "RSA-OAEP-256", enc: "A256GCM" };
function createTokenEncryption() {
  const client = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const api = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const clientPublicJwk = { ...client.publicKey.export({ format: "jwk" }), kid: randomUUID(), use: "enc", alg: TOKEN_ENCRYPTION.alg };
  return {
    idTokenDecryptionKeyPem: client.privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
    clientMetadata: {
      jwks: { keys: [clientPublicJwk] },
      id_token_encrypted_response_alg: TOKEN_ENCRYPTION.alg,
      id_token_encrypted_response_enc: TOKEN_ENCRYPTION.enc
    },
    accessTokenEncryption: { ...TOKEN_ENCRYPTION, key: api.publicKey, kid: randomUUID() },
    accessTokenDecryptionKey: api.privateKey
  };
}

// src/sandbox/api/access-token.ts
async function createTokenVerifier(options) {
  const as = { issuer: options.issuer, jwks_uri: options.jwksUri };
  const response = await fetch(options.jwksUri);
  if (!response.ok) throw new Error(`The authorization server's JWKS answered HTTP ${response.status}`);
  const jwksCache2 = { jwks: await response.json(), uat: Math.floor(Date.now() / 1e3) };
  const validateOptions = {
    // Loopback only: oauth4webapi refuses plain http (e.g. a JWKS refresh after key rotation) unless told otherwise.
    [oauth.allowInsecureRequests]: true,
    [oauth.jwksCache]: jwksCache2,
    // Both servers share this machine's clock, so expiry is exact (oauth4webapi tolerates 30 s by default).
    [oauth.clockTolerance]: 0
  };
  const proofs = createProofMemory();
  return async (request, scopes) => {
    if (!request.authorization) {
      throw unauthenticated("Bearer", "The request has no access token: send `Authorization: Bearer <token>`.");
    }
    const authorization = options.decryptionKey ? await decrypted(request, options.decryptionKey) : request.authorization;
    const headers = new Headers({ authorization });
    if (request.dpop !== void 0) headers.set("dpop", request.dpop);
    let claims;
    try {
      claims = await oauth.validateJwtAccessToken(as, new Request(request.url, { method: request.method, headers }), options.audience, validateOptions);
    } catch (error) {
      throw invalidToken(error instanceof Error ? error.message : "the access token is invalid");
    }
    const jkt = claims["cnf"]?.jkt;
    if (typeof jkt === "string" && request.dpop !== void 0 && !proofs.remember(jkt, proofId(request.dpop))) {
      throw unauthenticated(
        'DPoP error="invalid_dpop_proof", error_description="The DPoP proof was already used"',
        "The DPoP proof was already used: send a new proof (a fresh jti) with every request."
      );
    }
    const granted = new Set((claims.scope ?? "").split(" ").filter(Boolean));
    const missing = scopes.filter((scope) => !granted.has(scope));
    if (missing.length > 0) throw insufficientScope(scopes, missing);
    return claims;
  };
}
var invalidToken = (reason) => unauthenticated(`Bearer error="invalid_token", error_description="${quotable(reason)}"`, `The access token was rejected: ${reason}.`);
async function decrypted(request, key) {
  const [scheme = "", token = "", ...rest] = (request.authorization ?? "").split(/ +/);
  if (request.dpop !== void 0 || scheme.toLowerCase() === "dpop") {
    throw invalidToken("the sandbox started with encryptedTokens can't check DPoP proofs; use encrypted tokens without DPoP");
  }
  if (rest.length > 0 || token.split(".").length !== 5) throw invalidToken("access tokens must be encrypted (a five-part JWE) in this sandbox");
  let result;
  try {
    result = await compactDecrypt(token, key, { keyManagementAlgorithms: [TOKEN_ENCRYPTION.alg], contentEncryptionAlgorithms: [TOKEN_ENCRYPTION.enc] });
  } catch {
    throw invalidToken("the encrypted access token does not decrypt with the API's key");
  }
  if (result.protectedHeader.cty?.toLowerCase() !== "at+jwt") throw invalidToken("the encrypted access token does not hold a signed access token (cty at+jwt)");
  return `${scheme} ${new TextDecoder().decode(result.plaintext)}`;
}
function unauthenticated(challenge, detail) {
  return new ApiProblem(401, { type: "jackhenry/unauthenticated", title: "Authentication is required.", details: [detail], data: null }, { "www-authenticate": challenge });
}
function insufficientScope(required, missing) {
  return new ApiProblem(
    403,
    {
      type: "jackhenry/insufficient-scope",
      title: "The access token does not grant this operation.",
      details: missing.map((scope) => `Required scope ${scope}.`),
      data: { requiredScopes: [...required], missingScopes: [...missing] }
    },
    { "www-authenticate": `Bearer error="insufficient_scope", scope="${required.join(" ")}"` }
  );
}
function proofId(proof) {
  const payload = JSON.parse(Buffer.from(proof.split(".")[1] ?? "", "base64url").toString("utf8"));
  return payload.jti;
}
var quotable = (text2) => text2.replace(/["\\]/g, "'").replace(/[^\x20-\x7e]/g, "?").slice(0, 300);

// src/sandbox/api/handlers/documents.ts
import { randomUUID as randomUUID2 } from "node:crypto";

// src/sandbox/api/store.ts
import { createHash } from "node:crypto";
var childCollections = ["addresses", "phoneNumbers", "digitalContactPoints", "identifications", "privacyOptOuts", "affiliateOptOuts", "employments"];
var referenceListKeys = [
  "relationshipTypes",
  "addressLabels",
  "affiliateOptOutExceptionReasons",
  "affiliateOptOutTypes",
  "digitalContactPointLabels",
  "phoneNumberLabels",
  "identificationTypes",
  "privacyOptOutTypes",
  "employmentTypes"
];
function createStore(institutionUniversalId) {
  return {
    institutionUniversalId,
    entities: /* @__PURE__ */ new Map(),
    relationships: /* @__PURE__ */ new Map(),
    reports: /* @__PURE__ */ new Map(),
    notices: /* @__PURE__ */ new Map(),
    referenceLists: Object.fromEntries(referenceListKeys.map((key) => [key, []])),
    enterpriseUsers: /* @__PURE__ */ new Map()
  };
}
function insertEntity(store, entity) {
  const record = {
    entity,
    children: Object.fromEntries(childCollections.map((key) => [key, /* @__PURE__ */ new Map()])),
    singletons: /* @__PURE__ */ new Map()
  };
  store.entities.set(entity.id, record);
  return record;
}
function requireEntity(store, id) {
  const record = store.entities.get(id ?? "");
  if (!record) throw notFound(`No entity ${id}.`, { entityId: id });
  return record;
}
function referenceConflict(store, list, field, id) {
  const item = store.referenceLists[list].find((entry) => entry.id === id);
  const name = referenceListName(list);
  if (!item) return `${field} ${id} is not a${/^[AEIOU]/.test(name) ? "n" : ""} ${name} of this institution.`;
  if (!item.isActive) return `${field} ${id} (${item.code}) is an inactive ${name}; only active ones are accepted on new writes.`;
  return void 0;
}
function throwConflicts(details) {
  const found = details.filter((detail) => detail !== void 0);
  if (found.length > 0) throw conflict(found);
}
function referenceListName(list) {
  return list.replace(/s$/, "").replace(/([A-Z])/g, " $1").replace(/^./, (first) => first.toUpperCase());
}
function displayName(entity) {
  return entity.entityType === "person" ? [entity.firstName, entity.middleName, entity.lastName, entity.suffix].filter(Boolean).join(" ") : entity.legalName;
}
var nowIso = () => (/* @__PURE__ */ new Date()).toISOString();
var todayIso = () => nowIso().slice(0, 10);
function stableId(name) {
  const hex = createHash("sha1").update(`entity-management-sandbox:${name}`).digest("hex");
  const variant = (parseInt(hex.slice(16, 17), 16) & 3 | 8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// src/sandbox/api/documents/content.ts
var reports = {
  entity_profile: {
    title: "Entity profile",
    columns: ["entity_id", "entity_type", "name", "status", "primary_address", "primary_phone", "primary_email", "identifications", "employments"],
    rows: (_, { entity, children }) => {
      const primary = (map, show) => [...map.values()].filter((child) => child["isPrimary"] === true).map(show)[0] ?? "";
      return [
        [
          entity.id,
          entity.entityType,
          displayName(entity),
          entity.status,
          primary(children.addresses, (a) => [a["line1"], a["city"], a["region"], a["postalCode"], a["country"]].filter(Boolean).join(", ")),
          primary(children.phoneNumbers, (p) => String(p["number"])),
          primary(children.digitalContactPoints, (d) => d["type"] === "email" ? String(d["value"]) : ""),
          String(children.identifications.size),
          String(children.employments.size)
        ]
      ];
    }
  },
  relationship_summary: {
    title: "Relationship summary",
    columns: ["entity_id", "entity_name", "relationship_id", "relationship_type", "related_entity_id", "related_entity_name", "asset", "start_date", "end_date"],
    rows: (store, { entity }) => [...store.relationships.values()].filter((r) => r.entityId === entity.id || r.relatedEntityId === entity.id).map((r) => {
      const otherId = r.entityId === entity.id ? r.relatedEntityId : r.entityId;
      const other = store.entities.get(otherId)?.entity;
      const asset = r.asset ? `${r.asset.assetType} ${r.asset.assetId}` : "";
      return [
        entity.id,
        displayName(entity),
        r.id,
        label(store, "relationshipTypes", r.relationshipTypeId),
        otherId,
        other ? displayName(other) : "",
        asset,
        r.startDate,
        r.endDate ?? ""
      ];
    })
  },
  privacy_opt_out_status: {
    title: "Privacy opt-out status",
    columns: ["entity_id", "entity_name", "kind", "type", "opted_out", "effective_date", "expiration_date"],
    rows: (store, { entity, children }) => [
      ...[...children.privacyOptOuts.values()].map((o) => [
        entity.id,
        displayName(entity),
        "privacy",
        label(store, "privacyOptOutTypes", String(o["privacyOptOutTypeId"])),
        String(o["optedOut"]),
        String(o["effectiveDate"]),
        ""
      ]),
      ...[...children.affiliateOptOuts.values()].map((o) => [
        entity.id,
        displayName(entity),
        "affiliate",
        label(store, "affiliateOptOutTypes", String(o["affiliateOptOutTypeId"])),
        String(o["optedOut"]),
        String(o["effectiveDate"]),
        typeof o["expirationDate"] === "string" ? o["expirationDate"] : ""
      ])
    ]
  }
};
function buildReport(store, type, records) {
  const { title, columns, rows } = reports[type];
  return { title, columns, rows: records.flatMap((record) => rows(store, record)) };
}
function reportCsv(report) {
  const cell = (value) => /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  return Buffer.from([report.columns, ...report.rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n", "utf8");
}
function reportLines(report) {
  if (report.rows.length === 0) return ["No rows."];
  return report.rows.flatMap((row, index) => [`#${index + 1}`, ...report.columns.map((column, i) => `    ${column}: ${row[i] ?? ""}`), ""]);
}
var notices = {
  initial_privacy_notice: {
    title: "Initial privacy notice",
    body: [
      "FACTS: What does this institution do with your personal information?",
      "We collect and share your information as this notice describes, to run our everyday business.",
      "You may limit sharing with nonaffiliated third parties at any time."
    ]
  },
  annual_privacy_notice: {
    title: "Annual privacy notice",
    body: ["Our privacy policy has not changed since our last notice to you.", "Your opt-out choices remain in effect until you tell us otherwise."]
  },
  affiliate_marketing_notice: {
    title: "Affiliate marketing notice",
    body: ["Your choice to limit marketing from our affiliates.", "You may limit our affiliates from using your information to market to you, for at least five years."]
  }
};
function buildNotice(store, type, delivery, record) {
  const { title, body } = notices[type];
  const address = [...record.children.addresses.values()].find((a) => a["isPrimary"] === true);
  return {
    title,
    lines: [
      `Institution ${store.institutionUniversalId}`,
      `For: ${displayName(record.entity)} (${record.entity.id})`,
      ...address ? [`${String(address["line1"])}, ${String(address["city"])} ${typeof address["postalCode"] === "string" ? address["postalCode"] : ""}`] : [],
      `Date: ${(/* @__PURE__ */ new Date()).toISOString().slice(0, 10)}    Delivery: ${delivery}`,
      "",
      ...body
    ]
  };
}
var label = (store, list, id) => store.referenceLists[list].find((item) => item.id === id)?.name ?? id;

// src/sandbox/api/documents/pdf.ts
var linesPerPage = 50;
function renderPdf(title, lines) {
  const pages = [];
  for (let i = 0; i < Math.max(lines.length, 1); i += linesPerPage) pages.push(lines.slice(i, i + linesPerPage));
  const pageIds = pages.map((_, index) => 5 + index * 2);
  const objects = /* @__PURE__ */ new Map([
    [1, "<< /Type /Catalog /Pages 2 0 R >>"],
    [2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages.length} >>`],
    [3, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"],
    [4, `<< /Title ${text(title)} /Producer (entity-management-client sandbox) /CreationDate (D:${pdfDate(/* @__PURE__ */ new Date())}) >>`]
  ]);
  pages.forEach((pageLines, index) => {
    const heading = index === 0 ? `/F1 14 Tf ${text(title)} Tj T* T* /F1 10 Tf ` : "/F1 10 Tf ";
    const stream = `BT 14 TL 56 740 Td ${heading}${pageLines.map((line) => `${text(line)} Tj T*`).join(" ")} ET`;
    const pageId = pageIds[index] ?? 0;
    objects.set(pageId, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>`);
    objects.set(pageId + 1, `<< /Length ${Buffer.byteLength(stream, "latin1")} >>
stream
${stream}
endstream`);
  });
  let out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  const offsets = [];
  for (const [id, body] of [...objects].sort(([a], [b]) => a - b)) {
    offsets[id] = Buffer.byteLength(out, "latin1");
    out += `${id} 0 obj
${body}
endobj
`;
  }
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref
0 ${objects.size + 1}
0000000000 65535 f 
`;
  for (let id = 1; id <= objects.size; id++) out += `${String(offsets[id]).padStart(10, "0")} 00000 n 
`;
  out += `trailer
<< /Size ${objects.size + 1} /Root 1 0 R /Info 4 0 R >>
startxref
${xref}
%%EOF
`;
  return Buffer.from(out, "latin1");
}
function text(value) {
  return `(${value.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e\xa0-\xff]/g, "?")})`;
}
var pdfDate = (date) => date.toISOString().replace(/[-:T]/g, "").slice(0, 14);

// src/sandbox/api/handlers/documents.ts
var documentHandlers = {
  generateReport: ({ body, store }) => {
    const request = body;
    throwConflicts(request.entityIds.map((id2) => store.entities.has(id2) ? void 0 : `entityIds: ${id2} is not an entity of this institution.`));
    const report = buildReport(
      store,
      request.reportType,
      request.entityIds.flatMap((id2) => store.entities.get(id2) ?? [])
    );
    const name = `${request.reportType.replace(/_/g, "-")}-${todayIso()}`;
    const id = randomUUID2();
    store.reports.set(
      id,
      request.format === "csv" ? { bytes: reportCsv(report), contentType: "text/csv", filename: `${name}.csv` } : { bytes: renderPdf(report.title, reportLines(report)), contentType: "application/pdf", filename: `${name}.pdf` }
    );
    return created(id);
  },
  downloadReport: ({ params, store }) => download(store.reports, "report", params["ReportId"]),
  generateNotice: ({ params, body, store }) => {
    const record = requireEntity(store, params["EntityId"]);
    const request = body;
    const { title, lines } = buildNotice(store, request.noticeType, request.deliveryPreference ?? "download", record);
    const id = randomUUID2();
    store.notices.set(id, { bytes: renderPdf(title, lines), contentType: "application/pdf", filename: `${request.noticeType.replace(/_/g, "-")}-${todayIso()}.pdf` });
    return created(id);
  },
  downloadNotice: ({ params, store }) => download(store.notices, "notice", params["NoticeId"])
};
function download(documents, kind, id) {
  const document = documents.get(id ?? "");
  if (!document) throw notFound(`No ${kind} ${id}; generate one first.`, { [`${kind}Id`]: id });
  return file(document.bytes, document.contentType, document.filename);
}

// src/sandbox/api/handlers/entities.ts
import { randomUUID as randomUUID3 } from "node:crypto";

// src/sandbox/api/paging.ts
function page(matches, query) {
  const offset = query.offset ?? 0;
  const count = query.count ?? 50;
  const items = matches.slice(offset, offset + count);
  const next = offset + count;
  return { items, paging: { nextOffset: next < matches.length ? String(next) : null, results: items.length, total: matches.length } };
}

// src/sandbox/api/handlers/entities.ts
var entityHandlers = {
  createEntity: ({ body, store }) => {
    const at = nowIso();
    const { entity } = insertEntity(store, toEntity(body, randomUUID3(), at, at));
    return created(entity.id);
  },
  getEntity: ({ params, store }) => jsonResponse(requireEntity(store, params["EntityId"]).entity),
  updateEntity: ({ params, body, store }) => {
    const record = requireEntity(store, params["EntityId"]);
    const input = body;
    if (input.entityType !== record.entity.entityType) {
      throw badRequest([`entityType cannot change: this entity is a ${record.entity.entityType}, not a ${input.entityType}.`], {
        violations: [{ in: "body", name: "entityType", rule: "immutable" }]
      });
    }
    record.entity = toEntity(input, record.entity.id, record.entity.createdAt, nowIso());
    return emptyResponse();
  },
  searchEntities: ({ query, body, store }) => {
    const filter = body;
    const matches = [...store.entities.values()].filter((record) => matchesFilter(record, filter)).map((record) => record.entity);
    const { items, paging } = page(matches, query);
    return jsonResponse({ entities: items, paging });
  }
};
function toEntity(input, id, createdAt, updatedAt) {
  return { ...input, id, status: input.status ?? "active", createdAt, updatedAt };
}
function matchesFilter(record, filter) {
  const { entity, children } = record;
  const names = entity.entityType === "person" ? [entity.firstName, entity.lastName] : [entity.legalName, entity.dbaName];
  const birthDate = entity.entityType === "person" ? entity.birthDate : void 0;
  const lastFour = record.singletons.get("taxIdNumber")?.input["value"]?.slice(-4);
  const values = (collection, field) => [...collection.values()].map((child) => child[field]);
  const emails = [...children.digitalContactPoints.values()].filter((point) => point["type"] === "email").map((point) => String(point["value"]).toLowerCase());
  return (filter.entityType === void 0 || entity.entityType === filter.entityType) && (filter.status === void 0 || entity.status === filter.status) && (filter.name === void 0 || names.some((name) => name?.toLowerCase().startsWith(filter.name?.toLowerCase() ?? ""))) && (filter.birthDate === void 0 || birthDate === filter.birthDate) && (filter.taxIdNumberLastFour === void 0 || lastFour === filter.taxIdNumberLastFour) && (filter.postalCode === void 0 || values(children.addresses, "postalCode").includes(filter.postalCode)) && (filter.phoneNumber === void 0 || values(children.phoneNumbers, "number").includes(filter.phoneNumber)) && (filter.email === void 0 || emails.includes(filter.email.toLowerCase()));
}

// src/sandbox/api/handlers/permissions.ts
var permissionHandlers = {
  getAbilities: ({ params, store }) => jsonResponse(requireUser(store, params["EnterpriseUserId"])),
  // Entitlements are the abilities under their permission names: viewEntities → ViewEntities.
  getEntitlements: ({ params, store }) => {
    const abilities = requireUser(store, params["EnterpriseUserId"]);
    const entitlements = Object.entries(abilities).map(([ability, allowed]) => {
      const words = ability.replace(/([A-Z])/g, " $1").toLowerCase();
      return { name: ability.charAt(0).toUpperCase() + ability.slice(1), allowed, description: `${words.charAt(0).toUpperCase()}${words.slice(1)}.` };
    });
    return jsonResponse({ entitlements });
  }
};
function requireUser(store, id) {
  const abilities = store.enterpriseUsers.get(id ?? "");
  if (!abilities) throw notFound(`No enterprise user ${id} in this institution.`, { enterpriseUserId: id });
  return abilities;
}

// src/sandbox/api/handlers/context.ts
var capitalize = (word) => word.charAt(0).toUpperCase() + word.slice(1);

// src/sandbox/api/handlers/reference-lists.ts
var referenceListHandlers = Object.fromEntries(
  referenceListKeys.map((key) => [`list${capitalize(key)}`, ({ store }) => jsonResponse({ [key]: store.referenceLists[key] })])
);

// src/sandbox/api/handlers/relationships.ts
import { randomUUID as randomUUID4 } from "node:crypto";
var relationshipHandlers = {
  createRelationship: ({ body, store }) => created(write(store, body, void 0).id),
  getRelationship: ({ params, store }) => jsonResponse(requireRelationship(store, params["RelationshipId"])),
  updateRelationship: ({ params, body, store }) => {
    write(store, body, requireRelationship(store, params["RelationshipId"]));
    return emptyResponse();
  },
  deleteRelationship: ({ params, store }) => {
    store.relationships.delete(requireRelationship(store, params["RelationshipId"]).id);
    return emptyResponse();
  },
  searchRelationships: ({ query, body, store }) => {
    const filter = body;
    const matches = [...store.relationships.values()].filter(
      (r) => (filter.entityId === void 0 || r.entityId === filter.entityId || r.relatedEntityId === filter.entityId) && (filter.relationshipTypeId === void 0 || r.relationshipTypeId === filter.relationshipTypeId) && (filter.assetType === void 0 || r.asset?.assetType === filter.assetType) && (filter.assetId === void 0 || r.asset?.assetId === filter.assetId) && (filter.activeOn === void 0 || activeOn(r, filter.activeOn))
    );
    const { items, paging } = page(matches, query);
    return jsonResponse({ relationships: items, paging });
  },
  listEntityRelationships: ({ params, store }) => {
    const { entity } = requireEntity(store, params["EntityId"]);
    const relationships = [...store.relationships.values()].filter((r) => r.entityId === entity.id || r.relatedEntityId === entity.id);
    return jsonResponse({ relationships });
  }
};
function requireRelationship(store, id) {
  const relationship = store.relationships.get(id ?? "");
  if (!relationship) throw notFound(`No relationship ${id}.`, { relationshipId: id });
  return relationship;
}
var activeOn = (r, date) => r.startDate <= date && (r.endDate === void 0 || date <= r.endDate);
function write(store, input, previous) {
  const unknownEntity = (field, id) => store.entities.has(id) ? void 0 : `${field} ${id} is not an entity of this institution.`;
  throwConflicts([
    unknownEntity("entityId", input.entityId),
    unknownEntity("relatedEntityId", input.relatedEntityId),
    referenceConflict(store, "relationshipTypes", "relationshipTypeId", input.relationshipTypeId)
  ]);
  const at = nowIso();
  const relationship = {
    ...input,
    startDate: input.startDate ?? todayIso(),
    id: previous?.id ?? randomUUID4(),
    createdAt: previous?.createdAt ?? at,
    updatedAt: at
  };
  const today2 = todayIso();
  const duplicate = [...store.relationships.values()].find(
    (other) => other.id !== relationship.id && activeOn(other, today2) && activeOn(relationship, today2) && other.entityId === relationship.entityId && other.relatedEntityId === relationship.relatedEntityId && other.relationshipTypeId === relationship.relationshipTypeId && other.asset?.assetType === relationship.asset?.assetType && other.asset?.assetId === relationship.asset?.assetId
  );
  if (duplicate) throw conflict([`An identical active relationship already exists: ${duplicate.id}.`], { relationshipId: duplicate.id });
  store.relationships.set(relationship.id, relationship);
  return relationship;
}

// src/sandbox/api/handlers/sub-resources.ts
import { randomUUID as randomUUID5 } from "node:crypto";
var today = () => ({ effectiveDate: todayIso() });
var rules = {
  addresses: { singular: "Address", references: { addressLabelId: "addressLabels" }, primary: {} },
  phoneNumbers: { singular: "PhoneNumber", references: { phoneNumberLabelId: "phoneNumberLabels" }, primary: {} },
  digitalContactPoints: {
    singular: "DigitalContactPoint",
    references: { digitalContactPointLabelId: "digitalContactPointLabels" },
    primary: { within: "type" },
    check: checkContactPointValue
  },
  identifications: { singular: "Identification", references: { identificationTypeId: "identificationTypes" } },
  privacyOptOuts: { singular: "PrivacyOptOut", references: { privacyOptOutTypeId: "privacyOptOutTypes" }, uniqueBy: "privacyOptOutTypeId", defaults: today },
  affiliateOptOuts: {
    singular: "AffiliateOptOut",
    references: { affiliateOptOutTypeId: "affiliateOptOutTypes", affiliateOptOutExceptionReasonId: "affiliateOptOutExceptionReasons" },
    uniqueBy: "affiliateOptOutTypeId",
    defaults: today
  },
  employments: { singular: "Employment", references: { employmentTypeId: "employmentTypes" } }
};
var subResourceHandlers = Object.fromEntries(
  Object.entries(rules).flatMap(([collection, rule]) => Object.entries(collectionHandlers(collection, rule)))
);
function collectionHandlers(collection, rule) {
  const idParam = `${rule.singular}Id`;
  const noun = rule.singular.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  const lookup = (record, id) => {
    const child = record.children[collection].get(id ?? "");
    if (!child) throw notFound(`The entity ${record.entity.id} has no ${noun} ${id}.`, { entityId: record.entity.id, [idParam]: id });
    return child;
  };
  const write2 = (store, record, input, previous) => {
    const details = rule.check?.(input) ?? [];
    if (details.length > 0) throw badRequest(details);
    throwConflicts(
      Object.entries(rule.references).map(([field, list]) => {
        const value = input[field];
        return typeof value === "string" ? referenceConflict(store, list, field, value) : void 0;
      })
    );
    const siblings = [...record.children[collection].values()].filter((child) => child.id !== previous?.id);
    const unique = rule.uniqueBy;
    if (unique !== void 0 && siblings.some((child) => child[unique] === input[unique])) {
      throw conflict([`The entity already has a ${noun} with ${unique} ${String(input[unique])}; update that one instead.`]);
    }
    const at = nowIso();
    const stored = { ...rule.defaults?.(), ...input, id: previous?.id ?? randomUUID5(), createdAt: previous?.createdAt ?? at, updatedAt: at };
    if (rule.primary && stored["isPrimary"] === true) {
      const within = rule.primary.within;
      for (const sibling of siblings) {
        if (sibling["isPrimary"] === true && (within === void 0 || sibling[within] === stored[within])) {
          record.children[collection].set(sibling.id, { ...sibling, isPrimary: false, updatedAt: at });
        }
      }
    }
    record.children[collection].set(stored.id, stored);
    return stored;
  };
  return {
    [`list${capitalize(collection)}`]: ({ params, store }) => {
      const record = requireEntity(store, params["EntityId"]);
      return jsonResponse({ [collection]: [...record.children[collection].values()] });
    },
    [`create${rule.singular}`]: ({ params, body, store }) => created(write2(store, requireEntity(store, params["EntityId"]), body, void 0).id),
    [`get${rule.singular}`]: ({ params, store }) => jsonResponse(lookup(requireEntity(store, params["EntityId"]), params[idParam])),
    [`update${rule.singular}`]: ({ params, body, store }) => {
      const record = requireEntity(store, params["EntityId"]);
      write2(store, record, body, lookup(record, params[idParam]));
      return emptyResponse();
    },
    [`delete${rule.singular}`]: ({ params, store }) => {
      const record = requireEntity(store, params["EntityId"]);
      record.children[collection].delete(lookup(record, params[idParam]).id);
      return emptyResponse();
    }
  };
}
function checkContactPointValue(input) {
  const value = String(input["value"]);
  if (input["type"] === "email") return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? [] : [`value must be an email address when type is email.`];
  return /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value) ? [] : [`value must be an absolute http or https URL when type is ${String(input["type"])}.`];
}

// src/sandbox/api/handlers/tax-ids.ts
var views = {
  taxIdNumber: {
    noun: "tax id number",
    view: ({ input, updatedAt }) => {
      const value = input["value"] ?? "";
      const lastFour = value.slice(-4);
      const maskedValue = input["taxIdType"] === "ein" ? `**-***${lastFour}` : `***-**-${lastFour}`;
      return { taxIdType: input["taxIdType"], maskedValue, lastFour, updatedAt };
    }
  },
  foreignTaxIdNumber: {
    noun: "foreign tax id number",
    view: ({ input, updatedAt }) => {
      const value = input["value"] ?? "";
      const lastFour = value.slice(-4);
      return { country: input["country"], maskedValue: `${"*".repeat(value.length - lastFour.length)}${lastFour}`, lastFour, updatedAt };
    }
  }
};
var taxIdHandlers = Object.fromEntries(
  Object.entries(views).flatMap(([key, { noun, view }]) => {
    const singleton = key;
    return [
      [
        `get${capitalize(key)}`,
        ({ params, store }) => {
          const record = requireEntity(store, params["EntityId"]);
          const stored = record.singletons.get(singleton);
          if (!stored) throw notFound(`The entity ${record.entity.id} has no ${noun}.`, { entityId: record.entity.id });
          return jsonResponse(view(stored));
        }
      ],
      [
        `update${capitalize(key)}`,
        ({ params, body, store }) => {
          requireEntity(store, params["EntityId"]).singletons.set(singleton, { input: body, updatedAt: nowIso() });
          return emptyResponse();
        }
      ]
    ];
  })
);

// src/sandbox/api/handlers/index.ts
function operationHandlers() {
  const all = {
    ...entityHandlers,
    ...subResourceHandlers,
    ...taxIdHandlers,
    ...relationshipHandlers,
    ...documentHandlers,
    ...permissionHandlers,
    ...referenceListHandlers
  };
  const missing = Object.keys(operations).filter((id) => !all[id]);
  const unknown = Object.keys(all).filter((id) => !(id in operations));
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(`Sandbox handlers out of step with the spec. Missing: ${missing.join(", ") || "none"}. Unknown: ${unknown.join(", ") || "none"}.`);
  }
  return all;
}

// src/sandbox/api/response-check.ts
import { ValidationContext } from "openapi-backend";
function createResponseChecker(api) {
  const ajv = api.validator.getAjv(ValidationContext.Response);
  const compiled = /* @__PURE__ */ new WeakMap();
  const schemaErrors = (schema, value, where) => {
    let validate = compiled.get(schema);
    if (!validate) compiled.set(schema, validate = ajv.compile(schema));
    return validate(value) ? [] : messages(validate.errors, where);
  };
  const problemSchema = api.definition.components.schemas["ProblemDetails"] ?? {};
  return (operation, response) => {
    const contentType = (response.headers["content-type"] ?? "").split(";")[0]?.trim() ?? "";
    const hasBody = response.bytes !== void 0 && response.bytes.byteLength > 0;
    if (!operation) {
      if (contentType !== "application/problem+json") return [`an unrouted answer must be application/problem+json, not "${contentType}"`];
      return parsed(response, (body) => schemaErrors(problemSchema, body, "body"));
    }
    const declared = declaredResponse(operation, response.status);
    if (!declared) return [`status ${response.status} is not declared for ${operation.operationId}`];
    const errors = [];
    const media = Object.keys(declared.content ?? {});
    if (!hasBody && media.length > 0) errors.push(`status ${response.status} declares a body (${media.join(", ")}) but none was sent`);
    if (hasBody && media.length === 0) errors.push(`status ${response.status} declares no body but one was sent`);
    if (hasBody && media.length > 0) {
      const schema = declared.content?.[contentType]?.schema;
      if (!media.includes(contentType)) errors.push(`Content-Type "${contentType}" is not declared for status ${response.status} (declared: ${media.join(", ")})`);
      else if (contentType === "application/json") {
        errors.push(...parsed(response, (body) => messages(api.validateResponse(body, operation, response.status).errors, "body")));
      } else if (/[/+]json$/.test(contentType) && schema) errors.push(...parsed(response, (body) => schemaErrors(schema, body, "body")));
    }
    for (const [name, header] of Object.entries(declared.headers ?? {})) {
      const value = response.headers[name.toLowerCase()];
      if (value === void 0) errors.push(`header ${name} is declared for status ${response.status} but was not sent`);
      else if (header.schema) errors.push(...schemaErrors(header.schema, value, `header ${name}`));
    }
    return errors;
  };
}
function declaredResponse(operation, status) {
  const responses = operation.responses ?? {};
  return responses[String(status)] ?? responses[`${Math.floor(status / 100)}XX`] ?? responses["default"];
}
function parsed(response, check) {
  let body;
  try {
    body = JSON.parse(new TextDecoder().decode(response.bytes));
  } catch {
    return ["the body is not valid JSON"];
  }
  return check(body);
}
function messages(errors, where) {
  return (errors ?? []).map((error) => {
    const path = error.instancePath;
    const extra = error.params["additionalProperty"];
    return `${where}${path} ${error.message ?? error.keyword}${typeof extra === "string" ? `: ${extra}` : ""}`;
  });
}

// src/sandbox/api/pipeline.ts
async function createApiPipeline(options) {
  const api = createSpecBackend(options.apiRoot);
  const handlers = { ...operationHandlers(), ...options.overrides };
  const routed = /* @__PURE__ */ new WeakMap();
  const answer = (respond) => async (context, request) => {
    try {
      return { operation: context.operation, response: await respond(context, request) };
    } catch (error) {
      return { operation: context.operation, response: problemFor(error) };
    }
  };
  api.register({
    postRoutingHandler: (context, request) => {
      if (context.operation) routed.set(request, context.operation);
    },
    // Between the token check and validation: a caller without a valid token learns nothing about bodies.
    postSecurityHandler: (context, request) => {
      if (context.security.authorized) assertDeclaredMediaType(context.operation, single(request.headers["content-type"]), request.body);
    },
    notFound: answer((_, request) => {
      const inRoot = request.url.pathname.startsWith(`${options.apiRoot}/`);
      const detail = inRoot ? `No operation at ${request.method} ${request.url.pathname}.` : `Nothing here: this sandbox serves institution ${options.store.institutionUniversalId} under ${options.apiRoot}.`;
      throw new ApiProblem(404, { type: "jackhenry/not-found", title: "The resource was not found.", details: [detail], data: null });
    }),
    methodNotAllowed: answer((_, request) => {
      throw new ApiProblem(405, {
        type: "jackhenry/method-not-allowed",
        title: "The method is not allowed here.",
        details: [`${request.method} is not an operation of ${request.url.pathname}.`],
        data: null
      });
    }),
    // What the security handler threw (an ApiProblem, normally), answered as if thrown here.
    unauthorizedHandler: answer(
      (context) => problemFor(context.security["jackHenryIdentity"]?.error ?? internalError(["The security check failed without a reason."]))
    ),
    validationFail: answer((context) => {
      const violations = describeViolations(context.validation.errors ?? [], context.operation);
      throw badRequest(
        violations.map((violation) => violation.detail),
        { violations: violations.map(({ detail: _, ...where }) => where) }
      );
    }),
    notImplemented: answer((context) => {
      throw internalError([`The sandbox has no handler for ${context.operation.operationId}.`]);
    }),
    ...Object.fromEntries(
      Object.entries(handlers).map(([operationId, handler]) => [
        operationId,
        answer(
          (context) => handler({
            params: context.request.params,
            query: context.request.query,
            body: context.request.requestBody,
            store: options.store
          })
        )
      ])
    )
  });
  api.registerSecurityHandler(
    "jackHenryIdentity",
    (context, request) => options.verifyToken(
      { url: request.url.href, method: request.method, authorization: request.headers.authorization, dpop: single(request.headers["dpop"]) },
      operations[context.operation.operationId].scopes
    )
  );
  await api.init();
  const checkResponse = createResponseChecker(api);
  return async (request) => {
    let outcome;
    try {
      assertDecodablePath(request.url.pathname);
      outcome = await api.handleRequest(toBackendRequest(request), request);
    } catch (error) {
      outcome = { operation: routed.get(request), response: problemFor(error) };
    }
    const wire = serializeOrFail(outcome.response, request.requestId);
    if (!options.validateResponses) return wire;
    const errors = checkResponse(outcome.operation, wire);
    if (errors.length === 0) return wire;
    const { operationId } = outcome.operation ?? {};
    options.onViolation({ operationId, method: request.method, path: request.url.pathname, status: wire.status, requestId: request.requestId, errors });
    return serialize(internalError([`The sandbox's ${wire.status} answer does not match the spec:`, ...errors], "sandbox/response-invalid").toResponse(), request.requestId);
  };
}
function assertDecodablePath(path) {
  try {
    decodeURIComponent(path);
  } catch {
    throw badRequest([`The path ${path} is not valid percent-encoding: each % must start an escape (%XX) of UTF-8 bytes.`], {
      violations: [{ in: "path", name: "", rule: "percentEncoding" }]
    });
  }
}
function toBackendRequest(request) {
  const headers = Object.fromEntries(Object.entries(request.headers).filter((entry) => entry[1] !== void 0));
  return { method: request.method, path: request.url.pathname, query: request.url.search.slice(1), headers, body: parseBody(request.body) };
}
function parseBody(body) {
  if (body === void 0 || body === "") return void 0;
  try {
    const parsed2 = JSON.parse(body);
    return typeof parsed2 === "string" ? body : parsed2;
  } catch {
    return body;
  }
}
function problemFor(error) {
  if (error instanceof ApiProblem) return error.toResponse();
  return internalError([error instanceof Error ? error.message : String(error)]).toResponse();
}
function serialize(response, requestId) {
  const headers = { ...response.headers, "x-request-id": requestId };
  if (response.body === void 0) return { status: response.status, headers, bytes: void 0 };
  headers["content-type"] = response.contentType ?? "application/json";
  const bytes = response.body instanceof Uint8Array ? response.body : Buffer.from(JSON.stringify(response.body), "utf8");
  return { status: response.status, headers, bytes };
}
function serializeOrFail(response, requestId) {
  try {
    return serialize(response, requestId);
  } catch (error) {
    return serialize(
      internalError([`The sandbox could not write its ${response.status} answer: ${error instanceof Error ? error.message : String(error)}`]).toResponse(),
      requestId
    );
  }
}
var single = (value) => Array.isArray(value) ? value[0] : value;

// src/sandbox/api/seed.ts
var referenceLists = {
  relationshipTypes: [
    ["owner", "Owner"],
    ["joint_owner", "Joint Owner"],
    ["authorized_signer", "Authorized Signer"],
    ["beneficiary", "Beneficiary"],
    ["guardian", "Guardian"],
    ["power_of_attorney", "Power of Attorney"],
    ["trustee", "Trustee"],
    ["custodian_utma", "Custodian (UTMA, retired)", false]
  ],
  addressLabels: [
    ["home", "Home"],
    ["mailing", "Mailing"],
    ["work", "Work"],
    ["seasonal", "Seasonal"],
    ["previous", "Previous", false]
  ],
  affiliateOptOutExceptionReasons: [
    ["pre_existing_relationship", "Pre-existing business relationship"],
    ["consumer_initiated", "Consumer-initiated communication"],
    ["consumer_request", "Solicitation requested by the consumer"],
    ["employee_benefit", "Employee benefit information", false]
  ],
  affiliateOptOutTypes: [
    ["affiliate_marketing", "Affiliate marketing"],
    ["eligibility_information", "Sharing eligibility information with affiliates"],
    ["insurance_marketing", "Insurance marketing", false]
  ],
  digitalContactPointLabels: [
    ["personal", "Personal"],
    ["work", "Work"],
    ["billing", "Billing"],
    ["legacy", "Legacy", false]
  ],
  phoneNumberLabels: [
    ["mobile", "Mobile"],
    ["home", "Home"],
    ["work", "Work"],
    ["fax", "Fax"],
    ["pager", "Pager", false]
  ],
  identificationTypes: [
    ["drivers_license", "Driver's License"],
    ["passport", "Passport"],
    ["state_id", "State ID Card"],
    ["military_id", "Military ID"],
    ["permanent_resident_card", "Permanent Resident Card"],
    ["matricula_consular", "Matr\xEDcula Consular", false]
  ],
  privacyOptOutTypes: [
    ["nonaffiliated_sharing", "Sharing with nonaffiliated third parties"],
    ["affiliate_creditworthiness", "Sharing creditworthiness information with affiliates"],
    ["joint_marketing", "Joint marketing with other financial companies"],
    ["telemarketing", "Telemarketing", false]
  ],
  employmentTypes: [
    ["full_time", "Full-time"],
    ["part_time", "Part-time"],
    ["self_employed", "Self-employed"],
    ["retired", "Retired"],
    ["student", "Student"],
    ["unemployed", "Unemployed"],
    ["contractor", "Contractor", false]
  ]
};
var enterpriseUserIds = {
  administrator: stableId("enterprise-user:administrator"),
  teller: stableId("enterprise-user:teller")
};
var abilityNames = entity_management_default.components.schemas.Abilities.required;
var referenceId = (list, code) => stableId(`${list}:${code}`);
function seedStore(store) {
  for (const [list, entries] of Object.entries(referenceLists)) {
    store.referenceLists[list] = entries.map(([code, name, active]) => ({ id: referenceId(list, code), code, name, isActive: active !== false }));
  }
  const flags = (allowed) => Object.fromEntries(abilityNames.map((name) => [name, allowed(name)]));
  store.enterpriseUsers.set(
    enterpriseUserIds.administrator,
    flags(() => true)
  );
  store.enterpriseUsers.set(
    enterpriseUserIds.teller,
    flags((name) => /^(view|search|download)/.test(name))
  );
  const at = nowIso();
  const stamp = { createdAt: at, updatedAt: at };
  const person = (key, firstName, lastName, birthDate) => ({
    id: stableId(`entity:${key}`),
    entityType: "person",
    status: "active",
    firstName,
    lastName,
    birthDate,
    ...stamp
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
    ...stamp
  });
  const child = (key, fields) => ({ id: stableId(`child:${key}`), ...fields, ...stamp });
  const put = (map, value) => map.set(value.id, value);
  const address = { line1: "12 Main Street", city: "Springfield", region: "MO", postalCode: "65801", country: "US", isPrimary: true };
  put(ada.children.addresses, child("ada:home", { addressLabelId: referenceId("addressLabels", "home"), ...address }));
  put(
    ada.children.phoneNumbers,
    child("ada:mobile", { phoneNumberLabelId: referenceId("phoneNumberLabels", "mobile"), number: "+14175550123", isPrimary: true, smsCapable: true })
  );
  put(
    ada.children.digitalContactPoints,
    child("ada:email", {
      digitalContactPointLabelId: referenceId("digitalContactPointLabels", "personal"),
      type: "email",
      value: "ada@example.com",
      isPrimary: true
    })
  );
  ada.singletons.set("taxIdNumber", { input: { taxIdType: "ssn", value: "123456789" }, updatedAt: at });
  put(engines.children.addresses, child("engines:work", { addressLabelId: referenceId("addressLabels", "work"), ...address, line1: "1 Engine Row", postalCode: "65806" }));
  const account = { assetType: "account", assetId: stableId("asset:engines-operating-account") };
  for (const [from, type] of [
    [ada, "authorized_signer"],
    [charles, "owner"]
  ]) {
    const id = stableId(`relationship:${from.entity.id}:${type}`);
    store.relationships.set(id, {
      id,
      entityId: from.entity.id,
      relatedEntityId: engines.entity.id,
      relationshipTypeId: referenceId("relationshipTypes", type),
      asset: account,
      startDate: "2024-05-01",
      ...stamp
    });
  }
}

// src/sandbox/api/server.ts
import { randomUUID as randomUUID6 } from "node:crypto";
import { createServer } from "node:http";

// src/sandbox/api/request-body.ts
var maxBodyBytes = 1024 * 1024;
var maxNestingDepth = 64;
async function readBody(incoming) {
  const chunks = [];
  let size = 0;
  for await (const chunk of incoming) {
    size += chunk.byteLength;
    if (size <= maxBodyBytes) chunks.push(chunk);
  }
  return size > maxBodyBytes ? void 0 : Buffer.concat(chunks).toString("utf8");
}
function nestsDeeperThan(text2, limit) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text2.length; i++) {
    const char = text2.charCodeAt(i);
    if (inString) {
      if (char === 92)
        i++;
      else if (char === 34) inString = false;
    } else if (char === 34) inString = true;
    else if (char === 91 || char === 123) {
      if (++depth > limit) return true;
    } else if (char === 93 || char === 125) depth--;
  }
  return false;
}

// src/sandbox/api/server.ts
var uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
async function listenApiServer(port = 0) {
  let handle;
  let origin = "http://127.0.0.1";
  const server = createServer((incoming, outgoing) => {
    const requestId = settleRequestId(incoming.headers["x-request-id"]);
    const answer = async () => {
      if (!handle) return serialize({ status: 503, headers: { "retry-after": "1" } }, requestId);
      const body = await readBody(incoming);
      if (body === void 0) return refuse(`The body exceeds ${maxBodyBytes} bytes.`, "maxBytes", requestId);
      if (nestsDeeperThan(body, maxNestingDepth)) return refuse(`The body nests arrays and objects deeper than ${maxNestingDepth} levels.`, "maxDepth", requestId);
      const url = requestUrl(incoming, origin);
      return handle({ method: incoming.method ?? "GET", url, headers: incoming.headers, body, requestId });
    };
    answer().then(
      (response) => {
        outgoing.writeHead(response.status, response.headers).end(response.bytes);
      },
      (error) => {
        outgoing.destroy(error instanceof Error ? error : void 0);
      }
    );
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    mount(next) {
      handle = next;
    },
    stop: () => new Promise((resolve, reject) => {
      server.close((error) => error ? reject(error) : resolve());
      server.closeAllConnections();
    })
  };
}
function requestUrl(incoming, origin) {
  const path = incoming.url ?? "/";
  try {
    return new URL(`${incoming.headers.host ? `http://${incoming.headers.host}` : origin}${path}`);
  } catch {
    return new URL(path, origin);
  }
}
function settleRequestId(header) {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== void 0 && uuid.test(value) ? value : randomUUID6();
}
function refuse(detail, rule, requestId) {
  return serialize(badRequest([detail], { violations: [{ in: "body", name: "", rule }] }).toResponse(), requestId);
}

// src/sandbox/authorization-server.ts
import { generateKeyPairSync as generateKeyPairSync2, randomBytes, randomUUID as randomUUID7 } from "node:crypto";
import { createServer as createServer2 } from "node:http";

// src/sandbox/quiet-provider.ts
var developmentWarnings = [
  "oidc-provider WARNING: Unsupported runtime.",
  "oidc-provider WARNING: a quick start development-only in-memory adapter is used",
  "oidc-provider WARNING: a quick start development-only feature devInteractions is enabled"
];
var filtering = 0;
var original = console.warn;
async function withoutDevelopmentWarnings(verbose, step) {
  if (verbose) return step();
  if (filtering++ === 0) {
    original = console.warn;
    console.warn = (...args) => {
      const text2 = typeof args[0] === "string" ? args[0] : "";
      if (!developmentWarnings.some((warning) => text2.includes(warning))) original.apply(console, args);
    };
  }
  try {
    return await step();
  } finally {
    if (--filtering === 0) console.warn = original;
  }
}

// src/sandbox/scripted-login.ts
async function scriptedLogin(authorizationUrl, options = {}) {
  const doFetch = options.fetch ?? globalThis.fetch;
  const start = new URL(authorizationUrl);
  const redirectUri = options.redirectUri ?? start.searchParams.get("redirect_uri");
  if (!redirectUri) throw new Error("scriptedLogin: the authorization URL has no redirect_uri; pass options.redirectUri");
  const jar = new CookieJar();
  let request = { url: start, method: "GET" };
  for (let step = 0; step < (options.maxSteps ?? 20); step++) {
    const res = await doFetch(request.url, {
      method: request.method,
      redirect: "manual",
      headers: {
        cookie: jar.header(request.url),
        ...request.body ? { "content-type": "application/x-www-form-urlencoded" } : {}
      },
      ...request.body ? { body: request.body } : {}
    });
    jar.store(request.url, res.headers.getSetCookie());
    const location = res.headers.get("location");
    if (res.status >= 300 && res.status < 400 && location) {
      await res.body?.cancel();
      const next = new URL(location, request.url);
      if (next.href.startsWith(redirectUri)) return next;
      request = { url: next, method: "GET" };
      continue;
    }
    const html = res.ok ? await res.text() : "";
    const form = /<form[^>]*action="([^"]+)"[^>]*method="post"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
    const prompt = form?.[2] ? /name="prompt" value="([^"]+)"/.exec(form[2])?.[1] : void 0;
    if (!form?.[1] || !prompt) {
      throw new Error(`scriptedLogin: unexpected ${res.status} response at ${request.url.pathname} (no login or consent form)`);
    }
    const body = new URLSearchParams({ prompt });
    if (prompt === "login") {
      body.set("login", options.login ?? "alice");
      body.set("password", options.password ?? "sandbox");
    }
    request = { url: new URL(decodeHtml(form[1]), request.url), method: "POST", body };
  }
  throw new Error("scriptedLogin: too many redirects");
}
var decodeHtml = (s) => s.replace(/&amp;/g, "&").replace(/&#x2F;/gi, "/").replace(/&#47;/g, "/").replace(/&quot;/g, '"').replace(/&#39;/g, "'");
var CookieJar = class {
  #cookies = /* @__PURE__ */ new Map();
  store(url, setCookies) {
    for (const line of setCookies) {
      const [pair = "", ...attrs] = line.split(";").map((s) => s.trim());
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const attr = (key2) => attrs.find((a) => a.toLowerCase().startsWith(`${key2}=`))?.slice(key2.length + 1);
      const path = attr("path") ?? "/";
      const maxAge = attr("max-age");
      const expires = attr("expires");
      const deleted = maxAge !== void 0 && Number(maxAge) <= 0 || expires !== void 0 && Date.parse(expires) < Date.now();
      const key = `${url.origin} ${path} ${name}`;
      if (deleted) this.#cookies.delete(key);
      else this.#cookies.set(key, { value: `${name}=${value}`, origin: url.origin, path });
    }
  }
  header(url) {
    return [...this.#cookies.values()].filter((c) => c.origin === url.origin && url.pathname.startsWith(c.path)).map((c) => c.value).join("; ");
  }
};

// src/sandbox/sign-in-policy.ts
function signInPolicy(options) {
  const apiScopes = new Set(options.apiScopes);
  const registered = (client) => (client.scope ?? "").split(" ").filter((scope) => apiScopes.has(scope));
  const signingIn = options.clients.filter((client) => client.grant_types?.includes("authorization_code"));
  const defaultScopes = new Map(signingIn.map((client) => [client.client_id, registered(client)]));
  const refreshing = new Set(signingIn.filter((client) => client.grant_types?.includes("refresh_token")).map((client) => client.client_id));
  return async (ctx, next) => {
    if (ctx.method === "GET" && ctx.path === options.authorizationPath) {
      const query = new URLSearchParams(ctx.querystring);
      const clientId = query.get("client_id") ?? "";
      const words = (name) => new Set((query.get(name) ?? "").split(" ").filter(Boolean));
      const scopes = words("scope");
      const prompts = words("prompt");
      const defaults = defaultScopes.get(clientId) ?? [];
      let changed = false;
      if (query.has("scope") && defaults.length > 0 && ![...scopes].some((scope) => apiScopes.has(scope))) {
        for (const scope of defaults) scopes.add(scope);
        changed = true;
      }
      if (refreshing.has(clientId) && scopes.has("offline_access") && !prompts.has("consent") && !prompts.has("none")) {
        prompts.add("consent");
        changed = true;
      }
      if (changed) {
        query.set("scope", [...scopes].join(" "));
        if (prompts.size > 0) query.set("prompt", [...prompts].join(" "));
        ctx.querystring = query.toString();
      }
    }
    await next();
  };
}

// src/sandbox/token-events.ts
function createTokenEventRecorder() {
  const assertions = /* @__PURE__ */ new WeakMap();
  const requests = [];
  const str = (v) => typeof v === "string" ? v : void 0;
  const shown = (v) => str(v) ?? String(JSON.stringify(v));
  const record = (ctx, outcome, error) => {
    const params = ctx.oidc?.params ?? {};
    requests.push({
      outcome,
      grantType: str(params["grant_type"]),
      clientId: ctx.oidc?.client?.clientId ?? str(params["client_id"]),
      clientAuthMethod: ctx.oidc?.client?.clientAuthMethod,
      error,
      scope: str(params["scope"]),
      dpop: ctx.get("dpop") !== "",
      assertion: assertions.get(ctx)
    });
  };
  const matches = (r, f) => Object.keys(f).every((k) => f[k] === void 0 || r[k] === f[k]);
  return {
    events: {
      requests,
      count: (filter = {}) => requests.filter((r) => matches(r, filter)).length,
      reset: () => void requests.splice(0)
    },
    // Only observes: records what the server saw in a client assertion so tests can assert on `aud` and `alg`.
    observeAssertion: (ctx, claims, header) => {
      const aud = claims["aud"];
      assertions.set(ctx, {
        alg: shown(header["alg"]),
        kid: typeof header["kid"] === "string" ? header["kid"] : void 0,
        aud: Array.isArray(aud) ? aud.map(shown) : shown(aud)
      });
    },
    attach(provider) {
      provider.on("grant.success", (ctx) => record(ctx, "success"));
      provider.on("grant.error", (ctx, err) => record(ctx, "error", err.error));
    }
  };
}

// src/sandbox/authorization-server.ts
var secret = () => randomBytes(24).toString("base64url");
async function startAuthorizationServer(options) {
  const audience = new URL(options.audience).href.replace(/\/$/, "");
  let accessTokenTtl = positiveSeconds(options.accessTokenTtlSeconds ?? 600, "accessTokenTtlSeconds");
  const refreshTokenTtl = positiveSeconds(options.refreshTokenTtlSeconds ?? 86400, "refreshTokenTtlSeconds");
  const idTokenTtl = positiveSeconds(options.idTokenTtlSeconds ?? 3600, "idTokenTtlSeconds");
  const apiScopes = [...new Set(options.scopes)];
  const allScopes = ["openid", "offline_access", ...apiScopes];
  const redirectUris = [...options.redirectUris ?? ["http://127.0.0.1/callback"]];
  let handler = async (_req, res) => {
    res.writeHead(503).end();
  };
  const server = createServer2((req, res) => {
    handler(req, res).catch((error) => res.destroy(error instanceof Error ? error : void 0));
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const signing = generateKeyPairSync2("rsa", { modulusLength: 2048 });
  const signingJwk = { ...signing.privateKey.export({ format: "jwk" }), kid: randomUUID7(), use: "sig", alg: "RS256" };
  const clientKey = generateKeyPairSync2("rsa", { modulusLength: 2048 });
  const clientKid = randomUUID7();
  const clientPublicJwk = { ...clientKey.publicKey.export({ format: "jwk" }), kid: clientKid, use: "sig" };
  const encryption = options.encryptedTokens === true ? createTokenEncryption() : void 0;
  const clients = {
    secretBasic: { clientId: "svc-secret-basic", clientSecret: secret() },
    secretPost: { clientId: "svc-secret-post", clientSecret: secret() },
    privateKeyJwt: {
      clientId: "svc-private-key-jwt",
      privateKeyPem: clientKey.privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
      privateJwk: { ...clientKey.privateKey.export({ format: "jwk" }), kid: clientKid },
      kid: clientKid
    },
    webApp: {
      clientId: "web-app",
      clientSecret: secret(),
      redirectUri: redirectUris[0] ?? "http://127.0.0.1/callback",
      ...encryption ? { idTokenDecryptionKeyPem: encryption.idTokenDecryptionKeyPem } : {}
    }
  };
  const machine = { grant_types: ["client_credentials"], response_types: [], redirect_uris: [], scope: apiScopes.join(" ") };
  const clientMetadata = [
    { ...machine, client_id: clients.secretBasic.clientId, client_secret: clients.secretBasic.clientSecret, token_endpoint_auth_method: "client_secret_basic" },
    { ...machine, client_id: clients.secretPost.clientId, client_secret: clients.secretPost.clientSecret, token_endpoint_auth_method: "client_secret_post" },
    { ...machine, client_id: clients.privateKeyJwt.clientId, token_endpoint_auth_method: "private_key_jwt", jwks: { keys: [clientPublicJwk] } },
    {
      client_id: clients.webApp.clientId,
      client_secret: clients.webApp.clientSecret,
      token_endpoint_auth_method: "client_secret_basic",
      grant_types: ["authorization_code", "refresh_token"],
      response_types: ["code"],
      redirect_uris: redirectUris,
      scope: allScopes.join(" "),
      ...encryption?.clientMetadata
    },
    ...options.clients ?? []
  ];
  const verbose = options.verbose ?? false;
  const { errors, default: ProviderClass } = await withoutDevelopmentWarnings(verbose, () => import("oidc-provider"));
  const recorder = createTokenEventRecorder();
  const configuration = {
    clients: clientMetadata,
    scopes: allScopes,
    responseTypes: ["code"],
    jwks: { keys: [signingJwk] },
    cookies: { keys: [secret()] },
    clientAuthMethods: ["client_secret_basic", "client_secret_post", "private_key_jwt"],
    enabledJWA: { clientAuthSigningAlgValues: ["PS256", "RS256"] },
    pkce: { required: () => true },
    // The development login accepts any name; the account is just that name as `sub`.
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub }) }),
    // Jack Henry Identity rotates refresh tokens; rotating every time makes reuse detectable in tests.
    rotateRefreshToken: true,
    issueRefreshToken: (_ctx, client, code) => client.grantTypeAllowed("refresh_token") && code.scopes.has("offline_access"),
    ttl: {
      AccessToken: () => accessTokenTtl,
      ClientCredentials: () => accessTokenTtl,
      IdToken: () => idTokenTtl,
      RefreshToken: () => refreshTokenTtl,
      AuthorizationCode: 60,
      Grant: refreshTokenTtl,
      Interaction: 600,
      Session: 3600
    },
    features: {
      devInteractions: { enabled: true },
      clientCredentials: { enabled: true },
      revocation: { enabled: true },
      encryption: { enabled: encryption !== void 0 },
      dPoP: { enabled: true, nonceSecret: randomBytes(32), requireNonce: () => options.requireDpopNonce === true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => audience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource.replace(/\/$/, "") !== audience) throw new errors.InvalidTarget();
          const jwt = { sign: { alg: "RS256" }, ...encryption ? { encrypt: encryption.accessTokenEncryption } : {} };
          return { scope: apiScopes.join(" "), audience, accessTokenFormat: "jwt", accessTokenTTL: accessTokenTtl, jwt };
        }
      }
    },
    assertJwtClientAuthClaimsAndHeader: recorder.observeAssertion
  };
  const provider = await withoutDevelopmentWarnings(verbose, () => new ProviderClass(issuer, configuration));
  provider.use(signInPolicy({ authorizationPath: "/auth", clients: clientMetadata, apiScopes }));
  recorder.attach(provider);
  handler = provider.callback();
  return {
    issuer,
    jwksUri: `${issuer}/jwks`,
    tokenEndpoint: `${issuer}/token`,
    authorizationEndpoint: `${issuer}/auth`,
    audience,
    clients,
    accessTokenDecryptionKey: encryption?.accessTokenDecryptionKey,
    events: recorder.events,
    async signIn(authorizationUrl, signInOptions = {}) {
      const url = new URL(authorizationUrl);
      if (`${url.origin}${url.pathname}` !== `${issuer}/auth`) {
        throw new RangeError(`signIn() signs in at this sandbox only: pass an authorization URL under ${issuer}/auth, not ${url.origin}${url.pathname}.`);
      }
      return scriptedLogin(url, signInOptions.user === void 0 ? {} : { login: signInOptions.user });
    },
    setAccessTokenTtl(seconds) {
      accessTokenTtl = positiveSeconds(seconds, "setAccessTokenTtl(seconds)");
    },
    provider,
    stop: () => new Promise((resolve, reject) => {
      server.close((err) => err ? reject(err) : resolve());
      server.closeAllConnections();
    })
  };
}
function positiveSeconds(value, name) {
  if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`${name} must be a positive whole number of seconds`);
  return value;
}

// src/sandbox/index.ts
var serviceRootPath = "/a/api/entity-svcs/v1";
var guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
async function startSandbox(options = {}) {
  const institutionUniversalId = options.institutionUniversalId ?? "4e3cde86-37ea-48bb-adef-4f820ba70b0f";
  if (!guid.test(institutionUniversalId)) throw new RangeError(`institutionUniversalId must be a GUID; got "${institutionUniversalId}".`);
  const api = await listenApiServer(options.port);
  const baseUrl = `${api.origin}${serviceRootPath}`;
  let authorizationServer;
  try {
    authorizationServer = await startAuthorizationServer({
      scopes: Object.keys(scopeDescriptions),
      audience: baseUrl,
      ...options.authorizationServerPort === void 0 ? {} : { port: options.authorizationServerPort },
      ...options.accessTokenTtlSeconds === void 0 ? {} : { accessTokenTtlSeconds: options.accessTokenTtlSeconds },
      ...options.verbose === void 0 ? {} : { verbose: options.verbose },
      ...options.encryptedTokens === void 0 ? {} : { encryptedTokens: options.encryptedTokens }
    });
    const decryptionKey = authorizationServer.accessTokenDecryptionKey;
    const store = createStore(institutionUniversalId);
    seedStore(store);
    const responseViolations = [];
    api.mount(
      await createApiPipeline({
        apiRoot: `${serviceRootPath}/${institutionUniversalId}`,
        store,
        verifyToken: await createTokenVerifier({
          issuer: authorizationServer.issuer,
          jwksUri: authorizationServer.jwksUri,
          audience: baseUrl,
          ...decryptionKey ? { decryptionKey } : {}
        }),
        validateResponses: options.validateResponses ?? false,
        ...options.handlers ? { overrides: options.handlers } : {},
        onViolation: (violation) => responseViolations.push(violation)
      })
    );
    const running = authorizationServer;
    let stopping;
    return {
      issuer: running.issuer,
      baseUrl,
      institutionUniversalId,
      credentials: running.clients,
      enterpriseUsers: enterpriseUserIds,
      authorizationServer: running,
      responseViolations,
      signIn: (authorizationUrl, signInOptions) => running.signIn(authorizationUrl, signInOptions),
      stop: () => stopping ??= Promise.all([api.stop(), running.stop()]).then(() => void 0)
    };
  } catch (error) {
    await Promise.allSettled([api.stop(), authorizationServer?.stop()]);
    throw error;
  }
}
export {
  emptyResponse,
  jsonResponse,
  problemResponse,
  serviceUnavailable,
  startSandbox,
  tooManyRequests
};
