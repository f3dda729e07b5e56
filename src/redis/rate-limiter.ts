/**
 * A fleet-wide request rate on rate-limiter-flexible's Redis limiter (loaded when first used, so
 * the package is needed only with `rateLimit`). While Redis is unavailable each process keeps the
 * same rate on its own, in memory: a fleet of N processes may then send up to N times the rate.
 */
import { InvalidOptionsError } from "../errors/invalid-options-error.js";
import type { RateLimiter } from "../store/shared-store.js";
import { sleep } from "../utils/sleep.js";
import type { RedisHealth } from "./health.js";
import type { RedisConnection } from "./redis-store.js";

/** What {@link createRedisRateLimiter} needs. */
export interface RedisRateLimiterSettings {
  readonly redis: RedisConnection;
  readonly health: RedisHealth;
  readonly keyPrefix: string;
  readonly name: string;
  readonly requestsPerSecond: number;
}

/** Takes one point (a request) and resolves to 0, or to the ms until the next point frees up. */
type Take = () => Promise<number>;

async function load(settings: RedisRateLimiterSettings): Promise<Take> {
  const { redis, health, keyPrefix, name, requestsPerSecond: points } = settings;
  let flexible: typeof import("rate-limiter-flexible");
  try {
    flexible = await import("rate-limiter-flexible");
  } catch {
    throw new InvalidOptionsError("rateLimit needs the rate-limiter-flexible package: npm install rate-limiter-flexible");
  }
  const { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } = flexible;
  const shared = new RateLimiterRedis({ storeClient: redis, useRedisPackage: true, points, duration: 1, keyPrefix });
  const local = new RateLimiterMemory({ points, duration: 1, keyPrefix });
  const isVerdict = (error: unknown): error is InstanceType<typeof RateLimiterRes> => error instanceof RateLimiterRes;
  // A verdict ("no point left") is an answer: wait for the next point; anything else is a failure.
  const waitOf = (consumed: Promise<unknown>): Promise<number> =>
    consumed.then(
      () => 0,
      (error: unknown) => {
        if (isVerdict(error)) return Math.max(1, error.msBeforeNext);
        throw error;
      },
    );
  return async () => {
    try {
      return await waitOf(
        health.run(
          () => redis.isReady,
          () => shared.consume(name),
          isVerdict,
        ),
      );
    } catch {
      return waitOf(local.consume(name));
    }
  };
}

/** A limiter of `requestsPerSecond` shared by every process using `name` on this Redis. */
export function createRedisRateLimiter(settings: RedisRateLimiterSettings): RateLimiter {
  let take: Promise<Take> | undefined;
  return {
    async acquire(signal) {
      take ??= load(settings);
      const next = await take;
      for (let wait = await next(); wait > 0; wait = await next()) await sleep(wait, signal);
    },
  };
}
