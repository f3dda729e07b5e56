import { fork } from "node:child_process";
import { once } from "node:events";

/** Starts scripts/bench/loopback-server.ts in a child process and resolves to its origin. */
export async function startLoopbackApi(): Promise<{ origin: string; close(): Promise<void> }> {
  const child = fork("scripts/bench/loopback-server.ts", { execArgv: ["--import", "tsx"], stdio: ["ignore", "pipe", "inherit", "ipc"] });
  const [port] = (await once(child.stdout!, "data")) as [Buffer];
  return {
    origin: `http://127.0.0.1:${port.toString().trim()}`,
    close: async () => {
      child.kill();
      await once(child, "exit");
    },
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
