/**
 * A real OpenID Connect authorization server on loopback, configured like Jack Henry Identity:
 * discovery, JWKS, client_secret (basic and post) and private_key_jwt clients, client credentials,
 * authorization code + PKCE with refresh-token rotation, JWT access tokens whose `aud` is the API,
 * DPoP, and on request encrypted ID and access tokens. Sign-in follows the policy of sign-in-policy.ts. Used by the tests and by the sandbox;
 * never by the package's main entry.
 *
 * Every key and secret is generated at start and lives only in memory.
 */
import { generateKeyPairSync, randomBytes, randomUUID, type JsonWebKey, type KeyObject } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type Provider from "oidc-provider";
import type { ClientMetadata, Configuration } from "oidc-provider";
import { withoutDevelopmentWarnings } from "./quiet-provider.js";
import { scriptedLogin } from "./scripted-login.js";
import { signInPolicy } from "./sign-in-policy.js";
import { createTokenEncryption } from "./token-encryption.js";
import { createTokenEventRecorder, type TokenEvents } from "./token-events.js";

export type { TokenEvents, TokenRequestFilter, TokenRequestRecord } from "./token-events.js";

/** Options for {@link startAuthorizationServer}. */
export interface AuthorizationServerOptions {
  /** API scopes the server can grant, e.g. `["entities:read", "entities:write"]`. `openid` and `offline_access` are always added. */
  readonly scopes: readonly string[];
  /** The API base URL. It is the only accepted `resource` and the `aud` of every access token. */
  readonly audience: string;
  /** Extra clients to register as they are (oidc-provider client metadata), besides the seeded ones. */
  readonly clients?: readonly ClientMetadata[];
  /** Redirect URIs of the seeded `webApp` client. @default ["http://127.0.0.1/callback"] */
  readonly redirectUris?: readonly string[];
  /** Access-token lifetime in seconds (Jack Henry Identity: 10 minutes). Change later with `setAccessTokenTtl`. @default 600 */
  readonly accessTokenTtlSeconds?: number;
  /** Refresh-token lifetime in seconds. @default 86400 */
  readonly refreshTokenTtlSeconds?: number;
  /** ID-token lifetime in seconds. @default 3600 */
  readonly idTokenTtlSeconds?: number;
  /** Make DPoP token requests prove a server nonce first (`use_dpop_nonce`), as a strict server may. @default false */
  readonly requireDpopNonce?: boolean;
  /**
   * Encrypt tokens as Jack Henry documents them: the `webApp` client's ID tokens (RSA-OAEP-256 /
   * A256GCM, to the key in `clients.webApp.idTokenDecryptionKeyPem`) and every access token (a
   * signed JWT encrypted to the API's key, `accessTokenDecryptionKey`).
   * @default false
   */
  readonly encryptedTokens?: boolean;
  /** Port on 127.0.0.1. @default 0 (an ephemeral port) */
  readonly port?: number;
  /** Let oidc-provider print its development-mode warnings (Node runtime, in-memory adapter, devInteractions) on stderr. @default false */
  readonly verbose?: boolean;
}

/** Credentials of a seeded client that authenticates with a shared secret. */
export interface SecretClientCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

/** Credentials of the seeded private_key_jwt client; its public key is registered with the server. */
export interface PrivateKeyClientCredentials {
  readonly clientId: string;
  /** The RSA private key as PKCS#8 PEM (what `openssl genpkey -algorithm RSA` writes). */
  readonly privateKeyPem: string;
  /** The same private key as a JWK (with `kid`, without `alg`, so it can sign PS256 or RS256). */
  readonly privateJwk: JsonWebKey & { readonly kid: string };
  /** Key id of the registered public key. */
  readonly kid: string;
}

/** The seeded clients and their credentials, generated at start. */
export interface SeededClients {
  /** Client credentials grant, `client_secret_basic`. */
  readonly secretBasic: SecretClientCredentials;
  /** Client credentials grant, `client_secret_post`. */
  readonly secretPost: SecretClientCredentials;
  /** Client credentials grant, `private_key_jwt` (what Jack Henry Identity requires for this grant). */
  readonly privateKeyJwt: PrivateKeyClientCredentials;
  /** Authorization code + PKCE (required) + refresh tokens, `client_secret_basic`. */
  readonly webApp: SecretClientCredentials & {
    readonly redirectUri: string;
    /** With `encryptedTokens`: the client's private key (PKCS#8 PEM) for `idTokenDecryptionKey`; its public JWK is registered with the server. */
    readonly idTokenDecryptionKeyPem?: string;
  };
}

/** Options of {@link RunningAuthorizationServer.signIn}. */
export interface SignInOptions {
  /** The login name; any name signs in, and it becomes the ID token's `sub`. @default "alice" */
  readonly user?: string;
}

