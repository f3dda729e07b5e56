import { execFile } from "node:child_process";
import { getEventListeners } from "node:events";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createDeadline } from "../../src/utils/deadline.js";

const run = promisify(execFile);

describe("createDeadline", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("aborts with a TimeoutError carrying the message when the time is up, not before", () => {
    const deadline = createDeadline(100, undefined, "The call's budget ran out.");
    vi.advanceTimersByTime(99);
    expect(deadline.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.signal.reason).toMatchObject({ name: "TimeoutError", message: "The call's budget ran out." });
    deadline.release();
  });

  it("follows its parent's abort, and release() stops both the timer and the parent watch", () => {
    const parent = new AbortController();
    const followed = createDeadline(100, parent.signal);
    parent.abort(new Error("caller gave up"));
    expect(followed.signal.reason).toEqual(new Error("caller gave up"));
    followed.release();

    const other = new AbortController();
    const released = createDeadline(100, other.signal);
    released.release();
    expect(getEventListeners(other.signal, "abort")).toHaveLength(0);
    other.abort();
    vi.advanceTimersByTime(1_000);
    expect(released.signal.aborted).toBe(false);
  });

  it("an abort of a later deadline never reaches a listener an earlier user of the signal left on it", () => {
    const first = createDeadline(100);
    const leftBehind = vi.fn();
    first.signal.addEventListener("abort", leftBehind);
    first.release();
    const seen: AbortSignal[] = [first.signal];
    // Whichever signal the next deadlines get, none carries the listener, and their aborts don't reach it.
    for (let index = 0; index < 3; index += 1) {
      const next = createDeadline(100);
      seen.push(next.signal);
      expect(getEventListeners(next.signal, "abort")).toHaveLength(0);
      vi.advanceTimersByTime(100);
      expect(next.signal.aborted).toBe(true);
      next.release();
    }
    expect(leftBehind).not.toHaveBeenCalled();
    expect(seen.slice(1)).toContain(first.signal);
  });

  it("never hands out a signal that aborted, or one holding a listener it could not remove", () => {
    const timedOut = createDeadline(5);
    vi.advanceTimersByTime(5);
    timedOut.release();
    const captured = createDeadline(100);
    captured.signal.addEventListener("abort", () => undefined, { capture: true });
    captured.release();
    for (let index = 0; index < 70; index += 1) {
      const next = createDeadline(100);
      expect(next.signal).not.toBe(timedOut.signal);
      expect(next.signal).not.toBe(captured.signal);
      expect(next.signal.aborted).toBe(false);
      next.release();
    }
  });

  it("a reused deadline runs its full time from its own start, and the earlier deadline's timer aborts nothing", () => {
    const first = createDeadline(100);
    vi.advanceTimersByTime(60);
    first.release();
    const second = createDeadline(100);
    expect(second.signal).toBe(first.signal);
    vi.advanceTimersByTime(60);
    expect(second.signal.aborted).toBe(false);
    vi.advanceTimersByTime(40);
    expect(second.signal.reason).toMatchObject({ name: "TimeoutError" });
    second.release();

    const idle = createDeadline(100);
    idle.release();
    vi.advanceTimersByTime(500);
    const after = createDeadline(100);
    expect(after.signal.aborted).toBe(false);
    vi.advanceTimersByTime(99);
    expect(after.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(after.signal.aborted).toBe(true);
    after.release();
  });

  it("releasing twice hands the signal out once", () => {
    const once = createDeadline(100);
    once.release();
    once.release();
    const a = createDeadline(100);
    const b = createDeadline(100);
    expect(a.signal).not.toBe(b.signal);
    a.release();
    b.release();
  });
});

describe("createDeadline in a process of its own", () => {
  it("keeps no process alive once released", async () => {
    const script = 'import { createDeadline } from "./src/utils/deadline.ts"; createDeadline(60_000).release(); console.log("released");';
    // Killed after 20 s if the 60 s timer held the process: the run then fails instead of passing late.
    const { stdout } = await run(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { timeout: 20_000 });
    expect(stdout.trim()).toBe("released");
  });

  it("with Node's own timers, a reused signal gets a timer that runs its full time from the new deadline's start", async () => {
    const script = [
      'import { createDeadline } from "./src/utils/deadline.ts";',
      "const first = createDeadline(40); first.release();",
      "await new Promise((resolve) => setTimeout(resolve, 100));",
      "const reused = createDeadline(40); const at = performance.now();",
      'await new Promise((resolve) => reused.signal.addEventListener("abort", resolve));',
      "console.log(JSON.stringify({ same: reused.signal === first.signal, afterMs: performance.now() - at, reason: reused.signal.reason.name }));",
    ].join("\n");
    const { stdout } = await run(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { timeout: 20_000 });
    const seen = JSON.parse(stdout) as { same: boolean; afterMs: number; reason: string };
    expect(seen).toMatchObject({ same: true, reason: "TimeoutError" });
    // Never before its own time (a timer may fire a millisecond early by rounding).
    expect(seen.afterMs).toBeGreaterThanOrEqual(38);
  });
});
