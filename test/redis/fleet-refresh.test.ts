/**
 * Two real processes restored from the same refresh token, calling for several rotations of it:
 * each refresh token is redeemed exactly once (no invalid_grant, so the grant is never revoked),
 * and each rotation is reported by exactly one of them.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { authorizationCode } from "../../src/auth/index.js";
import { startFleetEnvironment, startWorkers, type FleetEnvironment, type FleetWorker } from "./helpers/fleet.js";
import type { CallTally } from "./helpers/fleet-protocol.js";

let env: FleetEnvironment;
let workers: FleetWorker[];
beforeAll(async () => {
  [env, workers] = await Promise.all([startFleetEnvironment(), startWorkers(2)]);
}, 60_000);
afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.kill()));
  await env.stop();
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function signIn(): Promise<string> {
  const server = env.authorizationServer;
  const { clientId, clientSecret, redirectUri } = server.clients.webApp;
  const flow = authorizationCode({ issuer: server.issuer, clientId, clientSecret, redirectUri, scope: ["offline_access", "entity-services.entities.read", "entity-services.contact-info.read"] });
  const request = await flow.createAuthorizationRequest();
  const result = await flow.handleAuthorizationCallback(await server.signIn(request.url), request);
  return result.refreshToken!;
}

it("two processes restored from one refresh token: one refresh grant per rotation, no invalid_grant, each rotation reported once", async () => {
  const refreshToken = await signIn();
  // Access tokens of 2 s: a refresh (and a rotation) about every second while they call.
  env.authorizationServer.setAccessTokenTtl(2);
  const { clientId, clientSecret } = env.authorizationServer.clients.webApp;
  const setup = env.setup({ grant: { kind: "refresh-token", clientId, clientSecret, refreshToken } });
  await Promise.all(workers.map((worker) => worker.request({ op: "setup", setup })));
  const before = env.grants("refresh_token");
  const errorsBefore = env.grants("refresh_token", "error");
  await Promise.all(workers.map((worker) => worker.request({ op: "start-loop", concurrency: 4, operations: ["getEntity", "listAddresses"] })));
  await wait(5_000);
  const tallies = await Promise.all(workers.map((worker) => worker.request<CallTally>({ op: "stop-loop" })));

  const refreshes = env.grants("refresh_token") - before;
  const rotations = workers.reduce((n, worker) => n + worker.events.filter((e) => e.event === "rotated").length, 0);
  expect(tallies.reduce((n, t) => n + t.failed, 0), JSON.stringify(tallies.flatMap((t) => t.failures))).toBe(0);
  expect(env.grants("refresh_token", "error")).toBe(errorsBefore);
  // Several rotations happened, each redeemed once and reported once, fleet-wide.
  expect(refreshes).toBeGreaterThanOrEqual(3);
  expect(rotations).toBe(refreshes);
}, 30_000);
