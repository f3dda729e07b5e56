// src/sandbox/api/responses.ts
import { STATUS_CODES } from "node:http";
var ApiProblem = class extends Error {
  status;
  problem;
  headers;
  constructor(status, problem, headers = {}) {
    super(`${status} ${problem.title}${problem.details.length > 0 ? `: ${problem.details.join("; ")}` : ""}`);
    this.name = "ApiProblem";
    this.status = status;
    this.problem = problem;
    this.headers = headers;
  }
  /** The problem as a response. */
  toResponse() {
    return problemResponse(this.status, this.problem, this.headers);
  }
};
var jsonResponse = (body, init = {}) => ({
  status: init.status ?? 200,
  body,
  contentType: "application/json",
  ...init.headers ? { headers: init.headers } : {}
});
var emptyResponse = (init = {}) => ({ status: init.status ?? 204, ...init.headers ? { headers: init.headers } : {} });
var problemResponse = (status, problem = {}, headers = {}) => ({
  status,
  body: {
    type: problem.type ?? "sandbox/injected-fault",
    title: problem.title ?? STATUS_CODES[status] ?? `HTTP ${status}`,
    details: problem.details ?? [],
    data: problem.data ?? null
  },
  contentType: "application/problem+json",
  headers
});
var tooManyRequests = (retryAfterSeconds = 1) => problemResponse(429, { type: "jackhenry/too-many-requests", title: "Too many requests.", details: [`Retry after ${retryAfterSeconds} s.`] }, retryAfter(retryAfterSeconds));
var serviceUnavailable = (retryAfterSeconds = 1) => problemResponse(
  503,
  { type: "jackhenry/service-unavailable", title: "The service is unavailable.", details: [`Retry after ${retryAfterSeconds} s.`] },
  retryAfter(retryAfterSeconds)
);
function retryAfter(seconds) {
  if (!Number.isSafeInteger(seconds) || seconds < 0) throw new RangeError(`retryAfterSeconds must be a whole number of seconds >= 0; got ${seconds}.`);
  return { "retry-after": String(seconds) };
}
var created = (id) => jsonResponse({ id }, { status: 201 });
var file = (bytes, contentType, filename) => ({
  status: 200,
  body: bytes,
  contentType,
  headers: { "content-disposition": `attachment; filename="${filename}"` }
});
var badRequest = (details, data = null) => new ApiProblem(400, { type: "jackhenry/validation-failed", title: "The request is invalid.", details, data });
var notFound = (detail, data = null) => new ApiProblem(404, { type: "jackhenry/not-found", title: "The resource was not found.", details: [detail], data });
var conflict = (details, data = null) => new ApiProblem(409, { type: "jackhenry/conflict", title: "The request conflicts with the institution's data.", details, data });
var unsupportedMediaType = (accepted, sent) => new ApiProblem(415, {
  type: "jackhenry/unsupported-media-type",
  title: "The request body's media type is not supported.",
  details: [`Send the body as ${accepted.join(" or ")}, ${sent === "" ? "with a Content-Type header" : `not ${sent}`}.`],
  data: { acceptedMediaTypes: [...accepted] }
});
var internalError = (details, type = "jackhenry/internal-error") => new ApiProblem(500, { type, title: "An unexpected error occurred.", details, data: null });

