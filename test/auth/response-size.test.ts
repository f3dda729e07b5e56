/**
 * Responses from the authorization server are capped by decoded size (`maxResponseBytes`): a gzip
 * bomb or an endless chunked body is refused after the cap, not read whole into memory.
 */
import { createGzip } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { clientCredentials } from "../../src/auth/index.js";
import { bearer, startFakeIssuer, type FakeIssuer } from "./helpers/fake-issuer.js";
import { expectAuthError } from "./helpers/fixtures.js";

const MiB = 1024 * 1024;
const BOMB_DECODED = 64 * MiB;

/** `decoded` zero bytes, gzipped, compressed chunk by chunk so the test itself never holds them. */
async function gzipBomb(decoded: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on("data", (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => gzip.on("end", resolve));
  const zeros = Buffer.alloc(MiB);
  for (let sent = 0; sent < decoded; sent += MiB) if (!gzip.write(zeros)) await new Promise((resolve) => gzip.once("drain", resolve));
  gzip.end();
  await done;
  return Buffer.concat(out);
}

/** Chunks of JSON-ish text, `total` bytes in all, counting what was actually handed to the socket. */
function chunked(total: number, sent: { bytes: number }): AsyncIterable<Uint8Array> {
  const chunk = Buffer.alloc(64 * 1024, " ");
  return {
    async *[Symbol.asyncIterator]() {
      yield Buffer.from("{");
      for (; sent.bytes < total; sent.bytes += chunk.length) yield chunk;
    },
  };
}

/** Growth of resident memory over `run`, in bytes (RSS rarely shrinks soon, so it keeps the peak). */
async function rssGrowth(run: () => Promise<unknown>): Promise<number> {
  const before = process.memoryUsage().rss;
  await run();
  return process.memoryUsage().rss - before;
}

let fake: FakeIssuer;
let bomb: Buffer;
beforeAll(async () => {
  [fake, bomb] = await Promise.all([startFakeIssuer(), gzipBomb(BOMB_DECODED)]);
});
beforeEach(() => fake.reset());
afterAll(() => fake.stop());

const source = (extra: { maxResponseBytes?: number } = {}) =>
  clientCredentials({ issuer: fake.issuer, clientId: "svc", clientSecret: "a-long-enough-secret", timeoutMs: 20_000, ...extra });
const gzipped = { "content-type": "application/json", "content-encoding": "gzip" };

describe("a gzip bomb", () => {
  it("as discovery (under 1 MiB on the wire, 64 MiB decoded) is AUTH_DISCOVERY_FAILED, without reading it whole", async () => {
    expect(bomb.length).toBeLessThan(MiB);
    fake.discovery = () => ({ headers: gzipped, body: bomb });
    let err: unknown;
    const growth = await rssGrowth(async () => {
      err = await expectAuthError(source().getToken(["x"]), "AUTH_DISCOVERY_FAILED");
    });
    expect((err as Error).message).toMatch(/larger than 1048576 bytes.*raise the source's `maxResponseBytes`/);
    expect(growth).toBeLessThan(BOMB_DECODED / 2);
    expect(fake.tokenRequests).toHaveLength(0);
  });

  it("from the token endpoint is AUTH_TOKEN_ENDPOINT_ERROR, without reading it whole", async () => {
    fake.handler = () => ({ headers: gzipped, body: bomb });
    let err: unknown;
    const growth = await rssGrowth(async () => {
      err = await expectAuthError(source().getToken(["x"]), "AUTH_TOKEN_ENDPOINT_ERROR");
    });
    expect((err as Error).message).toMatch(/token endpoint's answer .* larger than 1048576 bytes/);
    expect(growth).toBeLessThan(BOMB_DECODED / 2);
  });
});

describe("a chunked body without Content-Length", () => {
  it("is refused once past the cap; the rest is never sent", async () => {
    const total = 64 * MiB;
    const sent = { bytes: 0 };
    fake.handler = () => ({ body: chunked(total, sent) });
    const err = await expectAuthError(source().getToken(["x"]), "AUTH_TOKEN_ENDPOINT_ERROR");
    expect(err.message).toMatch(/larger than 1048576 bytes/);
    // The client hung up: the server stopped well before the end (socket buffers hold a few MiB at most).
    expect(sent.bytes).toBeLessThan(total / 4);
  });

  it("within the cap is read normally", async () => {
    const token = bearer().body as Record<string, unknown>;
    const json = Buffer.from(JSON.stringify(token));
    fake.handler = () => ({
      body: {
        async *[Symbol.asyncIterator]() {
          for (let i = 0; i < json.length; i += 7) yield json.subarray(i, i + 7);
        },
      },
    });
    expect((await source().getToken(["x"])).value).toBe(token["access_token"]);
  });
});

describe("maxResponseBytes", () => {
  const padded = (size: number) => (m: Record<string, unknown>) => ({ body: { ...m, padding: " ".repeat(size) } });

  it("a declared Content-Length over the cap is refused", async () => {
    fake.discovery = padded(2 * MiB);
    await expectAuthError(source().getToken(["x"]), "AUTH_DISCOVERY_FAILED");
  });

  it("can be raised for an authorization server that sends more", async () => {
    fake.discovery = padded(2 * MiB);
    await expect(source({ maxResponseBytes: 4 * MiB }).getToken(["x"])).resolves.toMatchObject({ type: "Bearer" });
  });

  it("can be lowered", async () => {
    await expectAuthError(source({ maxResponseBytes: 64 }).getToken(["x"]), "AUTH_DISCOVERY_FAILED");
  });

  it.each([0, -1, 1.5, Number.NaN, "1000"])("%s is AUTH_INVALID_OPTIONS", async (maxResponseBytes) => {
    await expectAuthError(() => source({ maxResponseBytes: maxResponseBytes as number }), "AUTH_INVALID_OPTIONS");
  });
});
