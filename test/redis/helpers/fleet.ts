/**
 * Real child processes sharing one Redis, one authorization server and one API, for the fleet
 * tests and the fleet benchmark: each worker is `node --import tsx fleet-worker.ts`, driven over IPC.
 * Grants are counted at the authorization server, API requests at the API server.
 */
import { fork, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { scopeDescriptions } from "../../../generated/operations.js";
import { startAuthorizationServer, type RunningAuthorizationServer } from "../../../src/sandbox/authorization-server.js";
import { sendJson, startTestApiServer, type TestApiServer } from "../../helpers/api-server.js";
import { startRedisServer, type RedisServer } from "../../helpers/redis-server.js";
import type { WorkerCommand, WorkerEvent, WorkerGrant, WorkerReply, WorkerSetup } from "./fleet-protocol.js";

const workerScript = fileURLToPath(new URL("./fleet-worker.ts", import.meta.url));

type Command = WorkerCommand extends infer C ? (C extends unknown ? Omit<C, "id"> : never) : never;

/** One worker process. */
export interface FleetWorker {
  readonly pid: number;
  /** What it reported on its own so far. */
  readonly events: WorkerEvent[];
  /** Sends a command and resolves to its result (rejects with the worker's error text). */
  request<T>(command: Command): Promise<T>;
  /** Resolves once it has reported an event matching `matches`. */
  waitFor(matches: (event: WorkerEvent) => boolean): Promise<void>;
  /** Kills it with `signal` and waits for it to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

function startWorker(): Promise<FleetWorker> {
  const child: ChildProcess = fork(workerScript, { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const events: WorkerEvent[] = [];
  const pending = new Map<number, (reply: WorkerReply) => void>();
  const watchers = new Set<() => void>();
  let nextId = 1;
  child.on("message", (message: WorkerEvent | WorkerReply) => {
    if ("event" in message) {
      events.push(message);
      for (const watcher of watchers) watcher();
    } else pending.get(message.id)?.(message);
  });
  const waitFor = (matches: (event: WorkerEvent) => boolean): Promise<void> =>
    new Promise((resolve) => {
      const check = (): void => {
        if (!events.some(matches)) return;
        watchers.delete(check);
        resolve();
      };
      watchers.add(check);
      check();
    });
  const worker: FleetWorker = {
    pid: child.pid ?? -1,
    events,
    request<T>(command: Command) {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, (reply) => {
          pending.delete(id);
          if (reply.ok) resolve(reply.result as T);
          else reject(new Error(reply.error));
        });
        child.send({ ...command, id });
      });
    },
    waitFor,
    async kill(signal = "SIGTERM") {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, "exit");
      child.kill(signal);
      await exited;
    },
  };
  return waitFor((event) => event.event === "ready").then(() => worker);
}

/** Starts `count` workers in parallel. */
export function startWorkers(count: number): Promise<FleetWorker[]> {
  return Promise.all(Array.from({ length: count }, startWorker));
}

/** The servers a fleet shares. */
export interface FleetEnvironment {
  readonly redis: RedisServer;
  readonly authorizationServer: RunningAuthorizationServer;
  readonly api: TestApiServer;
  readonly serviceRoot: string;
  readonly institution: string;
  /** A setup for one scenario: a fresh key prefix, the client-credentials grant unless told otherwise. */
  setup(extra?: Partial<WorkerSetup> & { grant?: WorkerGrant }): WorkerSetup;
  /** Successful grants of `grantType` so far. */
  grants(grantType?: string, outcome?: "success" | "error"): number;
  stop(): Promise<void>;
}

let scenarios = 0;

/** Starts Redis, the sandbox's authorization server and an API answering 200 to everything. */
export async function startFleetEnvironment(): Promise<FleetEnvironment> {
  const [redis, api] = await Promise.all([startRedisServer(), startTestApiServer()]);
  api.handle((_, response) => sendJson(response, 200, { entityId: "9b2f6a4c-1d3e-4f5a-8b7c-6d5e4f3a2b1c" }));
  const serviceRoot = `${api.origin}/a/api/entity-svcs/v1`;
  const authorizationServer = await startAuthorizationServer({ scopes: Object.keys(scopeDescriptions), audience: serviceRoot, accessTokenTtlSeconds: 600 });
  const encryptionKey = randomBytes(32).toString("base64url");
  const { clientId, clientSecret } = authorizationServer.clients.secretBasic;
  return {
    redis,
    authorizationServer,
    api,
    serviceRoot,
    institution: "4e3cde86-37ea-48bb-adef-4f820ba70b0f",
    setup: (extra = {}) => ({
      redisUrl: redis.url,
      encryptionKey,
      keyPrefix: `scenario${(scenarios += 1)}`,
      leaseMs: 1_000,
      issuer: authorizationServer.issuer,
      grant: { kind: "client-credentials", clientId, clientSecret },
      serviceRoot,
      institution: "4e3cde86-37ea-48bb-adef-4f820ba70b0f",
      ...extra,
    }),
    grants: (grantType = "client_credentials", outcome = "success") => authorizationServer.events.count({ grantType, outcome }),
    async stop() {
      await Promise.allSettled([redis.stop(), api.close(), authorizationServer.stop()]);
    },
  };
}
