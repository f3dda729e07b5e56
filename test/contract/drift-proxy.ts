/**
 * A loopback API for contract-check tests: a node:http proxy in front of the sandbox API that
 * answers for it, except where a test plants drift. It records every request (method, path,
 * the Authorization header it got) and every string value of every upstream answer, and talks
 * to the sandbox with its own all-scope token, so the client under test may get its tokens from
 * another authorization server (one that refuses a scope).
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { clientCredentials, operations, scopeDescriptions } from "../../src/index.js";
import type { RunningSandbox } from "../../src/sandbox/index.js";

/** An answer as the proxy is about to send it; plants and transforms change it. */
export interface ProxiedAnswer {
  status: number;
  headers: Record<string, string>;
  /** Parsed JSON when the body was JSON, else the raw text. */
  body: unknown;
}

/** Changes the upstream answer of one operation. */
export type Plant = (upstream: ProxiedAnswer) => ProxiedAnswer;

/** A running proxy. */
export interface DriftProxy {
  /** The service root to point the client at (`…/a/api/entity-svcs/v1`). */
  readonly baseUrl: string;
  readonly requests: { method: string; path: string; operationId: string | undefined; authorization: string | undefined }[];
  /** Every string value seen in an upstream body (ids, names, dates): none may reach a report. */
  readonly upstreamStrings: Set<string>;
  stop(): Promise<void>;
}

/** What the proxy does with answers. */
export interface DriftProxyOptions {
  readonly plants?: Partial<Record<string, Plant>>;
  /** Applied to every answer after any plant. */
  readonly transform?: (answer: ProxiedAnswer) => ProxiedAnswer;
}

const routes = Object.values(operations).map((operation) => ({
  operation,
  pattern: new RegExp(`^${operation.path.replace(/\{[^{}]+\}/g, "[^/]+")}$`),
}));

/** Starts the proxy on 127.0.0.1 in front of `sandbox`. */
export async function startDriftProxy(sandbox: RunningSandbox, options: DriftProxyOptions = {}): Promise<DriftProxy> {
  const upstream = new URL(sandbox.baseUrl);
  const root = `${upstream.pathname}/${sandbox.institutionUniversalId}`;
  const { secretBasic } = sandbox.credentials;
  const upstreamAuth = clientCredentials({ issuer: sandbox.issuer, clientId: secretBasic.clientId, clientSecret: secretBasic.clientSecret });
  const allScopes = Object.keys(scopeDescriptions);
  const requests: DriftProxy["requests"] = [];
  const upstreamStrings = new Set<string>();

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", "http://proxy");
      const resource = url.pathname.startsWith(`${root}/`) ? url.pathname.slice(root.length) : url.pathname;
      const operationId = routes.find(({ operation, pattern }) => operation.method === request.method && pattern.test(resource))?.operation.operationId;
      requests.push({ method: request.method ?? "", path: url.pathname, operationId, authorization: request.headers.authorization });
      let answer = await forward(request, `${upstream.origin}${url.pathname}${url.search}`, (await upstreamAuth.getToken(allScopes)).value);
      collectStrings(answer.body, upstreamStrings);
      const plant = operationId === undefined ? undefined : options.plants?.[operationId];
      if (plant) answer = plant(answer);
      if (options.transform) answer = options.transform(answer);
      const text = answer.body === undefined ? "" : typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
      response.writeHead(answer.status, answer.headers).end(text);
    })().catch((error: unknown) => response.writeHead(502, { "content-type": "text/plain" }).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${upstream.pathname}`,
    requests,
    upstreamStrings,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function forward(request: IncomingMessage, url: string, token: string): Promise<ProxiedAnswer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const name of ["accept", "content-type", "x-request-id"]) {
    const value = request.headers[name];
    if (typeof value === "string") headers.set(name, value);
  }
  headers.set("authorization", `Bearer ${token}`);
  const response = await fetch(url, { method: request.method ?? "GET", headers, ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}) });
  const text = await response.text();
  const answerHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!["content-length", "transfer-encoding", "connection", "keep-alive", "date"].includes(name)) answerHeaders[name] = value;
  });
  let body: unknown = text === "" ? undefined : text;
  if (/json/.test(response.headers.get("content-type") ?? "")) body = JSON.parse(text) as unknown;
  return { status: response.status, headers: answerHeaders, body };
}

function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === "string") into.add(value);
  else if (Array.isArray(value)) value.forEach((item) => collectStrings(item, into));
  else if (typeof value === "object" && value !== null) Object.values(value).forEach((item) => collectStrings(item, into));
}
