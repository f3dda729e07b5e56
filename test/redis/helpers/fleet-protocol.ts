/** What the fleet tests (and the fleet benchmark) say to their worker processes over IPC, and what the workers answer. */

/** How a worker gets its tokens. */
export type WorkerGrant =
  | { readonly kind: "client-credentials"; readonly clientId: string; readonly clientSecret: string }
  | { readonly kind: "refresh-token"; readonly clientId: string; readonly clientSecret: string; readonly refreshToken: string };

/** Everything a worker builds its store, token source and client from. */
export interface WorkerSetup {
  readonly redisUrl: string;
  readonly encryptionKey: string;
  readonly keyPrefix: string;
  readonly leaseMs: number;
  readonly issuer: string;
  readonly grant: WorkerGrant;
  /** The API's service root (`…/a/api/entity-svcs/v1`). */
  readonly serviceRoot: string;
  readonly institution: string;
  readonly rateLimit?: number;
  /** Token requests never get an answer (this worker takes a lease and is then killed). */
  readonly stallTokenRequests?: boolean;
  /** The store's `commandTimeoutMs`, if not its default. */
  readonly commandTimeoutMs?: number;
}

/** Operations the workers call: two scope sets. */
export type WorkerOperation = "getEntity" | "listAddresses";

/** A request to a worker; each is answered by one {@link WorkerReply} with the same id. */
export type WorkerCommand =
  | { readonly id: number; readonly op: "setup"; readonly setup: WorkerSetup }
  | { readonly id: number; readonly op: "calls"; readonly count: number; readonly operations: readonly WorkerOperation[] }
  | { readonly id: number; readonly op: "start-loop"; readonly concurrency: number; readonly operations: readonly WorkerOperation[] }
  | { readonly id: number; readonly op: "stop-loop" }
  | { readonly id: number; readonly op: "token"; readonly operation: WorkerOperation };

/** How a batch of calls went. */
export interface CallTally {
  readonly ok: number;
  readonly failed: number;
  /** Error codes or statuses of the failures (a few). */
  readonly failures: readonly string[];
  /** `Date.now()` when the first call finished. */
  readonly firstAt: number;
  /** `Date.now()` when the last call finished. */
  readonly endedAt: number;
}

/** A worker's answer to the command with `id`. */
export type WorkerReply = { readonly id: number; readonly ok: true; readonly result: unknown } | { readonly id: number; readonly ok: false; readonly error: string };

/** Something a worker reports on its own. */
export type WorkerEvent =
  | { readonly event: "ready" }
  | { readonly event: "token-request" }
  | { readonly event: "rotated" }
  | { readonly event: "log"; readonly level: "warn" | "info"; readonly message: string };
