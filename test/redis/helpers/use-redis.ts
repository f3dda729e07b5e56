import { afterAll, beforeAll } from "vitest";
import { startRedisServer, type RedisServer } from "../../helpers/redis-server.js";

/** A redis-server for the file's tests, stopped after them; read `.server` inside tests. */
export function useRedisServer(): { readonly server: RedisServer } {
  const holder = {} as { server: RedisServer };
  beforeAll(async () => {
    holder.server = await startRedisServer();
  });
  afterAll(() => holder.server?.stop());
  return holder;
}
