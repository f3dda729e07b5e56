/**
 * npm start: boots the local Entity Services sandbox and walks through the client against it,
 * printing what each call did. No network, no configuration; stops and exits when done.
 */
import type { Middleware } from "openapi-fetch";
import {
  ApiError,
  clientCredentials,
  createEntityManagementClient,
  InsufficientScopeError,
  staticToken,
  unwrap,
  type EntityManagementClient,
  type TokenSource,
} from "../src/index.js";
import { startSandbox } from "../src/sandbox/index.js";

const say = (line = ""): void => console.log(line);
const step = (n: number, title: string): void => say(`\n${n}. ${title}`);

/** Prints one line per HTTP call: method, route, status, request id. */
const transcript: Middleware = {
  onResponse({ request, response, schemaPath }) {
    const id = response.headers.get("x-request-id") ?? "-";
    say(`   ${request.method.padEnd(6)} ${schemaPath.padEnd(44)} → ${response.status}   X-Request-ID ${id}`);
  },
};

const sandbox = await startSandbox({ validateResponses: true });
try {
  say("Entity Services sandbox: a real OpenID Connect server and an in-memory Entity Services API, on 127.0.0.1");
  say(`   issuer        ${sandbox.issuer}`);
  say(`   base URL      ${sandbox.baseUrl}`);
  say(`   institution   ${sandbox.institutionUniversalId}`);

  const { privateKeyJwt } = sandbox.credentials;
  const connect = (auth: TokenSource): EntityManagementClient =>
    createEntityManagementClient({ baseUrl: sandbox.baseUrl, institutionUniversalId: sandbox.institutionUniversalId, auth, middleware: [transcript], userAgent: "sandbox-demo" });

  step(1, `Client credentials with private_key_jwt (client "${privateKeyJwt.clientId}", a PS256-signed assertion); each call gets a token for exactly its scopes`);
  const client = connect(clientCredentials({ issuer: sandbox.issuer, clientId: privateKeyJwt.clientId, privateKey: privateKeyJwt.privateKeyPem }));

  step(2, "Create an organization and a person");
  const bakery = await unwrap(client.POST("/entities", { body: { entityType: "organization", legalName: "Chen Family Bakery LLC", dbaName: "Golden Crust" } }));
  const maya = await unwrap(client.POST("/entities", { body: { entityType: "person", firstName: "Maya", lastName: "Chen", birthDate: "1986-04-12" } }));
  say(`   organization ${bakery.id}, person ${maya.id}`);

  step(3, "Look up the institution's labels, then add an address, a phone number and an email");
  const [addressLabels, phoneLabels, contactLabels, relationshipTypes] = await Promise.all([
    unwrap(client.GET("/address-labels")),
    unwrap(client.GET("/phone-number-labels")),
    unwrap(client.GET("/digital-contact-point-labels")),
    unwrap(client.GET("/relationship-types")),
  ]);
  const labelId = (items: readonly { id: string; code: string }[], code: string): string => items.find((item) => item.code === code)?.id ?? "";
  const EntityId = maya.id;
  await unwrap(
    client.POST("/entities/{EntityId}/addresses", {
      params: { path: { EntityId } },
      body: {
        addressLabelId: labelId(addressLabels.addressLabels, "home"),
        line1: "418 Walnut Street",
        city: "Springfield",
        region: "MO",
        postalCode: "65806",
        country: "US",
        isPrimary: true,
      },
    }),
  );
  await unwrap(
    client.POST("/entities/{EntityId}/phone-numbers", {
      params: { path: { EntityId } },
      body: { phoneNumberLabelId: labelId(phoneLabels.phoneNumberLabels, "mobile"), number: "+14175550142", isPrimary: true, smsCapable: true },
    }),
  );
  await unwrap(
    client.POST("/entities/{EntityId}/digital-contact-points", {
      params: { path: { EntityId } },
      body: { digitalContactPointLabelId: labelId(contactLabels.digitalContactPointLabels, "personal"), type: "email", value: "maya.chen@example.com", isPrimary: true },
    }),
  );

  step(4, "Relate them: Maya is an authorized signer for the bakery's operating account");
  const relationship = await unwrap(
    client.POST("/relationships", {
      body: {
        entityId: maya.id,
        relatedEntityId: bakery.id,
        relationshipTypeId: labelId(relationshipTypes.relationshipTypes, "authorized_signer"),
        asset: { assetType: "account", assetId: crypto.randomUUID() },
      },
    }),
  );
  say(`   relationship ${relationship.id}`);

  step(5, "Search every active entity, two per page (the client follows paging.nextOffset)");
  const names: string[] = [];
  for await (const entity of client.paginate("/entities/search", { body: { status: "active" }, pageSize: 2 })) {
    names.push(entity.entityType === "person" ? `${entity.firstName} ${entity.lastName}` : entity.legalName);
  }
  say(`   ${names.length} entities: ${names.join(", ")}`);

  step(6, "Read what a teller may do (abilities of an enterprise user)");
  const abilities = await unwrap(client.GET("/enterprise/{EnterpriseUserId}/abilities", { params: { path: { EnterpriseUserId: sandbox.enterpriseUsers.teller } } }));
  const allowed = Object.entries(abilities)
    .filter(([, yes]) => yes)
    .map(([name]) => name);
  say(`   ${allowed.length} of ${Object.keys(abilities).length} allowed, e.g. viewEntities=${abilities.viewEntities}, addEntities=${abilities.addEntities}`);

  step(7, "A client limited to one scope (entity-services.entities.read) tries to create an entity");
  const narrow = clientCredentials({ issuer: sandbox.issuer, clientId: privateKeyJwt.clientId, privateKey: privateKeyJwt.privateKeyPem, scope: ["entity-services.entities.read"] });
  const readOnly = connect(narrow);
  const entity = { entityType: "person", firstName: "Sam", lastName: "Ortiz" } as const;
  await unwrap(readOnly.POST("/entities", { body: entity })).catch((error: unknown) => {
    if (!(error instanceof InsufficientScopeError)) throw error;
    say(`   refused before sending: ${error.code}, missing ${error.missingScopes.join(", ")}`);
  });
  say("   the same token sent anyway (an app that cannot see its token's scopes):");
  await unwrap(connect(staticToken((await narrow.getToken([])).value)).POST("/entities", { body: entity })).catch((error: unknown) => {
    if (!(error instanceof InsufficientScopeError)) throw error;
    say(`   HTTP ${error.status} ${error.code}, missing ${error.missingScopes.join(", ")} (from the API's WWW-Authenticate challenge)`);
  });

  step(8, "A person without a last name and with a US-style birth date");
  await unwrap(client.POST("/entities", { body: { entityType: "person", firstName: "Sam", birthDate: "07/04/1990" } as never })).catch((error: unknown) => {
    if (!(error instanceof ApiError) || !error.problem) throw error;
    say(`   HTTP ${error.status} ${error.problem.type}: ${error.problem.title}`);
    for (const detail of error.problem.details) say(`     - ${detail}`);
  });

  if (sandbox.responseViolations.length > 0) throw new Error(`The sandbox answered outside the spec: ${JSON.stringify(sandbox.responseViolations)}`);
  const tokens = sandbox.authorizationServer.events.count({ outcome: "success" });
  say(`\nDone in ${(performance.now() / 1000).toFixed(1)} s: ${tokens} token requests (one per scope set), every response matched the spec. Stopping the sandbox.`);
} finally {
  await sandbox.stop();
}