// generated/entity-management.json
var entity_management_default = {
  openapi: "3.0.3",
  info: {
    title: "Entity Services",
    version: "1.1.0",
    description: "Services related to an Entity and its Relationships: Jack Henry's Digital Core\n\"Entity Management\" API, which sits at the center of Digital Core and manages the\nconsumers and organizations of an institution and how they relate to one another.\n\nThis is a **hand-maintained description** written for the `entity-management-client`\nTypeScript client. It is not Jack Henry's own document.\n\n## Versioning\nUpstream calls this API `v1` (the `/v1/` in the server URL). `info.version` here is\nsemantic versioning of *this description*: an intended breaking change needs a major bump\nand a line in `spec/CHANGELOG.md`.\n\n## What is confirmed and what is inferred\n- **Confirmed** (Jack Henry's public spec header): the title, the contact, OpenAPI 3.0.3,\n  and the first twenty tags in the order listed here, with their descriptions (some known\n  only abridged). That header's own server is an internal Jack Henry test host, not\n  reachable by clients, so it is not repeated here.\n- **Inferred** (everything else): paths, operations, parameters, schemas and status codes\n  follow the Digital Core house style seen in sibling specs (Account Services and others):\n  kebab-case plural resources, PascalCase path parameters, camelCase JSON, uuid ids,\n  `201 { id }` on create, `204` on update and delete, `POST \u2026/search?offset=&count=` with a\n  `paging` object, and `application/problem+json` errors `{ type, title, details[], data }`.\n  Every operation carries `x-evidence` (`confirmed` or `inferred`); the first line of an\n  inferred operation's description gives its basis. Tags after \"Digital Contact Point\n  Labels\" are inferred too (`x-evidence: inferred` on the tag).\n- **Server URL**: `https://{host}/a/api/{service}/v1/{InstitutionUniversalId}` is the\n  Digital Core pattern; the service slug `entity-svcs` is inferred, so clients take the base\n  URL as configuration.\n\n## Scopes are an assumption\nEntity Services scope names are not public. The names used here are one consistent\nvocabulary (`entity-services.<family>.read|write`), **kept in one place:\n`components.securitySchemes`**. Every operation lists the one scope it requires. A user\nwho learns the real names edits them there (and in the operations' `security`) and\nregenerates the client.\n\nWhen Jack Henry's real YAML is available, the diff against this file is the to-do list.\n",
    contact: {
      name: "Entity Services",
      url: "https://www.jackhenry.com/",
      email: "DC-Operations@jackhenry.com"
    }
  },
  servers: [
    {
      url: "https://{host}/a/api/entity-svcs/v1/{InstitutionUniversalId}",
      description: "An institution's Digital Core gateway. The institution is part of the base URL, so paths start at the resource. The `entity-svcs` slug is inferred from sibling services (`acct-svcs`).",
      variables: {
        host: {
          default: "digital.garden-fi.com",
          description: "The institution's digital host. The default is Garden, Jack Henry's sandbox institution."
        },
        InstitutionUniversalId: {
          default: "00000000-0000-0000-0000-000000000000",
          description: "A GUID identifying an Institution/Environment/Brand combination, issued together with the client id. The default is a placeholder."
        }
      }
    }
  ],
  tags: [
    {
      name: "Entities",
      description: "Entity is a representation of any legal identity.",
      "x-evidence": "confirmed"
    },
    {
      name: "Addresses",
      description: "Addresses for an Entity.",
      "x-evidence": "confirmed"
    },
    {
      name: "Phone Numbers",
      description: "Phone Numbers for an Entity.",
      "x-evidence": "confirmed"
    },
    {
      name: "Digital Contact Points",
      description: "Digital Contact Points for an Entity.",
      "x-evidence": "confirmed"
    },
    {
      name: "Identifications",
      description: "Forms of Identification for an Entity.",
      "x-evidence": "confirmed"
    },
    {
      name: "Privacy Opt Outs",
      description: "Privacy Opt Out choices for an Entity.",
      "x-evidence": "confirmed"
    },
    {
      name: "Affiliate Opt Outs",
      description: "Affiliate Opt Out choices for an Entity.",
      "x-evidence": "confirmed"
    },
    {
      name: "Employments",
      description: "Employments for an Entity.",
      "x-evidence": "confirmed"
    },
    {
      name: "Tax Id Number",
      description: "The Entity's Tax Id Number.",
      "x-evidence": "confirmed"
    },
    {
      name: "Foreign Tax Id Number",
      description: "The Entity's Foreign Tax Id Number.",
      "x-evidence": "confirmed"
    },
    {
      name: "Reports",
      description: "Generate and download reports for Entities.",
      "x-evidence": "confirmed"
    },
    {
      name: "Notices",
      description: "Generate and download Notices for Entities.",
      "x-evidence": "confirmed"
    },
    {
      name: "Abilities",
      description: "Retrieve user specific Abilities for Entity Services.",
      "x-evidence": "confirmed"
    },
    {
      name: "Entitlements",
      description: "Retrieve user specific Entitlements for Entity Services.",
      "x-evidence": "confirmed"
    },
    {
      name: "Relationships",
      description: "A Relationship is an Entity-to-Entity association regarding a specific asset.",
      "x-evidence": "confirmed"
    },
    {
      name: "Relationship Types",
      description: "The types of Relationships allowed by an Institution.",
      "x-evidence": "confirmed"
    },
    {
      name: "Address Labels",
      description: "Address Labels allowed by an Institution.",
      "x-evidence": "confirmed"
    },
    {
      name: "Affiliate Opt Out Exception Reasons",
      description: "Affiliate Opt Out Exception Reasons allowed by an Institution.",
      "x-evidence": "confirmed"
    },
    {
      name: "Affiliate Opt Out Types",
      description: "Affiliate Opt Out Types allowed by an Institution.",
      "x-evidence": "confirmed"
    },
    {
      name: "Digital Contact Point Labels",
      description: 'Digital Contact Point Labels allowed by an Institution. (The public text is cut off after "Digital Contac\u2026"; the rest follows its neighbours.)',
      "x-evidence": "confirmed"
    },
    {
      name: "Phone Number Labels",
      description: "Phone Number Labels allowed by an Institution. (Inferred tag.)",
      "x-evidence": "inferred"
    },
    {
      name: "Identification Types",
      description: "Identification Types allowed by an Institution. (Inferred tag.)",
      "x-evidence": "inferred"
    },
    {
      name: "Privacy Opt Out Types",
      description: "Privacy Opt Out Types allowed by an Institution. (Inferred tag.)",
      "x-evidence": "inferred"
    },
    {
      name: "Employment Types",
      description: "Employment Types allowed by an Institution. (Inferred tag.)",
      "x-evidence": "inferred"
    }
  ],
  paths: {
    "/entities": {
      parameters: [
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      post: {
        operationId: "createEntity",
        tags: [
          "Entities"
        ],
        summary: "Create an entity",
        description: "Inferred \u2014 Digital Core house style: POST to the collection answers 201 with `{ id }`.\n\nCreates a person or an organization; `entityType` chooses which. The new entity is\n`active` unless `status` says otherwise.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.entities.write"
            ]
          }
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/EntityInput"
              },
              examples: {
                person: {
                  summary: "A person",
                  value: {
                    entityType: "person",
                    firstName: "Ada",
                    lastName: "Lovelace",
                    birthDate: "1815-12-10"
                  }
                },
                organization: {
                  summary: "An organization",
                  value: {
                    entityType: "organization",
                    legalName: "Analytical Engines LLC",
                    dbaName: "Engines"
                  }
                }
              }
            }
          }
        },
        responses: {
          "201": {
            $ref: "#/components/responses/Created"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "415": {
            $ref: "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/entities/search": {
      parameters: [
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      post: {
        operationId: "searchEntities",
        tags: [
          "Entities"
        ],
        summary: "Search entities",
        description: "Inferred \u2014 Digital Core house style: POST search with offset/count.\n\nReturns one page of the entities matching the filter. Continue with\n`offset = paging.nextOffset` until it is `null`.",
        "x-evidence": "inferred",
        "x-safe": true,
        security: [
          {
            jackHenryIdentity: [
              "entity-services.entities.read"
            ]
          }
        ],
        parameters: [
          {
            $ref: "#/components/parameters/Offset"
          },
          {
            $ref: "#/components/parameters/Count"
          }
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/EntitySearchFilter"
              },
              example: {
                entityType: "person",
                name: "Lovel"
              }
            }
          }
        },
        responses: {
          "200": {
            description: "One page of matching entities.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/EntitySearchResponse"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "415": {
            $ref: "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/entities/{EntityId}": {
      parameters: [
        {
          $ref: "#/components/parameters/EntityId"
        },
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "getEntity",
        tags: [
          "Entities"
        ],
        summary: "Get an entity",
        description: "Inferred \u2014 Digital Core house style: GET by id, 404 when it does not exist.\n\nReturns the person or organization. Sub-resources (addresses, phone numbers, \u2026) are read\nfrom their own collections.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.entities.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The entity.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/Entity"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      put: {
        operationId: "updateEntity",
        tags: [
          "Entities"
        ],
        summary: "Replace an entity",
        description: "Inferred \u2014 Digital Core house style: PUT replaces the resource and answers 204.\n\nReplaces the entity's own fields (not its sub-resources). `entityType` cannot change: a\nperson stays a person (400 otherwise). Set `status: inactive` to retire an entity; there\nis no delete.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.entities.write"
            ]
          }
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/EntityInput"
              },
              example: {
                entityType: "person",
                status: "inactive",
                firstName: "Ada",
                lastName: "Lovelace",
                birthDate: "1815-12-10"
              }
            }
          }
        },
        responses: {
          "204": {
            $ref: "#/components/responses/NoContent"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "415": {
            $ref: "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/entities/{EntityId}/addresses": {
      parameters: [
        {
          $ref: "#/components/parameters/EntityId"
        },
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "listAddresses",
        tags: [
          "Addresses"
        ],
        summary: "List an entity's addresses",
        description: 'Inferred \u2014 public tag "Addresses for an Entity": a sub-collection of the entity.\n\nReturns every address of the entity, without paging. 404 when the entity does not\nexist.',
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.contact-info.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The entity's addresses.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/AddressList"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      post: {
        operationId: "createAddress",
        tags: [
          "Addresses"
        ],
        summary: "Add an address to an entity",
        description: "Inferred \u2014 Digital Core house style: POST to the collection answers 201 with `{ id }`.\n\n`addressLabelId` must be an active Address Label of the institution (409 otherwise).\nSetting `isPrimary` clears it on the entity's other addresses.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.contact-info.write"
            ]
          }
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/AddressInput"
              },
              example: {
                addressLabelId: "0b1d5c0e-6f1a-4d8e-8a43-2a7c9e1f5b60",
                line1: "12 Main Street",
                city: "Springfield",
                region: "MO",
                postalCode: "65801",
                country: "US",
                isPrimary: true
              }
            }
          }
        },
        responses: {
          "201": {
            $ref: "#/components/responses/Created"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "409": {
            $ref: "#/components/responses/Conflict"
          },
          "415": {
            $ref: "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/entities/{EntityId}/addresses/{AddressId}": {
      parameters: [
        {
          $ref: "#/components/parameters/EntityId"
        },
        {
          $ref: "#/components/parameters/AddressId"
        },
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "getAddress",
        tags: [
          "Addresses"
        ],
        summary: "Get an address",
        description: "Inferred \u2014 Digital Core house style: GET by id, 404 when it does not exist.\n\n404 when the entity does not exist or the address is not the entity's.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.contact-info.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The address.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/Address"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      put: {
        operationId: "updateAddress",
        tags: [
          "Addresses"
        ],
        summary: "Replace an address",
        description: "Inferred \u2014 Digital Core house style: PUT replaces the resource and answers 204.\n\n`addressLabelId` must be an active Address Label of the institution (409 otherwise).\nSetting `isPrimary` clears it on the entity's other addresses. Optional fields left\nout are cleared.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.contact-info.write"
            ]
          }
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/AddressInput"
              }
            }
          }
        },
        responses: {
          "204": {
            $ref: "#/components/responses/NoContent"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "409": {
            $ref: "#/components/responses/Conflict"
          },
          "415": {
            $ref: "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      delete: {
        operationId: "deleteAddress",
        tags: [
          "Addresses"
        ],
        summary: "Delete an address",
        description: "Inferred \u2014 Digital Core house style: DELETE answers 204, 404 when it does not exist.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.contact-info.write"
            ]
          }
        ],
        responses: {
          "204": {
            $ref: "#/components/responses/NoContent"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/entities/{EntityId}/phone-numbers": {
      parameters: [
        {
          $ref: "#/components/parameters/EntityId"
        },
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "listPhoneNumbers",
        tags: [
          "Phone Numbers"
        ],
        summary: "List an entity's phone numbers",
        description: 'Inferred \u2014 public tag "Phone Numbers for an Entity": a sub-collection of the entity.\n\nReturns every phone number of the entity, without paging. 404 when the entity does\nnot exist.',
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.contact-info.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The entity's phone numbers.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/PhoneNumberList"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      post: {
        operationId: "createPhoneNumber",
        tags: [
          "Phone Numbers"
        ],
        summary: "Add a phone number to an entity",
        description: "Inferred \u2014 Digital Core house style: POST to the collection answers 201 with `{ id }`.\n\n`phoneNumberLabelId` must be an active Phone Number Label of the institution (409\notherwise). Setting `isPrimary` clears it on the entity's other phone numbers.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.contact-info.write"
            ]
          }
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/PhoneNumberInput"
              },
              example: {
                phoneNumberLabelId: "5a0c7e1d-2b3f-4c8a-9d6e-7f1a2b3c4d5e",
                number: "+14175550123",
                isPrimary: true,
                smsCapable: true
              }
            }
          }
        },
        responses: {
          "201": {
            $ref: "#/components/responses/Created"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "409": {
            $ref: "#/components/responses/Conflict"
          },
          "415": {
            $ref: "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/entities/{EntityId}/phone-numbers/{PhoneNumberId}": {
      parameters: [
        {
          $ref: "#/components/parameters/EntityId"
        },
        {
          $ref: "#/components/parameters/PhoneNumberId"
        },
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "getPhoneNumber",
        tags: [
          "Phone Numbers"
        ],
        summary: "Get a phone number",
        description: "Inferred \u2014 Digital Core house style: GET by id, 404 when it does not exist.\n\n404 when the entity does not exist or the phone number is not the entity's.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.contact-info.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The phone number.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/PhoneNumber"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      put: {
        operationId: "updatePhoneNumber",
        tags: [
          "Phone Numbers"
        ],
        summary: "Replace a phone number",
        description: "Inferred \u2014 Digital Core house style: PUT replaces the resource and answers 204.\n\n`phoneNumberLabelId` must be an active Phone Number Label of the institution (409\notherwise). Setting `isPrimary` clears it on the entity's other phone numbers.\nOptional fields left out are cleared.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.contact-info.write"
            ]
          }
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/PhoneNumberInput"
              }
            }
          }
        },
        responses: {
          "204": {
            $ref: "#/components/responses/NoContent"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "409": {
            $ref: "#/components/responses/Conflict"
          },
          "415": {
            $ref: "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      delete: {
        operationId: "deletePhoneNumber",
        tags: [
          "Phone Numbers"
        ],
        summary: "Delete a phone number",
        description: "Inferred \u2014 Digital Core house style: DELETE answers 204, 404 when it does not exist.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.contact-info.write"
            ]
          }
        ],
        responses: {
          "204": {
            $ref: "#/components/responses/NoContent"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/entities/{EntityId}/digital-contact-points": {
      parameters: [
        {
          $ref: "#/components/parameters/EntityId"
        },
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "listDigitalContactPoints",
        tags: [
          "Digital Contact Points"
        ],
        summary: "List an entity's digital contact points",
        description: 'Inferred \u2014 public tag "Digital Contact Points for an Entity": a sub-collection of the entity.\n\nReturns every digital contact point of the entity, without paging. 404 when the\nentity does not exist.',
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.contact-info.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The entity's digital contact points.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/DigitalContactPointList"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      post: {
        operationId: "createDigitalContactPoint",
        tags: [
          "Digital Contact Points"
        ],
        summary: "Add a digital contact point to an entity",
        description: "Inferred \u2014 Digital Core house style: POST to the collection answers 201 with `{ id }`.\n\n`digitalContactPointLabelId` must be an active Digital Contact Point Label of the\ninstitution (409 otherwise). Setting `isPrimary` clears it on the entity's other\ndigital contact points of the same `type`.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.contact-info.write"
            ]
          }
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/DigitalContactPointInput"
              },
              example: {
                digitalContactPointLabelId: "6b1d8f2e-3c4a-4d9b-8e7f-8a2b3c4d5e6f",
                type: "email",
                value: "ada@example.com",
                isPrimary: true
              }
            }
          }
        },
        responses: {
          "201": {
            $ref: "#/components/responses/Created"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "409": {
            $ref: "#/components/responses/Conflict"
          },
          "415": {
            $ref: "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/entities/{EntityId}/digital-contact-points/{DigitalContactPointId}": {
      parameters: [
        {
          $ref: "#/components/parameters/EntityId"
        },
        {
          $ref: "#/components/parameters/DigitalContactPointId"
        },
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "getDigitalContactPoint",
        tags: [
          "Digital Contact Points"
        ],
        summary: "Get a digital contact point",
        description: "Inferred \u2014 Digital Core house style: GET by id, 404 when it does not exist.\n\n404 when the entity does not exist or the digital contact point is not the entity's.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.contact-info.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The digital contact point.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/DigitalContactPoint"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      put: {
        operationId: "updateDigitalContactPoint",
        tags: [
          "Digital Contact Points"
        ],
        summary: "Replace a digital contact point",
        description: "Inferred \u2014 Digital Core house style: PUT replaces the resource and answers 204.\n\n`digitalContactPointLabelId` must be an active Digital Contact Point Label of the\ninstitution (409 otherwise). Setting `isPrimary` clears it on the entity's other\ndigital contact points of the same `type`. Optional fields left out are cleared.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.contact-info.write"
            ]
          }
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/DigitalContactPointInput"
              }
            }
          }
        },
        responses: {
          "204": {
            $ref: "#/components/responses/NoContent"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "409": {
            $ref: "#/components/responses/Conflict"
          },
          "415": {
            $ref: "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      delete: {
        operationId: "deleteDigitalContactPoint",
        tags: [
          "Digital Contact Points"
        ],
        summary: "Delete a digital contact point",
        description: "Inferred \u2014 Digital Core house style: DELETE answers 204, 404 when it does not exist.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.contact-info.write"
            ]
          }
        ],
        responses: {
          "204": {
            $ref: "#/components/responses/NoContent"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/entities/{EntityId}/identifications": {
      parameters: [
        {
          $ref: "#/components/parameters/EntityId"
        },
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "listIdentifications",
        tags: [
          "Identifications"
        ],
        summary: "List an entity's identifications",
        description: 'Inferred \u2014 public tag "Identifications for an Entity": a sub-collection of the entity.\n\nReturns every identification of the entity, without paging. 404 when the entity does\nnot exist.',
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.identity.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The entity's identifications.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/IdentificationList"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      post: {
        operationId: "createIdentification",
        tags: [
          "Identifications"
        ],
        summary: "Add an identification to an entity",
        description: "Inferred \u2014 Digital Core house style: POST to the collection answers 201 with `{ id }`.\n\n`identificationTypeId` must be an active Identification Type of the institution (409\notherwise).",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.identity.write"
            ]
          }
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/IdentificationInput"
              },
              example: {
                identificationTypeId: "7c2e9a3f-4d5b-4e1c-9f8a-9b3c4d5e6f70",
                number: "D1234567",
                issuingAuthority: "Missouri Department of Revenue",
                issuingRegion: "MO",
                issuingCountry: "US",
                issueDate: "2021-03-15",
                expirationDate: "2027-03-15"
              }
            }
          }
        },
        responses: {
          "201": {
            $ref: "#/components/responses/Created"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "409": {
            $ref: "#/components/responses/Conflict"
          },
          "415": {
            $ref: "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/entities/{EntityId}/identifications/{IdentificationId}": {
      parameters: [
        {
          $ref: "#/components/parameters/EntityId"
        },
        {
          $ref: "#/components/parameters/IdentificationId"
        },
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "getIdentification",
        tags: [
          "Identifications"
        ],
        summary: "Get an identification",
        description: "Inferred \u2014 Digital Core house style: GET by id, 404 when it does not exist.\n\n404 when the entity does not exist or the identification is not the entity's.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.identity.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The identification.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/Identification"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      put: {
        operationId: "updateIdentification",
        tags: [
          "Identifications"
        ],
        summary: "Replace an identification",
        description: "Inferred \u2014 Digital Core house style: PUT replaces the resource and answers 204.\n\n`identificationTypeId` must be an active Identification Type of the institution (409\notherwise). Optional fields left out are cleared.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.identity.write"
            ]
          }
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/IdentificationInput"
              }
            }
          }
        },
        responses: {
          "204": {
            $ref: "#/components/responses/NoContent"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "409": {
            $ref: "#/components/responses/Conflict"
          },
          "415": {
            $ref: "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      delete: {
        operationId: "deleteIdentification",
        tags: [
          "Identifications"
        ],
        summary: "Delete an identification",
        description: "Inferred \u2014 Digital Core house style: DELETE answers 204, 404 when it does not exist.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.identity.write"
            ]
          }
        ],
        responses: {
          "204": {
            $ref: "#/components/responses/NoContent"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/entities/{EntityId}/privacy-opt-outs": {
      parameters: [
        {
          $ref: "#/components/parameters/EntityId"
        },
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "listPrivacyOptOuts",
        tags: [
          "Privacy Opt Outs"
        ],
        summary: "List an entity's privacy opt-outs",
        description: 'Inferred \u2014 public tag "Privacy Opt Outs for an Entity": a sub-collection of the entity.\n\nReturns every privacy opt-out of the entity, without paging. 404 when the entity\ndoes not exist.',
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.opt-outs.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The entity's privacy opt-outs.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/PrivacyOptOutList"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      post: {
        operationId: "createPrivacyOptOut",
        tags: [
          "Privacy Opt Outs"
        ],
        summary: "Add a privacy opt-out to an entity",
        description: "Inferred \u2014 Digital Core house style: POST to the collection answers 201 with `{ id }`.\n\n`privacyOptOutTypeId` must be an active Privacy Opt Out Type of the institution (409\notherwise). An entity has at most one choice per type (409 on a duplicate).",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.opt-outs.write"
            ]
          }
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/PrivacyOptOutInput"
              },
              example: {
                privacyOptOutTypeId: "8d3f0b4a-5e6c-4f2d-8a9b-0c4d5e6f7a81",
                optedOut: true,
                effectiveDate: "2024-05-01"
              }
            }
          }
        },
        responses: {
          "201": {
            $ref: "#/components/responses/Created"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "409": {
            $ref: "#/components/responses/Conflict"
          },
          "415": {
            $ref: "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/entities/{EntityId}/privacy-opt-outs/{PrivacyOptOutId}": {
      parameters: [
        {
          $ref: "#/components/parameters/EntityId"
        },
        {
          $ref: "#/components/parameters/PrivacyOptOutId"
        },
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "getPrivacyOptOut",
        tags: [
          "Privacy Opt Outs"
        ],
        summary: "Get a privacy opt-out",
        description: "Inferred \u2014 Digital Core house style: GET by id, 404 when it does not exist.\n\n404 when the entity does not exist or the privacy opt-out is not the entity's.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.opt-outs.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The privacy opt-out.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/PrivacyOptOut"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      put: {
        operationId: "updatePrivacyOptOut",
        tags: [
          "Privacy Opt Outs"
        ],
        summary: "Replace a privacy opt-out",
        description: "Inferred \u2014 Digital Core house style: PUT replaces the resource and answers 204.\n\n`privacyOptOutTypeId` must be an active Privacy Opt Out Type of the institution (409\notherwise). An entity has at most one choice per type (409 on a duplicate). Optional\nfields left out are cleared.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.opt-outs.write"
            ]
          }
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/PrivacyOptOutInput"
              }
            }
          }
        },
        responses: {
          "204": {
            $ref: "#/components/responses/NoContent"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "409": {
            $ref: "#/components/responses/Conflict"
          },
          "415": {
            $ref: "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      delete: {
        operationId: "deletePrivacyOptOut",
        tags: [
          "Privacy Opt Outs"
        ],
        summary: "Delete a privacy opt-out",
        description: "Inferred \u2014 Digital Core house style: DELETE answers 204, 404 when it does not exist.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.opt-outs.write"
            ]
          }
        ],
        responses: {
          "204": {
            $ref: "#/components/responses/NoContent"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/entities/{EntityId}/affiliate-opt-outs": {
      parameters: [
        {
          $ref: "#/components/parameters/EntityId"
        },
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "listAffiliateOptOuts",
        tags: [
          "Affiliate Opt Outs"
        ],
        summary: "List an entity's affiliate opt-outs",
        description: 'Inferred \u2014 public tag "Affiliate Opt Outs for an Entity": a sub-collection of the entity.\n\nReturns every affiliate opt-out of the entity, without paging. 404 when the entity\ndoes not exist.',
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.opt-outs.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The entity's affiliate opt-outs.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/AffiliateOptOutList"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      post: {
        operationId: "createAffiliateOptOut",
        tags: [
          "Affiliate Opt Outs"
        ],
        summary: "Add an affiliate opt-out to an entity",
        description: "Inferred \u2014 Digital Core house style: POST to the collection answers 201 with `{ id }`.\n\n`affiliateOptOutTypeId` must be an active Affiliate Opt Out Type, and\n`affiliateOptOutExceptionReasonId` (if given) an active Affiliate Opt Out Exception\nReason, of the institution (409 otherwise). An entity has at most one choice per\ntype (409 on a duplicate).",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.opt-outs.write"
            ]
          }
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/AffiliateOptOutInput"
              },
              example: {
                affiliateOptOutTypeId: "9e4a1c5b-6f7d-4a3e-9b0c-1d5e6f7a8b92",
                optedOut: true,
                effectiveDate: "2024-05-01",
                expirationDate: "2029-05-01"
              }
            }
          }
        },
        responses: {
          "201": {
            $ref: "#/components/responses/Created"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "409": {
            $ref: "#/components/responses/Conflict"
          },
          "415": {
            $ref: "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/entities/{EntityId}/affiliate-opt-outs/{AffiliateOptOutId}": {
      parameters: [
        {
          $ref: "#/components/parameters/EntityId"
        },
        {
          $ref: "#/components/parameters/AffiliateOptOutId"
        },
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "getAffiliateOptOut",
        tags: [
          "Affiliate Opt Outs"
        ],
        summary: "Get an affiliate opt-out",
        description: "Inferred \u2014 Digital Core house style: GET by id, 404 when it does not exist.\n\n404 when the entity does not exist or the affiliate opt-out is not the entity's.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.opt-outs.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The affiliate opt-out.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/AffiliateOptOut"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      put: {
        operationId: "updateAffiliateOptOut",
        tags: [
          "Affiliate Opt Outs"
        ],
        summary: "Replace an affiliate opt-out",
        description: "Inferred \u2014 Digital Core house style: PUT replaces the resource and answers 204.\n\n`affiliateOptOutTypeId` must be an active Affiliate Opt Out Type, and\n`affiliateOptOutExceptionReasonId` (if given) an active Affiliate Opt Out Exception\nReason, of the institution (409 otherwise). An entity has at most one choice per\ntype (409 on a duplicate). Optional fields left out are cleared.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.opt-outs.write"
            ]
          }
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/AffiliateOptOutInput"
              }
            }
          }
        },
        responses: {
          "204": {
            $ref: "#/components/responses/NoContent"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "409": {
            $ref: "#/components/responses/Conflict"
          },
          "415": {
            $ref: "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      delete: {
        operationId: "deleteAffiliateOptOut",
        tags: [
          "Affiliate Opt Outs"
        ],
        summary: "Delete an affiliate opt-out",
        description: "Inferred \u2014 Digital Core house style: DELETE answers 204, 404 when it does not exist.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.opt-outs.write"
            ]
          }
        ],
        responses: {
          "204": {
            $ref: "#/components/responses/NoContent"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/entities/{EntityId}/employments": {
      parameters: [
        {
          $ref: "#/components/parameters/EntityId"
        },
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "listEmployments",
        tags: [
          "Employments"
        ],
        summary: "List an entity's employments",
        description: 'Inferred \u2014 public tag "Employments for an Entity": a sub-collection of the entity.\n\nReturns every employment of the entity, without paging. 404 when the entity does not\nexist.',
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.employments.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The entity's employments.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/EmploymentList"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      post: {
        operationId: "createEmployment",
        tags: [
          "Employments"
        ],
        summary: "Add an employment to an entity",
        description: "Inferred \u2014 Digital Core house style: POST to the collection answers 201 with `{ id }`.\n\n`employmentTypeId` must be an active Employment Type of the institution (409\notherwise).",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.employments.write"
            ]
          }
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/EmploymentInput"
              },
              example: {
                employerName: "Analytical Engines LLC",
                employmentTypeId: "af5b2d6c-7a8e-4b4f-8c1d-2e6f7a8b9ca3",
                occupation: "Mathematician",
                title: "Chief Analyst",
                startDate: "2019-09-01",
                annualIncome: "85000.00"
              }
            }
          }
        },
        responses: {
          "201": {
            $ref: "#/components/responses/Created"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "409": {
            $ref: "#/components/responses/Conflict"
          },
          "415": {
            $ref: "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/entities/{EntityId}/employments/{EmploymentId}": {
      parameters: [
        {
          $ref: "#/components/parameters/EntityId"
        },
        {
          $ref: "#/components/parameters/EmploymentId"
        },
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "getEmployment",
        tags: [
          "Employments"
        ],
        summary: "Get an employment",
        description: "Inferred \u2014 Digital Core house style: GET by id, 404 when it does not exist.\n\n404 when the entity does not exist or the employment is not the entity's.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.employments.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The employment.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/Employment"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      put: {
        operationId: "updateEmployment",
        tags: [
          "Employments"
        ],
        summary: "Replace an employment",
        description: "Inferred \u2014 Digital Core house style: PUT replaces the resource and answers 204.\n\n`employmentTypeId` must be an active Employment Type of the institution (409\notherwise). Optional fields left out are cleared.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.employments.write"
            ]
          }
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/EmploymentInput"
              }
            }
          }
        },
        responses: {
          "204": {
            $ref: "#/components/responses/NoContent"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "409": {
            $ref: "#/components/responses/Conflict"
          },
          "415": {
            $ref: "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      delete: {
        operationId: "deleteEmployment",
        tags: [
          "Employments"
        ],
        summary: "Delete an employment",
        description: "Inferred \u2014 Digital Core house style: DELETE answers 204, 404 when it does not exist.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.employments.write"
            ]
          }
        ],
        responses: {
          "204": {
            $ref: "#/components/responses/NoContent"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/entities/{EntityId}/tax-id-number": {
      parameters: [
        {
          $ref: "#/components/parameters/EntityId"
        },
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "getTaxIdNumber",
        tags: [
          "Tax Id Number"
        ],
        summary: "Get an entity's tax id number (masked)",
        description: `Inferred \u2014 public tag "The Entity's Tax Id Number" (singular): a singleton sub-resource.

Returns the kind of number, a masked value and its last four digits; the full number is
never returned. 404 when the entity does not exist or has no tax id number.`,
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.identity.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The masked tax id number.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/TaxIdNumber"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      put: {
        operationId: "updateTaxIdNumber",
        tags: [
          "Tax Id Number"
        ],
        summary: "Set an entity's tax id number",
        description: "Inferred \u2014 Digital Core house style: PUT replaces the resource and answers 204.\n\nSets the tax id number, or replaces the existing one, with the full nine-digit value.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.identity.write"
            ]
          }
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/TaxIdNumberInput"
              },
              example: {
                taxIdType: "ssn",
                value: "123456789"
              }
            }
          }
        },
        responses: {
          "204": {
            $ref: "#/components/responses/NoContent"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "415": {
            $ref: "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/entities/{EntityId}/foreign-tax-id-number": {
      parameters: [
        {
          $ref: "#/components/parameters/EntityId"
        },
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "getForeignTaxIdNumber",
        tags: [
          "Foreign Tax Id Number"
        ],
        summary: "Get an entity's foreign tax id number (masked)",
        description: `Inferred \u2014 public tag "The Entity's Foreign Tax Id Number" (singular): a singleton sub-resource.

Returns the issuing country, a masked value and its last four characters; the full value
is never returned. 404 when the entity does not exist or has no foreign tax id number.`,
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.identity.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The masked foreign tax id number.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/ForeignTaxIdNumber"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      put: {
        operationId: "updateForeignTaxIdNumber",
        tags: [
          "Foreign Tax Id Number"
        ],
        summary: "Set an entity's foreign tax id number",
        description: "Inferred \u2014 Digital Core house style: PUT replaces the resource and answers 204.\n\nSets the foreign tax id number, or replaces the existing one, with the full value.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.identity.write"
            ]
          }
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/ForeignTaxIdNumberInput"
              },
              example: {
                country: "GB",
                value: "AB123456C"
              }
            }
          }
        },
        responses: {
          "204": {
            $ref: "#/components/responses/NoContent"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "415": {
            $ref: "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/reports": {
      parameters: [
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      post: {
        operationId: "generateReport",
        tags: [
          "Reports"
        ],
        summary: "Generate a report",
        description: 'Inferred \u2014 public tag "Generate and download reports for Entities": POST generates, 201 with `{ id }`.\n\nGenerates a report on the given entities in the requested format; download it with\n`downloadReport`. Unknown entity ids answer 409.',
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.documents.write"
            ]
          }
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/ReportRequest"
              },
              example: {
                reportType: "entity_profile",
                entityIds: [
                  "3f6c1a52-8d0e-4c1b-9a57-0b8e2f4d9c11"
                ],
                format: "pdf"
              }
            }
          }
        },
        responses: {
          "201": {
            $ref: "#/components/responses/Created"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "409": {
            $ref: "#/components/responses/Conflict"
          },
          "415": {
            $ref: "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/reports/{ReportId}": {
      parameters: [
        {
          $ref: "#/components/parameters/ReportId"
        },
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "downloadReport",
        tags: [
          "Reports"
        ],
        summary: "Download a report",
        description: 'Inferred \u2014 public tag "Generate and download reports for Entities": GET downloads the document.\n\nAnswers the document in the format chosen at generation (`application/pdf` or\n`text/csv`). 404 when no such report exists or it has expired.',
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.documents.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The report document.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              },
              "Content-Disposition": {
                $ref: "#/components/headers/ContentDisposition"
              }
            },
            content: {
              "application/pdf": {
                schema: {
                  $ref: "#/components/schemas/Document"
                }
              },
              "text/csv": {
                schema: {
                  $ref: "#/components/schemas/Document"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/entities/{EntityId}/notices": {
      parameters: [
        {
          $ref: "#/components/parameters/EntityId"
        },
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      post: {
        operationId: "generateNotice",
        tags: [
          "Notices"
        ],
        summary: "Generate a notice for an entity",
        description: 'Inferred \u2014 public tag "Generate and download Notices for Entities": POST generates, 201 with `{ id }`.\n\nGenerates the notice for the entity; download it with `downloadNotice`. 404 when the\nentity does not exist.',
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.documents.write"
            ]
          }
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/NoticeRequest"
              },
              example: {
                noticeType: "annual_privacy_notice",
                deliveryPreference: "download"
              }
            }
          }
        },
        responses: {
          "201": {
            $ref: "#/components/responses/Created"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "415": {
            $ref: "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/notices/{NoticeId}": {
      parameters: [
        {
          $ref: "#/components/parameters/NoticeId"
        },
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "downloadNotice",
        tags: [
          "Notices"
        ],
        summary: "Download a notice",
        description: 'Inferred \u2014 public tag "Generate and download Notices for Entities": GET downloads the document.\n\nAnswers the notice as a PDF. 404 when no such notice exists or it has expired.',
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.documents.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The notice document.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              },
              "Content-Disposition": {
                $ref: "#/components/headers/ContentDisposition"
              }
            },
            content: {
              "application/pdf": {
                schema: {
                  $ref: "#/components/schemas/Document"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/enterprise/{EnterpriseUserId}/abilities": {
      parameters: [
        {
          $ref: "#/components/parameters/EnterpriseUserId"
        },
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "getAbilities",
        tags: [
          "Abilities"
        ],
        summary: "Get a user's abilities",
        description: "Inferred \u2014 Account Services' GetEnterpriseAbilities: GET /enterprise/{EnterpriseUserId}/abilities answers an object of required boolean flags.\n\nWhat the user may do in Entity Services, as one flag per action and resource; use it\nto show or hide actions. 404 when the user is unknown to the institution.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.permissions.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The user's abilities.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/Abilities"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/enterprise/{EnterpriseUserId}/entitlements": {
      parameters: [
        {
          $ref: "#/components/parameters/EnterpriseUserId"
        },
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "getEntitlements",
        tags: [
          "Entitlements"
        ],
        summary: "Get a user's entitlements",
        description: "Inferred \u2014 by analogy with Abilities (same path shape); no sibling example exists.\n\nThe named permissions the institution grants or denies the user. 404 when the user is\nunknown to the institution.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.permissions.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The user's entitlements.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/EntitlementList"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/relationships": {
      parameters: [
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      post: {
        operationId: "createRelationship",
        tags: [
          "Relationships"
        ],
        summary: "Create a relationship",
        description: "Inferred \u2014 Digital Core house style: POST to the collection answers 201 with `{ id }`.\n\nBoth entities and the relationship type must exist in the institution (409 otherwise);\nan identical active relationship is a duplicate (409).",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.relationships.write"
            ]
          }
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/RelationshipInput"
              },
              example: {
                entityId: "3f6c1a52-8d0e-4c1b-9a57-0b8e2f4d9c11",
                relatedEntityId: "4a7d2b63-9e1f-4d2c-8b68-1c9f3a5e0d22",
                relationshipTypeId: "b06c3e7d-8b9f-4c5a-9d2e-3f7a8b9cadb4",
                asset: {
                  assetType: "account",
                  assetId: "c17d4f8e-9cad-4d6b-8e3f-4a8b9cadbec5"
                },
                startDate: "2024-05-01"
              }
            }
          }
        },
        responses: {
          "201": {
            $ref: "#/components/responses/Created"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "409": {
            $ref: "#/components/responses/Conflict"
          },
          "415": {
            $ref: "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/relationships/search": {
      parameters: [
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      post: {
        operationId: "searchRelationships",
        tags: [
          "Relationships"
        ],
        summary: "Search relationships",
        description: "Inferred \u2014 Digital Core house style: POST search with offset/count.\n\nReturns one page of the relationships matching the filter. Continue with\n`offset = paging.nextOffset` until it is `null`.",
        "x-evidence": "inferred",
        "x-safe": true,
        security: [
          {
            jackHenryIdentity: [
              "entity-services.relationships.read"
            ]
          }
        ],
        parameters: [
          {
            $ref: "#/components/parameters/Offset"
          },
          {
            $ref: "#/components/parameters/Count"
          }
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/RelationshipSearchFilter"
              },
              example: {
                assetType: "account",
                assetId: "c17d4f8e-9cad-4d6b-8e3f-4a8b9cadbec5"
              }
            }
          }
        },
        responses: {
          "200": {
            description: "One page of matching relationships.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/RelationshipSearchResponse"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "415": {
            $ref: "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/relationships/{RelationshipId}": {
      parameters: [
        {
          $ref: "#/components/parameters/RelationshipId"
        },
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "getRelationship",
        tags: [
          "Relationships"
        ],
        summary: "Get a relationship",
        description: "Inferred \u2014 Digital Core house style: GET by id, 404 when it does not exist.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.relationships.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The relationship.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/Relationship"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      put: {
        operationId: "updateRelationship",
        tags: [
          "Relationships"
        ],
        summary: "Replace a relationship",
        description: "Inferred \u2014 Digital Core house style: PUT replaces the resource and answers 204.\n\nBoth entities and the relationship type must exist in the institution (409 otherwise).\nSet `endDate` to end a relationship while keeping its history.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.relationships.write"
            ]
          }
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/RelationshipInput"
              }
            }
          }
        },
        responses: {
          "204": {
            $ref: "#/components/responses/NoContent"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "409": {
            $ref: "#/components/responses/Conflict"
          },
          "415": {
            $ref: "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      },
      delete: {
        operationId: "deleteRelationship",
        tags: [
          "Relationships"
        ],
        summary: "Delete a relationship",
        description: "Inferred \u2014 Digital Core house style: DELETE answers 204, 404 when it does not exist.\n\nRemoves a relationship recorded in error; to end a real one, set its `endDate` instead.",
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.relationships.write"
            ]
          }
        ],
        responses: {
          "204": {
            $ref: "#/components/responses/NoContent"
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/entities/{EntityId}/relationships": {
      parameters: [
        {
          $ref: "#/components/parameters/EntityId"
        },
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "listEntityRelationships",
        tags: [
          "Relationships"
        ],
        summary: "List an entity's relationships",
        description: 'Inferred \u2014 public tag "Entity-to-Entity association": the entity\'s relationships as a sub-collection.\n\nReturns every relationship in which the entity is either `entityId` or\n`relatedEntityId`, without paging. 404 when the entity does not exist.',
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.relationships.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The entity's relationships.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/RelationshipList"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "404": {
            $ref: "#/components/responses/NotFound"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/relationship-types": {
      parameters: [
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "listRelationshipTypes",
        tags: [
          "Relationship Types"
        ],
        summary: "List the institution's relationship types",
        description: 'Inferred \u2014 public tag "The types of Relationships allowed by an Institution": a read-only reference list.\n\nEvery entry, active or not; only active ones are accepted on new writes of relationships (`relationshipTypeId`).',
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.reference.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The institution's relationship types.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/RelationshipTypeList"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/address-labels": {
      parameters: [
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "listAddressLabels",
        tags: [
          "Address Labels"
        ],
        summary: "List the institution's address labels",
        description: 'Inferred \u2014 public tag "Address Labels allowed by an Institution": a read-only reference list.\n\nEvery entry, active or not; only active ones are accepted on new writes of addresses (`addressLabelId`).',
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.reference.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The institution's address labels.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/AddressLabelList"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/affiliate-opt-out-exception-reasons": {
      parameters: [
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "listAffiliateOptOutExceptionReasons",
        tags: [
          "Affiliate Opt Out Exception Reasons"
        ],
        summary: "List the institution's affiliate opt-out exception reasons",
        description: 'Inferred \u2014 public tag "Affiliate Opt Out Exception Reasons allowed by an Institution": a read-only reference list.\n\nEvery entry, active or not; only active ones are accepted on new writes of affiliate opt-outs (`affiliateOptOutExceptionReasonId`).',
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.reference.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The institution's affiliate opt-out exception reasons.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/AffiliateOptOutExceptionReasonList"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/affiliate-opt-out-types": {
      parameters: [
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "listAffiliateOptOutTypes",
        tags: [
          "Affiliate Opt Out Types"
        ],
        summary: "List the institution's affiliate opt-out types",
        description: 'Inferred \u2014 public tag "Affiliate Opt Out Types allowed by an Institution": a read-only reference list.\n\nEvery entry, active or not; only active ones are accepted on new writes of affiliate opt-outs (`affiliateOptOutTypeId`).',
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.reference.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The institution's affiliate opt-out types.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/AffiliateOptOutTypeList"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/digital-contact-point-labels": {
      parameters: [
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "listDigitalContactPointLabels",
        tags: [
          "Digital Contact Point Labels"
        ],
        summary: "List the institution's digital contact point labels",
        description: 'Inferred \u2014 public tag "Digital Contact Point Labels allowed by an Institution": a read-only reference list.\n\nEvery entry, active or not; only active ones are accepted on new writes of digital contact points (`digitalContactPointLabelId`).',
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.reference.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The institution's digital contact point labels.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/DigitalContactPointLabelList"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/phone-number-labels": {
      parameters: [
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "listPhoneNumberLabels",
        tags: [
          "Phone Number Labels"
        ],
        summary: "List the institution's phone number labels",
        description: 'Inferred \u2014 house-style analogy with the public "\u2026allowed by an Institution" tags; this tag is not public.\n\nEvery entry, active or not; only active ones are accepted on new writes of phone numbers (`phoneNumberLabelId`).',
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.reference.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The institution's phone number labels.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/PhoneNumberLabelList"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/identification-types": {
      parameters: [
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "listIdentificationTypes",
        tags: [
          "Identification Types"
        ],
        summary: "List the institution's identification types",
        description: 'Inferred \u2014 house-style analogy with the public "\u2026allowed by an Institution" tags; this tag is not public.\n\nEvery entry, active or not; only active ones are accepted on new writes of identifications (`identificationTypeId`).',
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.reference.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The institution's identification types.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/IdentificationTypeList"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/privacy-opt-out-types": {
      parameters: [
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "listPrivacyOptOutTypes",
        tags: [
          "Privacy Opt Out Types"
        ],
        summary: "List the institution's privacy opt-out types",
        description: 'Inferred \u2014 house-style analogy with the public "\u2026allowed by an Institution" tags; this tag is not public.\n\nEvery entry, active or not; only active ones are accepted on new writes of privacy opt-outs (`privacyOptOutTypeId`).',
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.reference.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The institution's privacy opt-out types.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/PrivacyOptOutTypeList"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/employment-types": {
      parameters: [
        {
          $ref: "#/components/parameters/XRequestId"
        }
      ],
      get: {
        operationId: "listEmploymentTypes",
        tags: [
          "Employment Types"
        ],
        summary: "List the institution's employment types",
        description: 'Inferred \u2014 house-style analogy with the public "\u2026allowed by an Institution" tags; this tag is not public.\n\nEvery entry, active or not; only active ones are accepted on new writes of employments (`employmentTypeId`).',
        "x-evidence": "inferred",
        security: [
          {
            jackHenryIdentity: [
              "entity-services.reference.read"
            ]
          }
        ],
        responses: {
          "200": {
            description: "The institution's employment types.",
            headers: {
              "X-Request-ID": {
                $ref: "#/components/headers/XRequestId"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/EmploymentTypeList"
                }
              }
            }
          },
          "400": {
            $ref: "#/components/responses/BadRequest"
          },
          "401": {
            $ref: "#/components/responses/Unauthorized"
          },
          "403": {
            $ref: "#/components/responses/Forbidden"
          },
          "429": {
            $ref: "#/components/responses/TooManyRequests"
          },
          "500": {
            $ref: "#/components/responses/InternalServerError"
          },
          "503": {
            $ref: "#/components/responses/ServiceUnavailable"
          }
        }
      }
    }
  },
  components: {
    securitySchemes: {
      jackHenryIdentity: {
        type: "oauth2",
        description: "Jack Henry Identity (OAuth 2.1 / OpenID Connect). Client credentials with `private_key_jwt` client authentication (a signed JWT assertion), or authorization code + PKCE through a confidential backend. Access tokens last about 10 minutes; trust `expires_in`. The scope names below are an assumption. The authorization URL is a placeholder: the real one comes from discovery (`https://login.jackhenry.com/a/oidc-provider/api/v0/.well-known/openid-configuration`).",
        flows: {
          clientCredentials: {
            tokenUrl: "https://login.jackhenry.com/a/oidc-provider/api/v0/token",
            scopes: {
              "entity-services.entities.read": "Read entities (get, search).",
              "entity-services.entities.write": "Create and update entities.",
              "entity-services.contact-info.read": "Read addresses, phone numbers and digital contact points.",
              "entity-services.contact-info.write": "Create, update and delete addresses, phone numbers and digital contact points.",
              "entity-services.identity.read": "Read identifications, the tax id number and the foreign tax id number.",
              "entity-services.identity.write": "Create, update and delete identifications; set the tax id number and the foreign tax id number.",
              "entity-services.opt-outs.read": "Read privacy and affiliate opt-outs.",
              "entity-services.opt-outs.write": "Create, update and delete privacy and affiliate opt-outs.",
              "entity-services.employments.read": "Read employments.",
              "entity-services.employments.write": "Create, update and delete employments.",
              "entity-services.relationships.read": "Read relationships (get, search, list an entity's relationships).",
              "entity-services.relationships.write": "Create, update and delete relationships.",
              "entity-services.documents.read": "Download reports and notices.",
              "entity-services.documents.write": "Generate reports and notices.",
              "entity-services.permissions.read": "Read a user's abilities and entitlements.",
              "entity-services.reference.read": "Read the institution's reference lists (labels, types, reasons, relationship types)."
            }
          },
          authorizationCode: {
            authorizationUrl: "https://login.jackhenry.com/a/oidc-provider/api/v0/auth",
            tokenUrl: "https://login.jackhenry.com/a/oidc-provider/api/v0/token",
            refreshUrl: "https://login.jackhenry.com/a/oidc-provider/api/v0/token",
            scopes: {
              "entity-services.entities.read": "Read entities (get, search).",
              "entity-services.entities.write": "Create and update entities.",
              "entity-services.contact-info.read": "Read addresses, phone numbers and digital contact points.",
              "entity-services.contact-info.write": "Create, update and delete addresses, phone numbers and digital contact points.",
              "entity-services.identity.read": "Read identifications, the tax id number and the foreign tax id number.",
              "entity-services.identity.write": "Create, update and delete identifications; set the tax id number and the foreign tax id number.",
              "entity-services.opt-outs.read": "Read privacy and affiliate opt-outs.",
              "entity-services.opt-outs.write": "Create, update and delete privacy and affiliate opt-outs.",
              "entity-services.employments.read": "Read employments.",
              "entity-services.employments.write": "Create, update and delete employments.",
              "entity-services.relationships.read": "Read relationships (get, search, list an entity's relationships).",
              "entity-services.relationships.write": "Create, update and delete relationships.",
              "entity-services.documents.read": "Download reports and notices.",
              "entity-services.documents.write": "Generate reports and notices.",
              "entity-services.permissions.read": "Read a user's abilities and entitlements.",
              "entity-services.reference.read": "Read the institution's reference lists (labels, types, reasons, relationship types)."
            }
          }
        }
      }
    },
    schemas: {
      Uuid: {
        type: "string",
        format: "uuid",
        pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        example: "3f6c1a52-8d0e-4c1b-9a57-0b8e2f4d9c11"
      },
      EntityStatus: {
        type: "string",
        enum: [
          "active",
          "inactive"
        ],
        description: "Entities are legal identities and are never deleted: set `inactive` to retire one."
      },
      IsoDate: {
        type: "string",
        format: "date",
        pattern: "^\\d{4}-\\d{2}-\\d{2}$",
        description: "A calendar date, `YYYY-MM-DD`.",
        example: "2024-05-01"
      },
      PersonInput: {
        type: "object",
        description: "A natural person. `status` omitted means `active`; a PUT replaces it too, so send the current value back.",
        additionalProperties: false,
        required: [
          "entityType",
          "firstName",
          "lastName"
        ],
        properties: {
          entityType: {
            type: "string",
            enum: [
              "person"
            ],
            description: "discriminator enum property added by openapi-typescript"
          },
          status: {
            $ref: "#/components/schemas/EntityStatus"
          },
          firstName: {
            type: "string",
            minLength: 1,
            maxLength: 50,
            example: "Ada"
          },
          middleName: {
            type: "string",
            maxLength: 50
          },
          lastName: {
            type: "string",
            minLength: 1,
            maxLength: 50,
            example: "Lovelace"
          },
          suffix: {
            type: "string",
            maxLength: 10,
            description: "Generational or professional suffix, e.g. `Jr.`, `III`."
          },
          birthDate: {
            $ref: "#/components/schemas/IsoDate"
          }
        }
      },
      OrganizationInput: {
        type: "object",
        description: "An organization. `status` omitted means `active`; a PUT replaces it too, so send the current value back.",
        additionalProperties: false,
        required: [
          "entityType",
          "legalName"
        ],
        properties: {
          entityType: {
            type: "string",
            enum: [
              "organization"
            ],
            description: "discriminator enum property added by openapi-typescript"
          },
          status: {
            $ref: "#/components/schemas/EntityStatus"
          },
          legalName: {
            type: "string",
            minLength: 1,
            maxLength: 200,
            example: "Analytical Engines LLC"
          },
          dbaName: {
            type: "string",
            maxLength: 200,
            description: 'The "doing business as" name, if different from the legal name.'
          },
          establishedDate: {
            $ref: "#/components/schemas/IsoDate"
          }
        }
      },
      EntityInput: {
        type: "object",
        description: "A person or an organization to create, or the full replacement of one.",
        oneOf: [
          {
            $ref: "#/components/schemas/PersonInput"
          },
          {
            $ref: "#/components/schemas/OrganizationInput"
          }
        ],
        discriminator: {
          propertyName: "entityType",
          mapping: {
            person: "#/components/schemas/PersonInput",
            organization: "#/components/schemas/OrganizationInput"
          }
        }
      },
      CreatedResponse: {
        type: "object",
        description: "Answer to a create (`201`); `id` is the new resource's id.",
        required: [
          "id"
        ],
        properties: {
          id: {
            $ref: "#/components/schemas/Uuid"
          }
        }
      },
      ProblemDetails: {
        type: "object",
        description: "The Digital Core error body (`application/problem+json`). Not RFC 7807: `details` is a list and there is no `status` or `instance`.",
        required: [
          "type",
          "title",
          "details"
        ],
        properties: {
          type: {
            type: "string",
            maxLength: 200,
            description: "A path uniquely classifying the error's domain, e.g. `jackhenry/operation-failed`.",
            example: "jackhenry/operation-failed"
          },
          title: {
            type: "string",
            maxLength: 500,
            description: "An end-user readable title of the error type."
          },
          details: {
            type: "array",
            description: "End-user readable strings with additional details.",
            items: {
              type: "string",
              maxLength: 2e3
            }
          },
          data: {
            type: "object",
            nullable: true,
            additionalProperties: true,
            description: "Machine-readable context; its shape is intentionally left undefined."
          }
        }
      },
      EntityType: {
        type: "string",
        enum: [
          "person",
          "organization"
        ],
        description: "Whether the entity is a natural person or an organization."
      },
      EntitySearchFilter: {
        type: "object",
        additionalProperties: false,
        description: "Every given criterion must match (AND). An empty object matches every entity of the institution.",
        properties: {
          entityType: {
            $ref: "#/components/schemas/EntityType"
          },
          status: {
            $ref: "#/components/schemas/EntityStatus"
          },
          name: {
            type: "string",
            minLength: 1,
            maxLength: 100,
            description: 'Case-insensitive prefix of a first, last, legal or "doing business as" name.',
            example: "Lovel"
          },
          birthDate: {
            $ref: "#/components/schemas/IsoDate"
          },
          taxIdNumberLastFour: {
            type: "string",
            pattern: "^\\d{4}$",
            description: "The last four digits of the entity's tax id number.",
            example: "6789"
          },
          postalCode: {
            type: "string",
            maxLength: 20,
            description: "Matches any of the entity's addresses."
          },
          phoneNumber: {
            type: "string",
            pattern: "^\\+[1-9]\\d{1,14}$",
            description: "An E.164 number; matches any of the entity's phone numbers."
          },
          email: {
            type: "string",
            format: "email",
            maxLength: 320,
            description: "Matches any of the entity's `email` digital contact points."
          }
        }
      },
      Timestamp: {
        type: "string",
        format: "date-time",
        description: "An RFC 3339 date-time.",
        example: "2024-05-01T14:03:07Z"
      },
      Person: {
        type: "object",
        required: [
          "id",
          "entityType",
          "status",
          "firstName",
          "lastName",
          "createdAt",
          "updatedAt"
        ],
        properties: {
          id: {
            $ref: "#/components/schemas/Uuid"
          },
          entityType: {
            type: "string",
            enum: [
              "person"
            ],
            description: "discriminator enum property added by openapi-typescript"
          },
          status: {
            $ref: "#/components/schemas/EntityStatus"
          },
          firstName: {
            type: "string",
            maxLength: 50
          },
          middleName: {
            type: "string",
            maxLength: 50
          },
          lastName: {
            type: "string",
            maxLength: 50
          },
          suffix: {
            type: "string",
            maxLength: 10
          },
          birthDate: {
            $ref: "#/components/schemas/IsoDate"
          },
          createdAt: {
            $ref: "#/components/schemas/Timestamp"
          },
          updatedAt: {
            $ref: "#/components/schemas/Timestamp"
          }
        }
      },
      Organization: {
        type: "object",
        required: [
          "id",
          "entityType",
          "status",
          "legalName",
          "createdAt",
          "updatedAt"
        ],
        properties: {
          id: {
            $ref: "#/components/schemas/Uuid"
          },
          entityType: {
            type: "string",
            enum: [
              "organization"
            ],
            description: "discriminator enum property added by openapi-typescript"
          },
          status: {
            $ref: "#/components/schemas/EntityStatus"
          },
          legalName: {
            type: "string",
            maxLength: 200
          },
          dbaName: {
            type: "string",
            maxLength: 200
          },
          establishedDate: {
            $ref: "#/components/schemas/IsoDate"
          },
          createdAt: {
            $ref: "#/components/schemas/Timestamp"
          },
          updatedAt: {
            $ref: "#/components/schemas/Timestamp"
          }
        }
      },
      Entity: {
        type: "object",
        description: "A person or an organization.",
        oneOf: [
          {
            $ref: "#/components/schemas/Person"
          },
          {
            $ref: "#/components/schemas/Organization"
          }
        ],
        discriminator: {
          propertyName: "entityType",
          mapping: {
            person: "#/components/schemas/Person",
            organization: "#/components/schemas/Organization"
          }
        }
      },
      Paging: {
        type: "object",
        description: "Where a page of search results sits in the whole result set.",
        required: [
          "nextOffset",
          "results",
          "total"
        ],
        properties: {
          nextOffset: {
            type: "string",
            nullable: true,
            description: "The `offset` of the next page, as a string; `null` when this is the last page (`total <= offset + count`).",
            example: "50"
          },
          results: {
            type: "integer",
            minimum: 0,
            description: "The number of results in this page.",
            example: 50
          },
          total: {
            type: "integer",
            format: "int64",
            minimum: 0,
            description: "The number of results matching the filter.",
            example: 137
          }
        }
      },
      EntitySearchResponse: {
        type: "object",
        required: [
          "entities",
          "paging"
        ],
        properties: {
          entities: {
            type: "array",
            items: {
              $ref: "#/components/schemas/Entity"
            }
          },
          paging: {
            $ref: "#/components/schemas/Paging"
          }
        }
      },
      CountryCode: {
        type: "string",
        pattern: "^[A-Z]{2}$",
        minLength: 2,
        maxLength: 2,
        description: "An ISO 3166-1 alpha-2 country code, upper case.",
        example: "US"
      },
      Address: {
        type: "object",
        description: "A postal address of the entity.",
        required: [
          "id",
          "addressLabelId",
          "line1",
          "city",
          "country",
          "isPrimary",
          "createdAt",
          "updatedAt"
        ],
        properties: {
          id: {
            $ref: "#/components/schemas/Uuid"
          },
          addressLabelId: {
            $ref: "#/components/schemas/Uuid"
          },
          line1: {
            type: "string",
            maxLength: 100
          },
          line2: {
            type: "string",
            maxLength: 100
          },
          line3: {
            type: "string",
            maxLength: 100
          },
          city: {
            type: "string",
            maxLength: 100
          },
          region: {
            type: "string",
            maxLength: 50
          },
          postalCode: {
            type: "string",
            maxLength: 20
          },
          country: {
            $ref: "#/components/schemas/CountryCode"
          },
          isPrimary: {
            type: "boolean"
          },
          createdAt: {
            $ref: "#/components/schemas/Timestamp"
          },
          updatedAt: {
            $ref: "#/components/schemas/Timestamp"
          }
        }
      },
      AddressList: {
        type: "object",
        required: [
          "addresses"
        ],
        properties: {
          addresses: {
            type: "array",
            items: {
              $ref: "#/components/schemas/Address"
            }
          }
        }
      },
      AddressInput: {
        type: "object",
        additionalProperties: false,
        description: "A postal address. `addressLabelId` is an id from the institution's Address Labels list; `region` is the state, province or county.",
        required: [
          "addressLabelId",
          "line1",
          "city",
          "country"
        ],
        properties: {
          addressLabelId: {
            $ref: "#/components/schemas/Uuid"
          },
          line1: {
            type: "string",
            minLength: 1,
            maxLength: 100
          },
          line2: {
            type: "string",
            maxLength: 100
          },
          line3: {
            type: "string",
            maxLength: 100
          },
          city: {
            type: "string",
            minLength: 1,
            maxLength: 100
          },
          region: {
            type: "string",
            maxLength: 50
          },
          postalCode: {
            type: "string",
            maxLength: 20
          },
          country: {
            $ref: "#/components/schemas/CountryCode"
          },
          isPrimary: {
            type: "boolean",
            default: false
          }
        }
      },
      PhoneNumber: {
        type: "object",
        description: "A phone number of the entity.",
        required: [
          "id",
          "phoneNumberLabelId",
          "number",
          "isPrimary",
          "smsCapable",
          "createdAt",
          "updatedAt"
        ],
        properties: {
          id: {
            $ref: "#/components/schemas/Uuid"
          },
          phoneNumberLabelId: {
            $ref: "#/components/schemas/Uuid"
          },
          number: {
            type: "string",
            pattern: "^\\+[1-9]\\d{1,14}$",
            maxLength: 16
          },
          extension: {
            type: "string",
            maxLength: 10
          },
          isPrimary: {
            type: "boolean"
          },
          smsCapable: {
            type: "boolean"
          },
          createdAt: {
            $ref: "#/components/schemas/Timestamp"
          },
          updatedAt: {
            $ref: "#/components/schemas/Timestamp"
          }
        }
      },
      PhoneNumberList: {
        type: "object",
        required: [
          "phoneNumbers"
        ],
        properties: {
          phoneNumbers: {
            type: "array",
            items: {
              $ref: "#/components/schemas/PhoneNumber"
            }
          }
        }
      },
      PhoneNumberInput: {
        type: "object",
        additionalProperties: false,
        description: "A phone number. `phoneNumberLabelId` is an id from the institution's Phone Number Labels list; `number` is E.164 (`+` and country code, digits only).",
        required: [
          "phoneNumberLabelId",
          "number"
        ],
        properties: {
          phoneNumberLabelId: {
            $ref: "#/components/schemas/Uuid"
          },
          number: {
            type: "string",
            pattern: "^\\+[1-9]\\d{1,14}$",
            maxLength: 16,
            example: "+14175550123"
          },
          extension: {
            type: "string",
            pattern: "^\\d{1,10}$",
            maxLength: 10
          },
          isPrimary: {
            type: "boolean",
            default: false
          },
          smsCapable: {
            type: "boolean",
            default: false,
            description: "Whether the number can receive text messages."
          }
        }
      },
      DigitalContactPointType: {
        type: "string",
        enum: [
          "email",
          "website",
          "social"
        ],
        description: "`email`: `value` is an email address. `website` and `social`: `value` is an absolute `https` or `http` URL (a social profile for `social`)."
      },
      DigitalContactPoint: {
        type: "object",
        description: "An email address, website or social profile of the entity.",
        required: [
          "id",
          "digitalContactPointLabelId",
          "type",
          "value",
          "isPrimary",
          "createdAt",
          "updatedAt"
        ],
        properties: {
          id: {
            $ref: "#/components/schemas/Uuid"
          },
          digitalContactPointLabelId: {
            $ref: "#/components/schemas/Uuid"
          },
          type: {
            $ref: "#/components/schemas/DigitalContactPointType"
          },
          value: {
            type: "string",
            maxLength: 2048
          },
          isPrimary: {
            type: "boolean"
          },
          createdAt: {
            $ref: "#/components/schemas/Timestamp"
          },
          updatedAt: {
            $ref: "#/components/schemas/Timestamp"
          }
        }
      },
      DigitalContactPointList: {
        type: "object",
        required: [
          "digitalContactPoints"
        ],
        properties: {
          digitalContactPoints: {
            type: "array",
            items: {
              $ref: "#/components/schemas/DigitalContactPoint"
            }
          }
        }
      },
      DigitalContactPointInput: {
        type: "object",
        additionalProperties: false,
        description: "An email address, website or social profile. `digitalContactPointLabelId` is an id from the institution's Digital Contact Point Labels list.",
        required: [
          "digitalContactPointLabelId",
          "type",
          "value"
        ],
        properties: {
          digitalContactPointLabelId: {
            $ref: "#/components/schemas/Uuid"
          },
          type: {
            $ref: "#/components/schemas/DigitalContactPointType"
          },
          value: {
            type: "string",
            minLength: 3,
            maxLength: 2048,
            example: "ada@example.com"
          },
          isPrimary: {
            type: "boolean",
            default: false
          }
        }
      },
      Identification: {
        type: "object",
        description: "A form of identification of the entity.",
        required: [
          "id",
          "identificationTypeId",
          "number",
          "createdAt",
          "updatedAt"
        ],
        properties: {
          id: {
            $ref: "#/components/schemas/Uuid"
          },
          identificationTypeId: {
            $ref: "#/components/schemas/Uuid"
          },
          number: {
            type: "string",
            maxLength: 50
          },
          issuingAuthority: {
            type: "string",
            maxLength: 100
          },
          issuingRegion: {
            type: "string",
            maxLength: 50
          },
          issuingCountry: {
            $ref: "#/components/schemas/CountryCode"
          },
          issueDate: {
            $ref: "#/components/schemas/IsoDate"
          },
          expirationDate: {
            $ref: "#/components/schemas/IsoDate"
          },
          createdAt: {
            $ref: "#/components/schemas/Timestamp"
          },
          updatedAt: {
            $ref: "#/components/schemas/Timestamp"
          }
        }
      },
      IdentificationList: {
        type: "object",
        required: [
          "identifications"
        ],
        properties: {
          identifications: {
            type: "array",
            items: {
              $ref: "#/components/schemas/Identification"
            }
          }
        }
      },
      IdentificationInput: {
        type: "object",
        additionalProperties: false,
        description: "A form of identification (driver's licence, passport, \u2026). `identificationTypeId` is an id from the institution's Identification Types list; `issuingRegion` is the issuing state or province.",
        required: [
          "identificationTypeId",
          "number"
        ],
        properties: {
          identificationTypeId: {
            $ref: "#/components/schemas/Uuid"
          },
          number: {
            type: "string",
            minLength: 1,
            maxLength: 50
          },
          issuingAuthority: {
            type: "string",
            maxLength: 100
          },
          issuingRegion: {
            type: "string",
            maxLength: 50
          },
          issuingCountry: {
            $ref: "#/components/schemas/CountryCode"
          },
          issueDate: {
            $ref: "#/components/schemas/IsoDate"
          },
          expirationDate: {
            $ref: "#/components/schemas/IsoDate"
          }
        }
      },
      PrivacyOptOut: {
        type: "object",
        description: "A privacy opt-out choice of the entity.",
        required: [
          "id",
          "privacyOptOutTypeId",
          "optedOut",
          "effectiveDate",
          "createdAt",
          "updatedAt"
        ],
        properties: {
          id: {
            $ref: "#/components/schemas/Uuid"
          },
          privacyOptOutTypeId: {
            $ref: "#/components/schemas/Uuid"
          },
          optedOut: {
            type: "boolean"
          },
          effectiveDate: {
            $ref: "#/components/schemas/IsoDate"
          },
          createdAt: {
            $ref: "#/components/schemas/Timestamp"
          },
          updatedAt: {
            $ref: "#/components/schemas/Timestamp"
          }
        }
      },
      PrivacyOptOutList: {
        type: "object",
        required: [
          "privacyOptOuts"
        ],
        properties: {
          privacyOptOuts: {
            type: "array",
            items: {
              $ref: "#/components/schemas/PrivacyOptOut"
            }
          }
        }
      },
      PrivacyOptOutInput: {
        type: "object",
        additionalProperties: false,
        description: "A privacy opt-out choice. `privacyOptOutTypeId` is an id from the institution's Privacy Opt Out Types list; `effectiveDate` omitted means today.",
        required: [
          "privacyOptOutTypeId",
          "optedOut"
        ],
        properties: {
          privacyOptOutTypeId: {
            $ref: "#/components/schemas/Uuid"
          },
          optedOut: {
            type: "boolean",
            description: "`true`: the entity opts out; `false`: it opts back in."
          },
          effectiveDate: {
            $ref: "#/components/schemas/IsoDate"
          }
        }
      },
      AffiliateOptOut: {
        type: "object",
        description: "An affiliate-marketing opt-out choice of the entity.",
        required: [
          "id",
          "affiliateOptOutTypeId",
          "optedOut",
          "effectiveDate",
          "createdAt",
          "updatedAt"
        ],
        properties: {
          id: {
            $ref: "#/components/schemas/Uuid"
          },
          affiliateOptOutTypeId: {
            $ref: "#/components/schemas/Uuid"
          },
          affiliateOptOutExceptionReasonId: {
            $ref: "#/components/schemas/Uuid"
          },
          optedOut: {
            type: "boolean"
          },
          effectiveDate: {
            $ref: "#/components/schemas/IsoDate"
          },
          expirationDate: {
            $ref: "#/components/schemas/IsoDate"
          },
          createdAt: {
            $ref: "#/components/schemas/Timestamp"
          },
          updatedAt: {
            $ref: "#/components/schemas/Timestamp"
          }
        }
      },
      AffiliateOptOutList: {
        type: "object",
        required: [
          "affiliateOptOuts"
        ],
        properties: {
          affiliateOptOuts: {
            type: "array",
            items: {
              $ref: "#/components/schemas/AffiliateOptOut"
            }
          }
        }
      },
      AffiliateOptOutInput: {
        type: "object",
        additionalProperties: false,
        description: "An affiliate-marketing opt-out choice. `affiliateOptOutTypeId` is an id from the institution's Affiliate Opt Out Types list; `affiliateOptOutExceptionReasonId`, from its Affiliate Opt Out Exception Reasons list, records why an exception applies. `effectiveDate` omitted means today; `expirationDate` omitted means no expiry.",
        required: [
          "affiliateOptOutTypeId",
          "optedOut"
        ],
        properties: {
          affiliateOptOutTypeId: {
            $ref: "#/components/schemas/Uuid"
          },
          affiliateOptOutExceptionReasonId: {
            $ref: "#/components/schemas/Uuid"
          },
          optedOut: {
            type: "boolean"
          },
          effectiveDate: {
            $ref: "#/components/schemas/IsoDate"
          },
          expirationDate: {
            $ref: "#/components/schemas/IsoDate"
          }
        }
      },
      Decimal: {
        type: "string",
        format: "decimal",
        pattern: "^-?\\d{1,15}(\\.\\d{1,4})?$",
        description: 'A decimal amount as a string (money is never a binary float in this house style), e.g. `"85000.00"`.',
        example: "85000.00"
      },
      Employment: {
        type: "object",
        description: "An employment of the entity.",
        required: [
          "id",
          "employerName",
          "employmentTypeId",
          "createdAt",
          "updatedAt"
        ],
        properties: {
          id: {
            $ref: "#/components/schemas/Uuid"
          },
          employerName: {
            type: "string",
            maxLength: 100
          },
          employmentTypeId: {
            $ref: "#/components/schemas/Uuid"
          },
          occupation: {
            type: "string",
            maxLength: 100
          },
          title: {
            type: "string",
            maxLength: 100
          },
          startDate: {
            $ref: "#/components/schemas/IsoDate"
          },
          endDate: {
            $ref: "#/components/schemas/IsoDate"
          },
          annualIncome: {
            $ref: "#/components/schemas/Decimal"
          },
          createdAt: {
            $ref: "#/components/schemas/Timestamp"
          },
          updatedAt: {
            $ref: "#/components/schemas/Timestamp"
          }
        }
      },
      EmploymentList: {
        type: "object",
        required: [
          "employments"
        ],
        properties: {
          employments: {
            type: "array",
            items: {
              $ref: "#/components/schemas/Employment"
            }
          }
        }
      },
      EmploymentInput: {
        type: "object",
        additionalProperties: false,
        description: "An employment. `employmentTypeId` is an id from the institution's Employment Types list; `endDate` omitted means current; `annualIncome` is a decimal string.",
        required: [
          "employerName",
          "employmentTypeId"
        ],
        properties: {
          employerName: {
            type: "string",
            minLength: 1,
            maxLength: 100
          },
          employmentTypeId: {
            $ref: "#/components/schemas/Uuid"
          },
          occupation: {
            type: "string",
            maxLength: 100
          },
          title: {
            type: "string",
            maxLength: 100
          },
          startDate: {
            $ref: "#/components/schemas/IsoDate"
          },
          endDate: {
            $ref: "#/components/schemas/IsoDate"
          },
          annualIncome: {
            $ref: "#/components/schemas/Decimal"
          }
        }
      },
      TaxIdType: {
        type: "string",
        enum: [
          "ssn",
          "ein",
          "itin",
          "atin"
        ],
        description: "US tax id kinds: Social Security Number, Employer Identification Number, Individual Taxpayer Identification Number, Adoption Taxpayer Identification Number."
      },
      TaxIdNumber: {
        type: "object",
        description: "The entity's tax id number, masked. The full value is never returned.",
        required: [
          "taxIdType",
          "maskedValue",
          "lastFour",
          "updatedAt"
        ],
        properties: {
          taxIdType: {
            $ref: "#/components/schemas/TaxIdType"
          },
          maskedValue: {
            type: "string",
            maxLength: 11,
            description: "The number with all but the last four digits masked, e.g. `***-**-6789`.",
            example: "***-**-6789"
          },
          lastFour: {
            type: "string",
            pattern: "^\\d{4}$",
            example: "6789"
          },
          updatedAt: {
            $ref: "#/components/schemas/Timestamp"
          }
        }
      },
      TaxIdNumberInput: {
        type: "object",
        additionalProperties: false,
        description: "The full tax id number, nine digits without separators.",
        required: [
          "taxIdType",
          "value"
        ],
        properties: {
          taxIdType: {
            $ref: "#/components/schemas/TaxIdType"
          },
          value: {
            type: "string",
            pattern: "^\\d{9}$",
            minLength: 9,
            maxLength: 9,
            example: "123456789"
          }
        }
      },
      ForeignTaxIdNumber: {
        type: "object",
        description: "The entity's foreign tax id number, masked. The full value is never returned.",
        required: [
          "country",
          "maskedValue",
          "lastFour",
          "updatedAt"
        ],
        properties: {
          country: {
            $ref: "#/components/schemas/CountryCode"
          },
          maskedValue: {
            type: "string",
            maxLength: 50,
            description: "The value with all but its last four characters masked, e.g. `*****456C`.",
            example: "*****456C"
          },
          lastFour: {
            type: "string",
            maxLength: 4,
            description: "The last four characters of the value (fewer if the value is shorter).",
            example: "456C"
          },
          updatedAt: {
            $ref: "#/components/schemas/Timestamp"
          }
        }
      },
      ForeignTaxIdNumberInput: {
        type: "object",
        additionalProperties: false,
        description: "A tax id number issued outside the US; `country` is the issuing country.",
        required: [
          "country",
          "value"
        ],
        properties: {
          country: {
            $ref: "#/components/schemas/CountryCode"
          },
          value: {
            type: "string",
            minLength: 1,
            maxLength: 50,
            pattern: "^[A-Za-z0-9 ./-]+$",
            example: "AB123456C"
          }
        }
      },
      ReportType: {
        type: "string",
        enum: [
          "entity_profile",
          "relationship_summary",
          "privacy_opt_out_status"
        ],
        description: "`entity_profile`: each entity with its contact information, identifications and employments. `relationship_summary`: each entity's relationships. `privacy_opt_out_status`: each entity's privacy and affiliate opt-out choices."
      },
      ReportFormat: {
        type: "string",
        enum: [
          "pdf",
          "csv"
        ],
        description: "The document format; the download answers `application/pdf` or `text/csv`."
      },
      ReportRequest: {
        type: "object",
        additionalProperties: false,
        description: "What to report on. Every id in `entityIds` must be an entity of the institution (409 otherwise).",
        required: [
          "reportType",
          "entityIds",
          "format"
        ],
        properties: {
          reportType: {
            $ref: "#/components/schemas/ReportType"
          },
          entityIds: {
            type: "array",
            minItems: 1,
            maxItems: 100,
            uniqueItems: true,
            items: {
              $ref: "#/components/schemas/Uuid"
            }
          },
          format: {
            $ref: "#/components/schemas/ReportFormat"
          }
        }
      },
      Document: {
        type: "string",
        format: "binary",
        description: "The document's bytes."
      },
      NoticeType: {
        type: "string",
        enum: [
          "initial_privacy_notice",
          "annual_privacy_notice",
          "affiliate_marketing_notice"
        ],
        description: 'The regulatory notice to produce (Regulation P / FCRA style privacy and affiliate-marketing notices; an assumption about what the public "Notices" tag covers).'
      },
      NoticeDeliveryPreference: {
        type: "string",
        enum: [
          "download",
          "mail",
          "email"
        ],
        description: "How the institution delivers the notice besides making it downloadable: `download` only, or also by `mail` or `email` to the entity's primary address or email."
      },
      NoticeRequest: {
        type: "object",
        additionalProperties: false,
        description: "The notice to generate for the entity; `deliveryPreference` omitted means `download`.",
        required: [
          "noticeType"
        ],
        properties: {
          noticeType: {
            $ref: "#/components/schemas/NoticeType"
          },
          deliveryPreference: {
            $ref: "#/components/schemas/NoticeDeliveryPreference"
          }
        }
      },
      Abilities: {
        type: "object",
        description: "What the user may do, one flag per action and resource: `<verb><Resource>` with the verbs `view`, `add`, `edit`, `delete`, `search`, `generate` and `download`. Every flag is always present. Entities have no delete flag (they are retired, not deleted); the tax id numbers are singletons (view and edit only).",
        required: [
          "viewEntities",
          "addEntities",
          "editEntities",
          "searchEntities",
          "viewAddresses",
          "addAddresses",
          "editAddresses",
          "deleteAddresses",
          "viewPhoneNumbers",
          "addPhoneNumbers",
          "editPhoneNumbers",
          "deletePhoneNumbers",
          "viewDigitalContactPoints",
          "addDigitalContactPoints",
          "editDigitalContactPoints",
          "deleteDigitalContactPoints",
          "viewIdentifications",
          "addIdentifications",
          "editIdentifications",
          "deleteIdentifications",
          "viewPrivacyOptOuts",
          "addPrivacyOptOuts",
          "editPrivacyOptOuts",
          "deletePrivacyOptOuts",
          "viewAffiliateOptOuts",
          "addAffiliateOptOuts",
          "editAffiliateOptOuts",
          "deleteAffiliateOptOuts",
          "viewEmployments",
          "addEmployments",
          "editEmployments",
          "deleteEmployments",
          "viewTaxIdNumber",
          "editTaxIdNumber",
          "viewForeignTaxIdNumber",
          "editForeignTaxIdNumber",
          "viewRelationships",
          "addRelationships",
          "editRelationships",
          "deleteRelationships",
          "searchRelationships",
          "generateReports",
          "downloadReports",
          "generateNotices",
          "downloadNotices"
        ],
        properties: {
          viewEntities: {
            type: "boolean"
          },
          addEntities: {
            type: "boolean"
          },
          editEntities: {
            type: "boolean"
          },
          searchEntities: {
            type: "boolean"
          },
          viewAddresses: {
            type: "boolean"
          },
          addAddresses: {
            type: "boolean"
          },
          editAddresses: {
            type: "boolean"
          },
          deleteAddresses: {
            type: "boolean"
          },
          viewPhoneNumbers: {
            type: "boolean"
          },
          addPhoneNumbers: {
            type: "boolean"
          },
          editPhoneNumbers: {
            type: "boolean"
          },
          deletePhoneNumbers: {
            type: "boolean"
          },
          viewDigitalContactPoints: {
            type: "boolean"
          },
          addDigitalContactPoints: {
            type: "boolean"
          },
          editDigitalContactPoints: {
            type: "boolean"
          },
          deleteDigitalContactPoints: {
            type: "boolean"
          },
          viewIdentifications: {
            type: "boolean"
          },
          addIdentifications: {
            type: "boolean"
          },
          editIdentifications: {
            type: "boolean"
          },
          deleteIdentifications: {
            type: "boolean"
          },
          viewPrivacyOptOuts: {
            type: "boolean"
          },
          addPrivacyOptOuts: {
            type: "boolean"
          },
          editPrivacyOptOuts: {
            type: "boolean"
          },
          deletePrivacyOptOuts: {
            type: "boolean"
          },
          viewAffiliateOptOuts: {
            type: "boolean"
          },
          addAffiliateOptOuts: {
            type: "boolean"
          },
          editAffiliateOptOuts: {
            type: "boolean"
          },
          deleteAffiliateOptOuts: {
            type: "boolean"
          },
          viewEmployments: {
            type: "boolean"
          },
          addEmployments: {
            type: "boolean"
          },
          editEmployments: {
            type: "boolean"
          },
          deleteEmployments: {
            type: "boolean"
          },
          viewTaxIdNumber: {
            type: "boolean"
          },
          editTaxIdNumber: {
            type: "boolean"
          },
          viewForeignTaxIdNumber: {
            type: "boolean"
          },
          editForeignTaxIdNumber: {
            type: "boolean"
          },
          viewRelationships: {
            type: "boolean"
          },
          addRelationships: {
            type: "boolean"
          },
          editRelationships: {
            type: "boolean"
          },
          deleteRelationships: {
            type: "boolean"
          },
          searchRelationships: {
            type: "boolean"
          },
          generateReports: {
            type: "boolean"
          },
          downloadReports: {
            type: "boolean"
          },
          generateNotices: {
            type: "boolean"
          },
          downloadNotices: {
            type: "boolean"
          }
        }
      },
      Entitlement: {
        type: "object",
        description: "One named permission and whether the institution grants it to the user.",
        required: [
          "name",
          "allowed"
        ],
        properties: {
          name: {
            type: "string",
            maxLength: 100,
            description: "The permission's name, e.g. `ViewEntities`.",
            example: "ViewEntities"
          },
          allowed: {
            type: "boolean"
          },
          description: {
            type: "string",
            maxLength: 500
          }
        }
      },
      EntitlementList: {
        type: "object",
        required: [
          "entitlements"
        ],
        properties: {
          entitlements: {
            type: "array",
            items: {
              $ref: "#/components/schemas/Entitlement"
            }
          }
        }
      },
      AssetType: {
        type: "string",
        enum: [
          "account",
          "card",
          "safe_deposit_box"
        ],
        description: "The kind of asset a relationship is about. Accounts are the one kind confirmed as a concept (Account Services relates new accounts to entities with a `relationshipTypeId`)."
      },
      AssetReferenceInput: {
        type: "object",
        additionalProperties: false,
        description: "The asset a relationship is about; `assetId` is its id in the owning service.",
        required: [
          "assetType",
          "assetId"
        ],
        properties: {
          assetType: {
            $ref: "#/components/schemas/AssetType"
          },
          assetId: {
            $ref: "#/components/schemas/Uuid"
          }
        }
      },
      RelationshipInput: {
        type: "object",
        additionalProperties: false,
        description: 'How `entityId` relates to `relatedEntityId`, e.g. "Ada is the guardian of Byron regarding account X". `relationshipTypeId` is an id from the institution\'s Relationship Types list. `asset` omitted means the relationship is not about one asset. `startDate` omitted means today; `endDate` omitted means open-ended.',
        required: [
          "entityId",
          "relatedEntityId",
          "relationshipTypeId"
        ],
        properties: {
          entityId: {
            $ref: "#/components/schemas/Uuid"
          },
          relatedEntityId: {
            $ref: "#/components/schemas/Uuid"
          },
          relationshipTypeId: {
            $ref: "#/components/schemas/Uuid"
          },
          asset: {
            $ref: "#/components/schemas/AssetReferenceInput"
          },
          startDate: {
            $ref: "#/components/schemas/IsoDate"
          },
          endDate: {
            $ref: "#/components/schemas/IsoDate"
          }
        }
      },
      RelationshipSearchFilter: {
        type: "object",
        additionalProperties: false,
        description: "Every given criterion must match (AND). `entityId` matches either side of a relationship; `activeOn` keeps relationships whose `startDate`\u2026`endDate` range contains that date. An empty object matches every relationship of the institution.",
        properties: {
          entityId: {
            $ref: "#/components/schemas/Uuid"
          },
          relationshipTypeId: {
            $ref: "#/components/schemas/Uuid"
          },
          assetType: {
            $ref: "#/components/schemas/AssetType"
          },
          assetId: {
            $ref: "#/components/schemas/Uuid"
          },
          activeOn: {
            $ref: "#/components/schemas/IsoDate"
          }
        }
      },
      AssetReference: {
        type: "object",
        description: "The asset a relationship is about; `assetId` is its id in the owning service.",
        required: [
          "assetType",
          "assetId"
        ],
        properties: {
          assetType: {
            $ref: "#/components/schemas/AssetType"
          },
          assetId: {
            $ref: "#/components/schemas/Uuid"
          }
        }
      },
      Relationship: {
        type: "object",
        description: "How `entityId` relates to `relatedEntityId`, optionally regarding an asset.",
        required: [
          "id",
          "entityId",
          "relatedEntityId",
          "relationshipTypeId",
          "startDate",
          "createdAt",
          "updatedAt"
        ],
        properties: {
          id: {
            $ref: "#/components/schemas/Uuid"
          },
          entityId: {
            $ref: "#/components/schemas/Uuid"
          },
          relatedEntityId: {
            $ref: "#/components/schemas/Uuid"
          },
          relationshipTypeId: {
            $ref: "#/components/schemas/Uuid"
          },
          asset: {
            $ref: "#/components/schemas/AssetReference"
          },
          startDate: {
            $ref: "#/components/schemas/IsoDate"
          },
          endDate: {
            $ref: "#/components/schemas/IsoDate"
          },
          createdAt: {
            $ref: "#/components/schemas/Timestamp"
          },
          updatedAt: {
            $ref: "#/components/schemas/Timestamp"
          }
        }
      },
      RelationshipSearchResponse: {
        type: "object",
        required: [
          "relationships",
          "paging"
        ],
        properties: {
          relationships: {
            type: "array",
            items: {
              $ref: "#/components/schemas/Relationship"
            }
          },
          paging: {
            $ref: "#/components/schemas/Paging"
          }
        }
      },
      RelationshipList: {
        type: "object",
        required: [
          "relationships"
        ],
        properties: {
          relationships: {
            type: "array",
            items: {
              $ref: "#/components/schemas/Relationship"
            }
          }
        }
      },
      ReferenceItem: {
        type: "object",
        description: "One entry of an institution-configured reference list (a label, a type, a reason). Other resources refer to it by `id`.",
        required: [
          "id",
          "code",
          "name",
          "isActive"
        ],
        properties: {
          id: {
            $ref: "#/components/schemas/Uuid"
          },
          code: {
            type: "string",
            maxLength: 50,
            description: "A short, stable code for the entry.",
            example: "home"
          },
          name: {
            type: "string",
            maxLength: 100,
            description: "The display name.",
            example: "Home"
          },
          description: {
            type: "string",
            maxLength: 500
          },
          isActive: {
            type: "boolean",
            description: "Inactive entries are kept for existing data but refused on new writes."
          }
        }
      },
      RelationshipTypeList: {
        type: "object",
        required: [
          "relationshipTypes"
        ],
        properties: {
          relationshipTypes: {
            type: "array",
            items: {
              $ref: "#/components/schemas/ReferenceItem"
            }
          }
        }
      },
      AddressLabelList: {
        type: "object",
        required: [
          "addressLabels"
        ],
        properties: {
          addressLabels: {
            type: "array",
            items: {
              $ref: "#/components/schemas/ReferenceItem"
            }
          }
        }
      },
      AffiliateOptOutExceptionReasonList: {
        type: "object",
        required: [
          "affiliateOptOutExceptionReasons"
        ],
        properties: {
          affiliateOptOutExceptionReasons: {
            type: "array",
            items: {
              $ref: "#/components/schemas/ReferenceItem"
            }
          }
        }
      },
      AffiliateOptOutTypeList: {
        type: "object",
        required: [
          "affiliateOptOutTypes"
        ],
        properties: {
          affiliateOptOutTypes: {
            type: "array",
            items: {
              $ref: "#/components/schemas/ReferenceItem"
            }
          }
        }
      },
      DigitalContactPointLabelList: {
        type: "object",
        required: [
          "digitalContactPointLabels"
        ],
        properties: {
          digitalContactPointLabels: {
            type: "array",
            items: {
              $ref: "#/components/schemas/ReferenceItem"
            }
          }
        }
      },
      PhoneNumberLabelList: {
        type: "object",
        required: [
          "phoneNumberLabels"
        ],
        properties: {
          phoneNumberLabels: {
            type: "array",
            items: {
              $ref: "#/components/schemas/ReferenceItem"
            }
          }
        }
      },
      IdentificationTypeList: {
        type: "object",
        required: [
          "identificationTypes"
        ],
        properties: {
          identificationTypes: {
            type: "array",
            items: {
              $ref: "#/components/schemas/ReferenceItem"
            }
          }
        }
      },
      PrivacyOptOutTypeList: {
        type: "object",
        required: [
          "privacyOptOutTypes"
        ],
        properties: {
          privacyOptOutTypes: {
            type: "array",
            items: {
              $ref: "#/components/schemas/ReferenceItem"
            }
          }
        }
      },
      EmploymentTypeList: {
        type: "object",
        required: [
          "employmentTypes"
        ],
        properties: {
          employmentTypes: {
            type: "array",
            items: {
              $ref: "#/components/schemas/ReferenceItem"
            }
          }
        }
      }
    },
    parameters: {
      XRequestId: {
        name: "X-Request-ID",
        in: "header",
        required: false,
        description: "A round-trip identifier (uuid) for tracing, echoed in the response's `X-Request-ID`. Send a fresh one per logical call and reuse it across that call's retries; the service generates one when it is absent.",
        schema: {
          $ref: "#/components/schemas/Uuid"
        }
      },
      Offset: {
        name: "offset",
        in: "query",
        required: false,
        description: "Zero-based index of the first result to return. Continue with `paging.nextOffset`.",
        schema: {
          type: "integer",
          minimum: 0,
          default: 0
        }
      },
      Count: {
        name: "count",
        in: "query",
        required: false,
        description: "The maximum number of results to return.",
        schema: {
          type: "integer",
          minimum: 1,
          maximum: 200,
          default: 50
        }
      },
      EntityId: {
        name: "EntityId",
        in: "path",
        required: true,
        description: "The id of the Entity.",
        schema: {
          $ref: "#/components/schemas/Uuid"
        }
      },
      AddressId: {
        name: "AddressId",
        in: "path",
        required: true,
        description: "The id of the Address.",
        schema: {
          $ref: "#/components/schemas/Uuid"
        }
      },
      PhoneNumberId: {
        name: "PhoneNumberId",
        in: "path",
        required: true,
        description: "The id of the Phone Number.",
        schema: {
          $ref: "#/components/schemas/Uuid"
        }
      },
      DigitalContactPointId: {
        name: "DigitalContactPointId",
        in: "path",
        required: true,
        description: "The id of the Digital Contact Point.",
        schema: {
          $ref: "#/components/schemas/Uuid"
        }
      },
      IdentificationId: {
        name: "IdentificationId",
        in: "path",
        required: true,
        description: "The id of the Identification.",
        schema: {
          $ref: "#/components/schemas/Uuid"
        }
      },
      PrivacyOptOutId: {
        name: "PrivacyOptOutId",
        in: "path",
        required: true,
        description: "The id of the Privacy Opt Out.",
        schema: {
          $ref: "#/components/schemas/Uuid"
        }
      },
      AffiliateOptOutId: {
        name: "AffiliateOptOutId",
        in: "path",
        required: true,
        description: "The id of the Affiliate Opt Out.",
        schema: {
          $ref: "#/components/schemas/Uuid"
        }
      },
      EmploymentId: {
        name: "EmploymentId",
        in: "path",
        required: true,
        description: "The id of the Employment.",
        schema: {
          $ref: "#/components/schemas/Uuid"
        }
      },
      ReportId: {
        name: "ReportId",
        in: "path",
        required: true,
        description: "The id of a generated Report, as returned by `generateReport`.",
        schema: {
          $ref: "#/components/schemas/Uuid"
        }
      },
      NoticeId: {
        name: "NoticeId",
        in: "path",
        required: true,
        description: "The id of a generated Notice, as returned by `generateNotice`.",
        schema: {
          $ref: "#/components/schemas/Uuid"
        }
      },
      EnterpriseUserId: {
        name: "EnterpriseUserId",
        in: "path",
        required: true,
        description: "The ID of the enterprise user: the Jack Henry Identity `sub` of an institution employee.",
        schema: {
          $ref: "#/components/schemas/Uuid"
        }
      },
      RelationshipId: {
        name: "RelationshipId",
        in: "path",
        required: true,
        description: "The id of the Relationship.",
        schema: {
          $ref: "#/components/schemas/Uuid"
        }
      }
    },
    headers: {
      XRequestId: {
        description: "The request's round-trip identifier: the `X-Request-ID` the caller sent, or one the service generated.",
        schema: {
          $ref: "#/components/schemas/Uuid"
        }
      },
      WWWAuthenticateInvalidToken: {
        description: 'RFC 6750 challenge for a missing, expired or invalid access token, e.g. `Bearer error="invalid_token"`.',
        schema: {
          type: "string",
          maxLength: 1e3
        },
        example: 'Bearer error="invalid_token", error_description="The access token expired"'
      },
      WWWAuthenticateInsufficientScope: {
        description: 'RFC 6750 challenge naming the scope the operation requires, e.g. `Bearer error="insufficient_scope", scope="entity-services.entities.read"`.',
        schema: {
          type: "string",
          maxLength: 1e3
        },
        example: 'Bearer error="insufficient_scope", scope="entity-services.entities.read"'
      },
      RetryAfter: {
        description: "How long to wait before sending the request again (RFC 9110 \xA710.2.3): a number of seconds, or an HTTP-date.",
        schema: {
          type: "string",
          maxLength: 64,
          pattern: "^(\\d+|[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT)$"
        },
        example: "2"
      },
      ContentDisposition: {
        description: 'Suggested file name for a downloaded document, e.g. `attachment; filename="report.pdf"`.',
        schema: {
          type: "string",
          maxLength: 255
        }
      }
    },
    responses: {
      Created: {
        description: "Created. The body carries the new resource's id.",
        headers: {
          "X-Request-ID": {
            $ref: "#/components/headers/XRequestId"
          }
        },
        content: {
          "application/json": {
            schema: {
              $ref: "#/components/schemas/CreatedResponse"
            },
            example: {
              id: "3f6c1a52-8d0e-4c1b-9a57-0b8e2f4d9c11"
            }
          }
        }
      },
      BadRequest: {
        description: "The request is malformed: a body, parameter or header fails the schema (unknown property, wrong type, missing required field, invalid `offset` or `count`).",
        headers: {
          "X-Request-ID": {
            $ref: "#/components/headers/XRequestId"
          }
        },
        content: {
          "application/problem+json": {
            schema: {
              $ref: "#/components/schemas/ProblemDetails"
            },
            example: {
              type: "jackhenry/validation-failed",
              title: "The request is invalid.",
              details: [
                "lastName is required."
              ],
              data: null
            }
          }
        }
      },
      Unauthorized: {
        description: 'Not authenticated: the bearer token is missing, expired or invalid. (HTTP names this status "Unauthorized"; it means unauthenticated.) Get a new token and retry once.',
        headers: {
          "X-Request-ID": {
            $ref: "#/components/headers/XRequestId"
          },
          "WWW-Authenticate": {
            $ref: "#/components/headers/WWWAuthenticateInvalidToken"
          }
        },
        content: {
          "application/problem+json": {
            schema: {
              $ref: "#/components/schemas/ProblemDetails"
            },
            example: {
              type: "jackhenry/unauthenticated",
              title: "Authentication is required.",
              details: [
                "The access token expired."
              ],
              data: null
            }
          }
        }
      },
      Forbidden: {
        description: "Authenticated but not allowed: the token lacks the operation's scope (the `WWW-Authenticate` challenge names it), or the user lacks the institution permission.",
        headers: {
          "X-Request-ID": {
            $ref: "#/components/headers/XRequestId"
          },
          "WWW-Authenticate": {
            $ref: "#/components/headers/WWWAuthenticateInsufficientScope"
          }
        },
        content: {
          "application/problem+json": {
            schema: {
              $ref: "#/components/schemas/ProblemDetails"
            },
            example: {
              type: "jackhenry/insufficient-scope",
              title: "The access token does not grant this operation.",
              details: [
                "Required scope entity-services.entities.read."
              ],
              data: null
            }
          }
        }
      },
      UnsupportedMediaType: {
        description: "The body's `Content-Type` is not one the operation accepts (`application/json`); the problem names the accepted media types. Send the body again with the right `Content-Type`.",
        headers: {
          "X-Request-ID": {
            $ref: "#/components/headers/XRequestId"
          }
        },
        content: {
          "application/problem+json": {
            schema: {
              $ref: "#/components/schemas/ProblemDetails"
            },
            example: {
              type: "jackhenry/unsupported-media-type",
              title: "The request body's media type is not supported.",
              details: [
                "Send the body as application/json, not text/plain."
              ],
              data: {
                acceptedMediaTypes: [
                  "application/json"
                ]
              }
            }
          }
        }
      },
      TooManyRequests: {
        description: "Rate limited. Wait as long as `Retry-After` says, then send the request again (the client does this for idempotent operations, within its retry budget).",
        headers: {
          "X-Request-ID": {
            $ref: "#/components/headers/XRequestId"
          },
          "Retry-After": {
            $ref: "#/components/headers/RetryAfter"
          }
        },
        content: {
          "application/problem+json": {
            schema: {
              $ref: "#/components/schemas/ProblemDetails"
            },
            example: {
              type: "jackhenry/too-many-requests",
              title: "Too many requests.",
              details: [
                "Retry after 2 s."
              ],
              data: null
            }
          }
        }
      },
      InternalServerError: {
        description: "The service failed. Safe to retry idempotent operations (GET, PUT, DELETE).",
        headers: {
          "X-Request-ID": {
            $ref: "#/components/headers/XRequestId"
          }
        },
        content: {
          "application/problem+json": {
            schema: {
              $ref: "#/components/schemas/ProblemDetails"
            },
            example: {
              type: "jackhenry/internal-error",
              title: "An unexpected error occurred.",
              details: [],
              data: null
            }
          }
        }
      },
      ServiceUnavailable: {
        description: "The service is down or overloaded for a while. Wait as long as `Retry-After` says, then send the request again (the client does this for idempotent operations, within its retry budget).",
        headers: {
          "X-Request-ID": {
            $ref: "#/components/headers/XRequestId"
          },
          "Retry-After": {
            $ref: "#/components/headers/RetryAfter"
          }
        },
        content: {
          "application/problem+json": {
            schema: {
              $ref: "#/components/schemas/ProblemDetails"
            },
            example: {
              type: "jackhenry/service-unavailable",
              title: "The service is unavailable.",
              details: [
                "Retry after 2 s."
              ],
              data: null
            }
          }
        }
      },
      NotFound: {
        description: "No resource with this id exists for the institution (or its parent entity does not).",
        headers: {
          "X-Request-ID": {
            $ref: "#/components/headers/XRequestId"
          }
        },
        content: {
          "application/problem+json": {
            schema: {
              $ref: "#/components/schemas/ProblemDetails"
            },
            example: {
              type: "jackhenry/not-found",
              title: "The resource was not found.",
              details: [
                "No entity 3f6c1a52-8d0e-4c1b-9a57-0b8e2f4d9c11."
              ],
              data: null
            }
          }
        }
      },
      NoContent: {
        description: "Done; no body.",
        headers: {
          "X-Request-ID": {
            $ref: "#/components/headers/XRequestId"
          }
        }
      },
      Conflict: {
        description: "The request conflicts with the institution's data: a referenced id (label, type, reason, entity) is unknown or inactive, or the resource would duplicate an existing one.",
        headers: {
          "X-Request-ID": {
            $ref: "#/components/headers/XRequestId"
          }
        },
        content: {
          "application/problem+json": {
            schema: {
              $ref: "#/components/schemas/ProblemDetails"
            },
            example: {
              type: "jackhenry/conflict",
              title: "A referenced id is unknown.",
              details: [
                "addressLabelId 0b1d5c0e-6f1a-4d8e-8a43-2a7c9e1f5b60 is not an Address Label of this institution."
              ],
              data: null
            }
          }
        }
      }
    }
  }
};

// src/sandbox/api/validation.ts
import addFormats from "ajv-formats";
import { OpenAPIBackend } from "openapi-backend";
function createSpecBackend(apiRoot) {
  return new OpenAPIBackend({
    definition: validatorDefinition(),
    apiRoot,
    quick: true,
    coerceTypes: true,
    // allErrors: one detail per violation, not just the first. useDefaults: the handlers see the spec's defaults.
    // optimize: false halves the compile time of each operation's validators; they are small enough not to need it.
    ajvOpts: { allErrors: true, discriminator: true, useDefaults: true, code: { optimize: false } },
    customizeAjv: (ajv) => {
      addFormats.default(ajv);
      ajv.addFormat("decimal", /^-?\d{1,15}(\.\d{1,4})?$/);
      return ajv;
    }
  });
}
function validatorDefinition() {
  const definition = structuredClone(entity_management_default);
  for (const schema of Object.values(definition.components.schemas)) delete schema.discriminator?.mapping;
  return definition;
}
function assertDeclaredMediaType(operation, contentType, body) {
  const declared = Object.keys(operation.requestBody?.content ?? {});
  if (declared.length === 0 || body === void 0 || body === "") return;
  const sent = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (!declared.includes(sent)) throw unsupportedMediaType(declared, sent);
}
function describeViolations(errors, operation) {
  const byKey = /* @__PURE__ */ new Map();
  const unparsable = errors.some((error) => error.keyword === "parse");
  const meaningful = errors.filter(
    (error) => !(["oneOf", "anyOf"].includes(error.keyword) && errors.length > 1) && !(unparsable && error.keyword !== "parse" && error.instancePath.startsWith("/requestBody"))
  );
  for (const error of meaningful) {
    const key = `${error.instancePath}|${String(error.params["missingProperty"] ?? error.params["additionalProperty"] ?? "")}`;
    const seen = byKey.get(key);
    if (!seen || seen.keyword === "pattern" && error.keyword === "format") byKey.set(key, error);
  }
  return [...byKey.values()].map((error) => describe(error, operation));
}
function describe(error, operation) {
  const [, section = "", ...rest] = error.instancePath.split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
  const params = error.params;
  const named = params["missingProperty"] ?? params["additionalProperty"] ?? (error.keyword === "discriminator" ? params["tag"] : void 0);
  const child = typeof named === "string" ? named : "";
  const location = { in: section === "requestBody" ? "body" : section || "request", rule: error.keyword };
  if (error.keyword === "parse") return { ...location, in: "body", name: "", detail: `The body is not valid JSON: ${error.message}.` };
  if (section === "" && child === "requestBody") return { ...location, in: "body", name: "", detail: "A JSON request body is required." };
  const segments = [...rest, ...child ? [child] : []];
  const name = section === "header" ? headerName(segments.join("/"), operation) : fieldPath(segments);
  const subject = describeSubject(location.in, name);
  const detail = (() => {
    switch (error.keyword) {
      case "required":
        return `${subject} is required.`;
      case "additionalProperties":
        return location.in === "body" ? `${subject} is not allowed.` : `${subject} is not defined for this operation.`;
      case "enum":
        return `${subject} must be one of: ${params["allowedValues"].join(", ")}.`;
      case "format":
        return `${subject} must be a valid ${String(params["format"])}.`;
      case "pattern":
        return `${subject} must match the pattern ${String(params["pattern"])}.`;
      case "discriminator": {
        const tagValue = params["tagValue"];
        return `${subject} must be one of the declared types${tagValue === void 0 ? "" : `, not "${typeof tagValue === "string" ? tagValue : JSON.stringify(tagValue)}"`}.`;
      }
      default:
        return `${subject} ${error.message ?? "is invalid"}.`;
    }
  })();
  return { ...location, name, detail };
}
function describeSubject(where, name) {
  if (where === "body") return name === "" ? "The body" : name;
  if (where === "query") return `Query parameter ${name}`;
  if (where === "path") return `Path parameter ${name}`;
  if (where === "header") return `Header ${name}`;
  return name === "" ? "The request" : name;
}
function fieldPath(segments) {
  return segments.reduce((path, segment) => /^\d+$/.test(segment) ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment, "");
}
function headerName(lowerCased, operation) {
  const declared = (operation?.parameters ?? []).find((parameter) => "name" in parameter && parameter.in === "header" && parameter.name.toLowerCase() === lowerCased);
  return declared && "name" in declared ? declared.name : lowerCased;
}

export {
  ApiProblem,
  jsonResponse,
  emptyResponse,
  problemResponse,
  tooManyRequests,
  serviceUnavailable,
  created,
  file,
  badRequest,
  notFound,
  conflict,
  internalError,
  entity_management_default,
  createSpecBackend,
  assertDeclaredMediaType,
  describeViolations
};
