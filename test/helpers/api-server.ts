import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A request as the test API server received it. */
export interface ReceivedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage["headers"];
  readonly body: string;
}

/** Answers one request; may also destroy the socket or never answer, to misbehave on purpose. */
export type Handler = (request: ReceivedRequest, response: ServerResponse) => unknown;

/** A real HTTP server on 127.0.0.1 whose behaviour each test sets, recording every request. */
export interface TestApiServer {
  readonly origin: string;
  readonly requests: ReceivedRequest[];
  handle(handler: Handler): void;
  close(): Promise<void>;
}

/** Starts a {@link TestApiServer} on an ephemeral port. */
export async function startTestApiServer(): Promise<TestApiServer> {
  let handler: Handler = (_, response) => {
    response.writeHead(500).end();
  };
  const requests: ReceivedRequest[] = [];
  const receive = async (incoming: IncomingMessage, response: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const request = { method: incoming.method ?? "", url: incoming.url ?? "", headers: incoming.headers, body: Buffer.concat(chunks).toString() };
    requests.push(request);
    await handler(request, response);
  };
  const server = createServer((incoming, response) => {
    // A handler that throws is a bug in the test: reset the socket so the client doesn't hang, and leave the rejection for vitest to report.
    void receive(incoming, response).catch((error: unknown) => {
      response.destroy();
      throw error;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    handle(next) {
      handler = next;
      requests.length = 0;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Writes a JSON (or problem+json) answer. */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const type = status >= 400 ? "application/problem+json" : "application/json";
  response.writeHead(status, { "content-type": type, ...headers }).end(JSON.stringify(body));
}
