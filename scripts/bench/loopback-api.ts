import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** A loopback HTTP server answering every request with one small JSON entity, as fast as Node can. */
export async function startLoopbackApi(): Promise<{ origin: string; close(): Promise<void> }> {
  const body = JSON.stringify({ id: "9b2f6a4c-1d3e-4f5a-8b7c-6d5e4f3a2b1c", entityType: "person", firstName: "Ada", lastName: "Lovelace" });
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => response.writeHead(200, { "content-type": "application/json" }).end(body));
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Runs `call` `total` times with `concurrency` in flight; resolves to calls per second. */
export async function measureRate(call: () => Promise<unknown>, total: number, concurrency: number): Promise<number> {
  let started = 0;
  const worker = async () => {
    while (started < total) {
      started += 1;
      await call();
    }
  };
  const begin = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return total / ((performance.now() - begin) / 1000);
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
