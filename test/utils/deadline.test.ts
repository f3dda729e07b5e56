import { getEventListeners } from "node:events";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createDeadline } from "../../src/utils/deadline.js";

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
      const next = createDeadline(10);
      seen.push(next.signal);
      expect(getEventListeners(next.signal, "abort")).toHaveLength(0);
      vi.advanceTimersByTime(10);
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
});
