/**
 * One process of a fleet, run by the fleet tests and benchmark with `node --import tsx`: it builds a
 * Redis store, a token source and a client as an application would, and makes the calls it is told
 * to, over IPC. It never sends a token over IPC or prints one.
 */
import { createClient } from "redis";
import { clientCredentials, createEntityManagementClient, refreshTokenSource, type EntityManagementClient, type TokenSource } from "../../../src/index.js";
import { createRedisStore, type RedisStore } from "../../../src/redis/index.js";
import { requestUrl } from "../../helpers/request-url.js";
import type { CallTally, WorkerCommand, WorkerEvent, WorkerOperation, WorkerReply, WorkerSetup } from "./fleet-protocol.js";

const entityId = "9b2f6a4c-1d3e-4f5a-8b7c-6d5e4f3a2b1c";
const send = (message: WorkerEvent | WorkerReply): void => void process.send?.(message);

let current: { store: RedisStore; auth: TokenSource; client: EntityManagementClient } | undefined;
let loop: { stop: boolean; ok: number; failed: number; failures: string[]; done: Promise<unknown> } | undefined;

function setUp(setup: WorkerSetup): void {
  const store = createRedisStore({
    redis: createClient({ url: setup.redisUrl }),
    encryptionKey: setup.encryptionKey,
    keyPrefix: setup.keyPrefix,
    leaseMs: setup.leaseMs,
    ...(setup.commandTimeoutMs === undefined ? {} : { commandTimeoutMs: setup.commandTimeoutMs }),
    logger: {
      warn: (message, fields) => send({ event: "log", level: "warn", message: `${message} ${JSON.stringify(fields)}` }),
      info: (message, fields) => send({ event: "log", level: "info", message: `${message} ${JSON.stringify(fields)}` }),
    },
  });
  const stall: typeof fetch = async (input, init) => {
    if (!requestUrl(input).endsWith("/token")) return fetch(input, init);
    send({ event: "token-request" });
    return new Promise<never>(() => undefined);
  };
  const common = { issuer: setup.issuer, clientId: setup.grant.clientId, clientSecret: setup.grant.clientSecret, store, ...(setup.stallTokenRequests ? { fetch: stall } : {}) };
  const auth =
    setup.grant.kind === "client-credentials"
      ? clientCredentials(common)
      : refreshTokenSource({ ...common, refreshToken: setup.grant.refreshToken, onRefreshTokenRotated: () => send({ event: "rotated" }) });
  const client = createEntityManagementClient({
    baseUrl: setup.serviceRoot,
    institutionUniversalId: setup.institution,
    auth,
    store,
    retry: false,
    ...(setup.rateLimit ? { rateLimit: { requestsPerSecond: setup.rateLimit } } : {}),
  });
  current = { store, auth, client };
}

function call(client: EntityManagementClient, operation: WorkerOperation): Promise<string | undefined> {
  const params = { params: { path: { EntityId: entityId } } };
  const sent = operation === "getEntity" ? client.GET("/entities/{EntityId}", params) : client.GET("/entities/{EntityId}/addresses", params);
  return sent.then(
    ({ response }) => (response.ok ? undefined : `HTTP ${response.status}`),
    (error: { code?: string }) => error.code ?? "error",
  );
}

async function calls(count: number, operations: readonly WorkerOperation[]): Promise<CallTally> {
  const { client } = ready();
  let firstAt = 0;
  const outcomes = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      call(client, operations[i % operations.length]!).then((failure) => {
        firstAt ||= Date.now();
        return failure;
      }),
    ),
  );
  const failures = outcomes.filter((f): f is string => f !== undefined);
  return { ok: count - failures.length, failed: failures.length, failures: failures.slice(0, 5), firstAt, endedAt: Date.now() };
}

function startLoop(concurrency: number, operations: readonly WorkerOperation[]): void {
  const { client } = ready();
  const state = { stop: false, ok: 0, failed: 0, failures: [] as string[], done: Promise.resolve() as Promise<unknown> };
  const lane = async (lane: number): Promise<void> => {
    for (let i = lane; !state.stop; i += concurrency) {
      const failure = await call(client, operations[i % operations.length]!);
      if (failure === undefined) state.ok += 1;
      else {
        state.failed += 1;
        if (state.failures.length < 5) state.failures.push(failure);
      }
    }
  };
  state.done = Promise.all(Array.from({ length: concurrency }, (_, i) => lane(i)));
  loop = state;
}

function ready(): NonNullable<typeof current> {
  if (!current) throw new Error("send a setup command first");
  return current;
}

async function run(command: WorkerCommand): Promise<unknown> {
  switch (command.op) {
    case "setup":
      await current?.store.close();
      setUp(command.setup);
      return null;
    case "calls":
      return calls(command.count, command.operations);
    case "start-loop":
      startLoop(command.concurrency, command.operations);
      return null;
    case "stop-loop": {
      const state = loop;
      if (!state) throw new Error("no loop running");
      state.stop = true;
      await state.done;
      return { ok: state.ok, failed: state.failed, failures: state.failures, firstAt: 0, endedAt: Date.now() } satisfies CallTally;
    }
    case "token": {
      const { operations } = await import("../../../generated/operations.js");
      const started = performance.now();
      await ready().auth.getToken(operations[command.operation].scopes);
      return { ms: performance.now() - started, at: Date.now() };
    }
  }
}

process.on("message", (command: WorkerCommand) => {
  run(command).then(
    (result) => send({ id: command.id, ok: true, result }),
    (error: unknown) => send({ id: command.id, ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
  );
});
process.on("disconnect", () => process.exit(0));
send({ event: "ready" });
