/**
 * Two real processes restored from the same refresh token, calling for several rotations of it:
 * each refresh token is redeemed exactly once (no invalid_grant, so the grant is never revoked),
 * and each rotation is reported by exactly one of them.
 */
import { expect, it } from "vitest";
import { authorizationCode } from "../../src/auth/index.js";
import { useFleet } from "./helpers/use-fleet.js";
import type { CallTally } from "./helpers/fleet-protocol.js";

const fleet = useFleet(2);

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function signIn(): Promise<string> {
  const server = fleet.env.authorizationServer;
  const { clientId, clientSecret, redirectUri } = server.clients.webApp;
  const flow = authorizationCode({
    issuer: server.issuer,
    clientId,
    clientSecret,
    redirectUri,
    scope: ["offline_access", "entity-services.entities.read", "entity-services.contact-info.read"],
  });
  const request = await flow.createAuthorizationRequest();
  const result = await flow.handleAuthorizationCallback(await server.signIn(request.url), request);
  return result.refreshToken!;
}

it("two processes restored from one refresh token: one refresh grant per rotation, no invalid_grant, each rotation reported once", async () => {
  const refreshToken = await signIn();
  // Access tokens of 2 s: a refresh (and a rotation) about every second while they call.
  fleet.env.authorizationServer.setAccessTokenTtl(2);
  const { clientId, clientSecret } = fleet.env.authorizationServer.clients.webApp;
  const setup = fleet.env.setup({ grant: { kind: "refresh-token", clientId, clientSecret, refreshToken } });
  await Promise.all(fleet.workers.map((worker) => worker.request({ op: "setup", setup })));
  const before = fleet.env.grants("refresh_token");
  const errorsBefore = fleet.env.grants("refresh_token", "error");
  await Promise.all(fleet.workers.map((worker) => worker.request({ op: "start-loop", concurrency: 4, operations: ["getEntity", "listAddresses"] })));
  await wait(5_000);
  const tallies = await Promise.all(fleet.workers.map((worker) => worker.request<CallTally>({ op: "stop-loop" })));

  const refreshes = fleet.env.grants("refresh_token") - before;
  const rotations = fleet.workers.reduce((n, worker) => n + worker.events.filter((e) => e.event === "rotated").length, 0);
  expect(
    tallies.reduce((n, t) => n + t.failed, 0),
    JSON.stringify(tallies.flatMap((t) => t.failures)),
  ).toBe(0);
  expect(fleet.env.grants("refresh_token", "error")).toBe(errorsBefore);
  // Several rotations happened, each redeemed once and reported once, fleet-wide.
  expect(refreshes).toBeGreaterThanOrEqual(3);
  expect(rotations).toBe(refreshes);
}, 30_000);
