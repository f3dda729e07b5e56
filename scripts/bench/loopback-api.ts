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

/** The median over runs of `a[run] ÷ b[run]`: paired, so a slow spell of the machine lands on both sides of a ratio. */
export function pairedRatio(a: readonly number[], b: readonly number[]): number {
  return median(a.map((value, run) => value / (b[run] ?? Number.NaN)));
}

/** What {@link interleavedRates} measured: each caller's median rate, and ratios paired round by round. */
export interface InterleavedRates<K extends string> {
  readonly medians: Record<K, number>;
  /** `a`'s rate ÷ `b`'s, paired by round ({@link pairedRatio}). */
  readonly ratio: (a: K, b: K) => number;
}

/**
 * Calls/s of each caller over `rounds` rounds of `perRound` calls, after a warm-up; the callers take
 * turns, and who goes first rotates, so GC debt left by one does not always land on the same next one.
 */
export async function interleavedRates<K extends string>(
  callers: Record<K, () => Promise<unknown>>,
  rounds: number,
  perRound: number,
  concurrency: number,
): Promise<InterleavedRates<K>> {
  const entries = Object.entries(callers) as [K, () => Promise<unknown>][];
  for (const [, caller] of entries) await measureRate(caller, 500, concurrency); // warm-up: JIT, keep-alive sockets
  const rates = Object.fromEntries(entries.map(([name]) => [name, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < rounds; round += 1) {
    for (let turn = 0; turn < entries.length; turn += 1) {
      const [name, caller] = entries[(round + turn) % entries.length]!;
      rates[name].push(await measureRate(caller, perRound, concurrency));
    }
  }
  return {
    medians: Object.fromEntries(entries.map(([name]) => [name, median(rates[name])])) as Record<K, number>,
    ratio: (a, b) => pairedRatio(rates[a], rates[b]),
  };
}
