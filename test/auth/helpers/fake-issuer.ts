/**
 * A tiny loopback issuer for the cases a real authorization server won't produce: no
 * `expires_in`, 5xx, non-JSON, odd token types, hangs, forged ID tokens. It serves discovery,
 * a JWKS and a token endpoint whose answers each test scripts.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeTokenResponse {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * An object is sent as JSON; a string as it is (text/html); bytes as they are, and an async
   * iterable of bytes chunk by chunk (chunked, no Content-Length, stopping when the client hangs up),
   * both as application/json unless `headers` say otherwise.
   */
  readonly body?: unknown;
}

export interface TokenRequest {
  readonly body: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
}

/** "hang" never answers (until the server stops). */
export type TokenHandler = (request: TokenRequest) => FakeTokenResponse | "hang" | Promise<FakeTokenResponse | "hang">;

export interface FakeIssuer {
  readonly issuer: string;
  readonly tokenEndpoint: string;
  tokenRequests: TokenRequest[];
  discoveryRequests: number;
  handler: TokenHandler;
  /** Rewrites the discovery document (or replaces the whole answer). */
  discovery: (metadata: Record<string, unknown>) => FakeTokenResponse;
  /** Signs claims as an RS256 JWT with the key published in this issuer's JWKS. */
  signJwt(claims: Record<string, unknown>): Promise<string>;
  /** Back to a well-behaved issuer with no recorded requests. */
  reset(): void;
  stop(): Promise<void>;
}

const b64u = (data: string | ArrayBuffer): string => Buffer.from(typeof data === "string" ? Buffer.from(data) : new Uint8Array(data)).toString("base64url");

export const bearer = (extra: Record<string, unknown> = {}): FakeTokenResponse => ({
  body: { access_token: `at-${Math.random().toString(36).slice(2)}`, token_type: "Bearer", expires_in: 600, ...extra },
});

export async function startFakeIssuer(handler: TokenHandler = () => bearer()): Promise<FakeIssuer> {
  // RSA key generation is slow on a busy machine; only tests that sign pay for it.
  let keys: Promise<CryptoKeyPair> | undefined;
  const signingKeys = (): Promise<CryptoKeyPair> =>
    (keys ??= crypto.subtle.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign", "verify"]));
  const publicJwk = async () => ({ ...(await crypto.subtle.exportKey("jwk", (await signingKeys()).publicKey)), kid: "fake-1", alg: "RS256", use: "sig" });

  const server = createServer((req, res) => {
    const send = (r: FakeTokenResponse): void => {
      const isText = typeof r.body === "string";
      res.writeHead(r.status ?? 200, { "content-type": isText ? "text/html" : "application/json", ...r.headers });
      if (isAsyncIterable(r.body)) void stream(res, r.body);
      else res.end(r.body === undefined ? "" : isText || r.body instanceof Uint8Array ? r.body : JSON.stringify(r.body));
    };
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = new URL(req.url ?? "/", fake.issuer).pathname;
      if (path === "/.well-known/openid-configuration") {
        fake.discoveryRequests++;
        send(
          fake.discovery({
            issuer: fake.issuer,
            token_endpoint: fake.tokenEndpoint,
            authorization_endpoint: `${fake.issuer}/auth`,
            jwks_uri: `${fake.issuer}/jwks`,
            id_token_signing_alg_values_supported: ["RS256"],
          }),
        );
      } else if (path === "/jwks") {
        void publicJwk().then((jwk) => send({ body: { keys: [jwk] } }));
      } else if (path === "/token" && req.method === "POST") {
        const request = { body: new URLSearchParams(Buffer.concat(chunks).toString()), headers: req.headers };
        fake.tokenRequests.push(request);
        void Promise.resolve(fake.handler(request)).then((r) => {
          if (r !== "hang") send(r);
        });
      } else {
        send({ status: 404, body: { error: "not_found" } });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fake: FakeIssuer = {
    issuer,
    tokenEndpoint: `${issuer}/token`,
    tokenRequests: [],
    discoveryRequests: 0,
    handler,
    discovery: (metadata) => ({ body: metadata }),
    async signJwt(claims) {
      const input = `${b64u(JSON.stringify({ alg: "RS256", kid: "fake-1", typ: "JWT" }))}.${b64u(JSON.stringify(claims))}`;
      const signature = await crypto.subtle.sign("RSASSA-PKCS1-v1_5", (await signingKeys()).privateKey, new TextEncoder().encode(input));
      return `${input}.${b64u(signature)}`;
    },
    reset() {
      fake.tokenRequests = [];
      fake.discoveryRequests = 0;
      fake.handler = handler;
      fake.discovery = (metadata) => ({ body: metadata });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return fake;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array> {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value;
}

/** Writes `chunks` with backpressure; stops as soon as the client has gone. */
async function stream(res: ServerResponse, chunks: AsyncIterable<Uint8Array>): Promise<void> {
  for await (const chunk of chunks) {
    if (res.destroyed) return;
    if (!res.write(chunk)) await drainedOrClosed(res);
  }
  res.end();
}

/** Resolves on the next `drain` or `close`, leaving no listener behind. */
function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}

/** A loopback port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