/** A running authorization server; see {@link startAuthorizationServer}. */
export interface RunningAuthorizationServer {
  /** Issuer identifier, e.g. `http://127.0.0.1:41234`; discovery is at `${issuer}/.well-known/openid-configuration`. */
  readonly issuer: string;
  readonly jwksUri: string;
  readonly tokenEndpoint: string;
  readonly authorizationEndpoint: string;
  /** The API base URL access tokens are issued for. */
  readonly audience: string;
  readonly clients: SeededClients;
  /** With `encryptedTokens`: the API's private key, which decrypts its access tokens; otherwise undefined. */
  readonly accessTokenDecryptionKey: KeyObject | undefined;
  readonly events: TokenEvents;
  /**
   * Signs a user in without a browser: follows the authorization URL (from
   * `authorizationCode(...).createAuthorizationRequest()`), answers the login and consent pages,
   * and resolves to the callback URL to hand to `handleAuthorizationCallback`. Rejects a URL of any other server.
   */
  signIn(authorizationUrl: URL | string, options?: SignInOptions): Promise<URL>;
  /** Changes the lifetime of access tokens issued from now on. */
  setAccessTokenTtl(seconds: number): void;
  /** The underlying oidc-provider instance, for checks the API above doesn't cover. */
  readonly provider: Provider;
  /** Closes the listener and every open connection. */
  stop(): Promise<void>;
}

const secret = (): string => randomBytes(24).toString("base64url");

/** Starts the server on 127.0.0.1 in this process and resolves once it listens. */
export async function startAuthorizationServer(options: AuthorizationServerOptions): Promise<RunningAuthorizationServer> {
  const audience = new URL(options.audience).href.replace(/\/$/, "");
  let accessTokenTtl = positiveSeconds(options.accessTokenTtlSeconds ?? 600, "accessTokenTtlSeconds");
  const refreshTokenTtl = positiveSeconds(options.refreshTokenTtlSeconds ?? 86_400, "refreshTokenTtlSeconds");
  const idTokenTtl = positiveSeconds(options.idTokenTtlSeconds ?? 3_600, "idTokenTtlSeconds");
  const apiScopes = [...new Set(options.scopes)];
  const allScopes = ["openid", "offline_access", ...apiScopes];
  const redirectUris = [...(options.redirectUris ?? ["http://127.0.0.1/callback"])];

  // The issuer must contain the port, which is known only after listen(): listen first, mount later; until then, 503.
  let handler = async (_req: IncomingMessage, res: ServerResponse): Promise<void> => {
    res.writeHead(503).end();
  };
  const server = createServer((req, res) => {
    // Koa answers its own errors; a rejection here means the socket itself failed.
    handler(req, res).catch((error: unknown) => res.destroy(error instanceof Error ? error : undefined));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const signing = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const signingJwk = { ...signing.privateKey.export({ format: "jwk" }), kid: randomUUID(), use: "sig", alg: "RS256" };
  const clientKey = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const clientKid = randomUUID();
  const clientPublicJwk = { ...clientKey.publicKey.export({ format: "jwk" }), kid: clientKid, use: "sig" };
  const encryption = options.encryptedTokens === true ? createTokenEncryption() : undefined;

  const clients: SeededClients = {
    secretBasic: { clientId: "svc-secret-basic", clientSecret: secret() },
    secretPost: { clientId: "svc-secret-post", clientSecret: secret() },
    privateKeyJwt: {
      clientId: "svc-private-key-jwt",
      privateKeyPem: clientKey.privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
      privateJwk: { ...clientKey.privateKey.export({ format: "jwk" }), kid: clientKid },
      kid: clientKid,
    },
    webApp: {
      clientId: "web-app",
      clientSecret: secret(),
      redirectUri: redirectUris[0] ?? "http://127.0.0.1/callback",
      ...(encryption ? { idTokenDecryptionKeyPem: encryption.idTokenDecryptionKeyPem } : {}),
    },
  };
  const machine = { grant_types: ["client_credentials"], response_types: [], redirect_uris: [], scope: apiScopes.join(" ") };
  const clientMetadata: ClientMetadata[] = [
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
      ...encryption?.clientMetadata,
    },
    ...(options.clients ?? []),
  ];

  const verbose = options.verbose ?? false;
  const { errors, default: ProviderClass } = await withoutDevelopmentWarnings(verbose, () => import("oidc-provider"));
  const recorder = createTokenEventRecorder();
  const configuration: Configuration = {
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
      Session: 3_600,
    },
    features: {
      devInteractions: { enabled: true },
      clientCredentials: { enabled: true },
      revocation: { enabled: true },
      encryption: { enabled: encryption !== undefined },
      dPoP: { enabled: true, nonceSecret: randomBytes(32), requireNonce: () => options.requireDpopNonce === true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => audience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource.replace(/\/$/, "") !== audience) throw new errors.InvalidTarget();
          const jwt = { sign: { alg: "RS256" as const }, ...(encryption ? { encrypt: encryption.accessTokenEncryption } : {}) };
          return { scope: apiScopes.join(" "), audience, accessTokenFormat: "jwt", accessTokenTTL: accessTokenTtl, jwt };
        },
      },
    },
    assertJwtClientAuthClaimsAndHeader: recorder.observeAssertion,
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
      return scriptedLogin(url, signInOptions.user === undefined ? {} : { login: signInOptions.user });
    },
    setAccessTokenTtl(seconds) {
      accessTokenTtl = positiveSeconds(seconds, "setAccessTokenTtl(seconds)");
    },
    provider,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function positiveSeconds(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`${name} must be a positive whole number of seconds`);
  return value;
}
