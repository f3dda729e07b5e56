/**
 * The embedded Entity Services sandbox: a real OpenID Connect authorization server and an
 * in-memory Entity Services API implementing every operation of the spec, both on 127.0.0.1.
 * The API checks every request against the bundled spec, verifies access tokens and their
 * scopes, and can check every response too (`validateResponses`, for tests).
 *
 * @example
 * const sandbox = await startSandbox({ validateResponses: true });
 * const client = createEntityManagementClient({
 *   baseUrl: sandbox.baseUrl,
 *   institutionUniversalId: sandbox.institutionUniversalId,
 *   auth: clientCredentials({ issuer: sandbox.issuer, clientId: sandbox.credentials.privateKeyJwt.clientId, privateKey: sandbox.credentials.privateKeyJwt.privateKeyPem }),
 * });
 * // …
 * await sandbox.stop();
 *
 * @example Fault injection: `handlers` replace an operation's answer, built with the exported helpers.
 * import { setTimeout } from "node:timers/promises";
 * const sandbox = await startSandbox({
 *   validateResponses: true,
 *   handlers: {
 *     getEntity: () => serviceUnavailable(2), // 503, Retry-After: 2
 *     createEntity: () => tooManyRequests(1), // 429, Retry-After: 1
 *     searchEntities: async () => {
 *       await setTimeout(500); // a slow answer
 *       return jsonResponse({ entities: [], paging: { nextOffset: null, results: 0, total: 0 } });
 *     },
 *     getRelationship: () => problemResponse(404, { type: "jackhenry/not-found", details: ["Gone."] }),
 *     deleteAddress: () => emptyResponse(), // 204, and nothing deleted
 *   },
 * });
 */
import { scopeDescriptions, type OperationId } from "../../generated/operations.js";
import { createTokenVerifier } from "./api/access-token.js";
import type { OperationHandler } from "./api/handlers/index.js";
import { createApiPipeline } from "./api/pipeline.js";
import type { ResponseViolation } from "./api/response-check.js";
import { enterpriseUserIds, seedStore } from "./api/seed.js";
import { listenApiServer } from "./api/server.js";
import { createStore } from "./api/store.js";
import { startAuthorizationServer, type RunningAuthorizationServer, type SeededClients, type SignInOptions } from "./authorization-server.js";

export type { OperationContext, OperationHandler } from "./api/handlers/index.js";
export type { ResponseViolation } from "./api/response-check.js";
export { emptyResponse, jsonResponse, problemResponse, serviceUnavailable, tooManyRequests } from "./api/responses.js";
export type { AnswerInit, ProblemBody, SandboxResponse } from "./api/responses.js";
export type { RunningAuthorizationServer, SeededClients, SignInOptions } from "./authorization-server.js";

/** Options of {@link startSandbox}; every one has a default, so `startSandbox()` just works. */
export interface SandboxOptions {
  /** The institution the API serves (its id is the last segment of the base URL). @default "4e3cde86-37ea-48bb-adef-4f820ba70b0f" */
  readonly institutionUniversalId?: string;
  /**
   * Check every response against the spec. A response that drifts is replaced by a 500
   * `sandbox/response-invalid` problem and recorded in `responseViolations`. Turn it on in tests.
   * @default false
   */
  readonly validateResponses?: boolean;
  /** Port of the API on 127.0.0.1. @default 0 (an ephemeral port) */
  readonly port?: number;
  /** Port of the authorization server on 127.0.0.1. @default 0 (an ephemeral port) */
  readonly authorizationServerPort?: number;
  /** Lifetime of access tokens in seconds, like Jack Henry Identity's 10 minutes. @default 600 */
  readonly accessTokenTtlSeconds?: number;
  /** Let oidc-provider print its development-mode warnings (Node runtime, in-memory adapter, devInteractions) on stderr; hidden by default. @default false */
  readonly verbose?: boolean;
  /**
   * Encrypt tokens, as Jack Henry's documentation describes them: the `webApp` client's ID tokens
   * (RSA-OAEP-256 / A256GCM; decrypt them with `idTokenDecryptionKey:
   * credentials.webApp.idTokenDecryptionKeyPem`) and every access token (the API decrypts it, and
   * then accepts only encrypted ones; the client never reads them). Not with DPoP: the API can't
   * check a proof against an encrypted token.
   * @default false
   */
  readonly encryptedTokens?: boolean;
  /**
   * Handlers replacing built-in ones, by operationId: to simulate an outage, a slow answer or a
   * drifting server. A handler may be async; the request waits for its promise.
   */
  readonly handlers?: Partial<Record<OperationId, OperationHandler>>;
}

