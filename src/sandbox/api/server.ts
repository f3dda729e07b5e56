/**
 * The API's HTTP listener on 127.0.0.1: reads each request (body capped), settles its
 * `X-Request-ID`, hands it to the pipeline and writes the answer. Listens before it is mounted,
 * because the authorization server must know the API's URL (the token audience) first.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { serialize, type ApiRequest } from "./pipeline.js";
import { maxBodyBytes, maxNestingDepth, nestsDeeperThan, readBody } from "./request-body.js";
import type { WireResponse } from "./response-check.js";
import { badRequest } from "./responses.js";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A listening server waiting for its request handler. */
export interface ApiServer {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  /** Starts answering with `handle`; until then every request gets 503. */
  mount(handle: (request: ApiRequest) => Promise<WireResponse>): void;
  /** Closes the listener and every open connection. */
  stop(): Promise<void>;
}

/** Listens on 127.0.0.1:`port` (0: an ephemeral port). */
export async function listenApiServer(port = 0): Promise<ApiServer> {
  let handle: ((request: ApiRequest) => Promise<WireResponse>) | undefined;
  let origin = "http://127.0.0.1";
  const server = createServer((incoming, outgoing) => {
    const requestId = settleRequestId(incoming.headers["x-request-id"]);
    const answer = async (): Promise<WireResponse> => {
      if (!handle) return serialize({ status: 503, headers: { "retry-after": "1" } }, requestId);
      const body = await readBody(incoming);
      if (body === undefined) return refuse(`The body exceeds ${maxBodyBytes} bytes.`, "maxBytes", requestId);
      if (nestsDeeperThan(body, maxNestingDepth)) return refuse(`The body nests arrays and objects deeper than ${maxNestingDepth} levels.`, "maxDepth", requestId);
      const url = requestUrl(incoming, origin);
      return handle({ method: incoming.method ?? "GET", url, headers: incoming.headers, body, requestId });
    };
    answer().then(
      (response) => {
        outgoing.writeHead(response.status, response.headers).end(response.bytes);
      },
      (error: unknown) => {
        // The pipeline turns every failure into a response; reaching this means the socket itself failed.
        outgoing.destroy(error instanceof Error ? error : undefined);
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    mount(next) {
      handle = next;
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

// The URL as the client called it (Host included): DPoP proofs are bound to it.
function requestUrl(incoming: IncomingMessage, origin: string): URL {
  const path = incoming.url ?? "/";
  try {
    return new URL(`${incoming.headers.host ? `http://${incoming.headers.host}` : origin}${path}`);
  } catch {
    return new URL(path, origin);
  }
}

// Echo the caller's id when it is a uuid (the spec's schema); otherwise answer under a fresh one.
function settleRequestId(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && uuid.test(value) ? value : randomUUID();
}

// A body refused before it is parsed, as the validator would name it: the whole body, with the rule it broke.
function refuse(detail: string, rule: string, requestId: string): WireResponse {
  return serialize(badRequest([detail], { violations: [{ in: "body", name: "", rule }] }).toResponse(), requestId);
}
