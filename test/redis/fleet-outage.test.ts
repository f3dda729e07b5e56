/**
 * Redis is never a single point of failure: real processes calling without pause while Redis is
 * stopped and started again. No call fails, each process logs one warn line for the outage, and
 * once Redis is back the fleet shares its tokens again.
 */
import { expect, it } from "vitest";
import { callsThroughOutage } from "./helpers/fleet-scenarios.js";
import { useFleet } from "./helpers/use-fleet.js";

const fleet = useFleet(4);

it("Redis stopped mid-run: 0 failed calls, one warn line per process, and sharing resumes when it is back", async () => {
  const result = await callsThroughOutage(fleet.env, fleet.workers, { tokenSeconds: 2, downMs: 2_500, windowMs: 3_000 });
  expect(result.failed, JSON.stringify(result.failures)).toBe(0);
  expect(result.callsPerProcess.every((calls) => calls > 100)).toBe(true);
  expect(result.warnLines).toEqual([1, 1, 1, 1]);
  // 2 scope sets, a refresh about every 0.8-1 s for 3 s: about 6-8 grants shared; alone, 4 processes would make 4 times that.
  expect(result.grantsAfterResume).toBeGreaterThan(0);
  expect(result.grantsAfterResume).toBeLessThanOrEqual(10);
}, 30_000);