/** A running sandbox; see {@link startSandbox}. */
export interface RunningSandbox {
  /** The authorization server's issuer: pass it to `clientCredentials({ issuer })`. */
  readonly issuer: string;
  /** The API's service root, up to `/v1`: pass it as the client's `baseUrl`. */
  readonly baseUrl: string;
  /** The institution the API serves: pass it as the client's `institutionUniversalId`. */
  readonly institutionUniversalId: string;
  /** The seeded OAuth clients: `privateKeyJwt` (PEM and JWK), `secretBasic`, `secretPost`, and `webApp` (authorization code). */
  readonly credentials: SeededClients;
  /** Seeded enterprise users, for abilities and entitlements: one allowed everything, one read-only. */
  readonly enterpriseUsers: { readonly administrator: string; readonly teller: string };
  /** The authorization server itself (token events, token lifetime, the oidc-provider instance). */
  readonly authorizationServer: RunningAuthorizationServer;
  /** Responses that did not match the spec, oldest first; always empty unless `validateResponses`. */
  readonly responseViolations: readonly ResponseViolation[];
  /**
   * Signs a user in without a browser, for the authorization-code flow with `credentials.webApp`:
   * answers the login and consent pages of `authorizationUrl` and resolves to the callback URL
   * for `handleAuthorizationCallback`. Any `user` name signs in and becomes the ID token's `sub`.
   */
  signIn(authorizationUrl: URL | string, options?: SignInOptions): Promise<URL>;
  /** Stops both servers, closing open connections. */
  stop(): Promise<void>;
}

/** The path of the service root on the API's origin (Digital Core: `/a/api/{service}/v1`). */
const serviceRootPath = "/a/api/entity-svcs/v1";

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Starts the authorization server and the API on 127.0.0.1 and resolves once both answer. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const institutionUniversalId = options.institutionUniversalId ?? "4e3cde86-37ea-48bb-adef-4f820ba70b0f";
  if (!guid.test(institutionUniversalId)) throw new RangeError(`institutionUniversalId must be a GUID; got "${institutionUniversalId}".`);

  // The API listens first: its URL is the audience of every access token the authorization server issues.
  const api = await listenApiServer(options.port);
  const baseUrl = `${api.origin}${serviceRootPath}`;
  let authorizationServer: RunningAuthorizationServer | undefined;
  try {
    authorizationServer = await startAuthorizationServer({
      scopes: Object.keys(scopeDescriptions),
      audience: baseUrl,
      ...(options.authorizationServerPort === undefined ? {} : { port: options.authorizationServerPort }),
      ...(options.accessTokenTtlSeconds === undefined ? {} : { accessTokenTtlSeconds: options.accessTokenTtlSeconds }),
      ...(options.verbose === undefined ? {} : { verbose: options.verbose }),
      ...(options.encryptedTokens === undefined ? {} : { encryptedTokens: options.encryptedTokens }),
    });
    const decryptionKey = authorizationServer.accessTokenDecryptionKey;
    const store = createStore(institutionUniversalId);
    seedStore(store);
    const responseViolations: ResponseViolation[] = [];
    api.mount(
      await createApiPipeline({
        apiRoot: `${serviceRootPath}/${institutionUniversalId}`,
        store,
        verifyToken: await createTokenVerifier({
          issuer: authorizationServer.issuer,
          jwksUri: authorizationServer.jwksUri,
          audience: baseUrl,
          ...(decryptionKey ? { decryptionKey } : {}),
        }),
        validateResponses: options.validateResponses ?? false,
        ...(options.handlers ? { overrides: options.handlers } : {}),
        onViolation: (violation) => responseViolations.push(violation),
      }),
    );
    const running = authorizationServer;
    let stopping: Promise<void> | undefined;
    return {
      issuer: running.issuer,
      baseUrl,
      institutionUniversalId,
      credentials: running.clients,
      enterpriseUsers: enterpriseUserIds,
      authorizationServer: running,
      responseViolations,
      signIn: (authorizationUrl, signInOptions) => running.signIn(authorizationUrl, signInOptions),
      stop: () => (stopping ??= Promise.all([api.stop(), running.stop()]).then(() => undefined)),
    };
  } catch (error) {
    await Promise.allSettled([api.stop(), authorizationServer?.stop()]);
    throw error;
  }
}
