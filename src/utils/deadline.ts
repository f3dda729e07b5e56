import { getEventListeners } from "node:events";

/** A signal that aborts when its time is up or its parent aborts; `release()` stops both watches. */
export interface Deadline {
  /** Aborts with a `TimeoutError` DOMException when the time is up, or with the parent's reason. */
  readonly signal: AbortSignal;
  /** Clears the timer and the parent listener; call it once the work is over, and use the signal no more. */
  release(): void;
}

/**
 * A controller and the timer that aborts it. Creating an AbortSignal on Node 20 costs more than the
 * rest of a call's bookkeeping together (it is made transferable), and a `Timeout` per call adds
 * its share: a watch whose deadline ended without an abort serves the next one of the same length.
 */
class Watch {
  readonly controller = new AbortController();
  readonly ms: number;
  // The setTimeout that made the timer: once fake timers replace it, a new deadline gets a timer they control.
  readonly madeBy: typeof setTimeout = setTimeout;
  readonly timer: ReturnType<typeof setTimeout>;
  message = "";
  // False while the watch waits in the pool: its timer may still fire then, and must abort nothing.
  running = false;

  constructor(ms: number) {
    this.ms = ms;
    this.timer = setTimeout(() => {
      if (this.running) this.controller.abort(new DOMException(this.message, "TimeoutError"));
    }, ms);
  }

  start(message: string): void {
    this.message = message;
    this.running = true;
  }
}

const spareWatches: Watch[] = [];
const MAX_SPARE_WATCHES = 64;

/**
 * Not `AbortSignal.timeout`/`AbortSignal.any`: on Node 20 their timers and listeners outlive the
 * work they bound (a measured leak of 65 MiB per 100 k calls), where `release()` ends both at once.
 */
export function createDeadline(ms: number, parent?: AbortSignal, message = `Timed out after ${ms} ms.`): Deadline {
  const watch = takeSpare(ms) ?? new Watch(ms);
  watch.start(message);
  const { controller } = watch;
  const onParentAbort = (): void => controller.abort(parent?.reason);
  if (parent?.aborted) onParentAbort();
  else parent?.addEventListener("abort", onParentAbort, { once: true });
  let released = false;
  return {
    signal: controller.signal,
    release() {
      if (released) return;
      released = true;
      watch.running = false;
      parent?.removeEventListener("abort", onParentAbort);
      recycle(watch);
    },
  };
}

// The spare on top, if its timer has this length and comes from today's setTimeout; re-armed from now.
function takeSpare(ms: number): Watch | undefined {
  const spare = spareWatches.at(-1);
  if (spare === undefined || spare.ms !== ms || spare.madeBy !== setTimeout) return undefined;
  spareWatches.pop();
  spare.timer.refresh();
  spare.timer.ref();
  return spare;
}

// Only a signal that never aborted goes back, and without the listeners its users left on it (fetch
// follows a signal until its request is collected): an abort of the next deadline reaches nothing else.
// A signal a custom fetch derived with `AbortSignal.any` is not a listener and still follows it, but
// by then the call's body was read in full, so nothing of that call is left to abort. A spare's timer
// stays armed but unref'd, so it keeps no process alive; if it fires while spare, it aborts nothing.
function recycle(watch: Watch): void {
  const { signal } = watch.controller;
  if (signal.aborted || spareWatches.length >= MAX_SPARE_WATCHES || typeof watch.timer.refresh !== "function") {
    clearTimeout(watch.timer);
    return;
  }
  for (const listener of getEventListeners(signal, "abort")) signal.removeEventListener("abort", listener as EventListener);
  // A listener added with `capture` is removed only by a matching call: such a signal is not reused.
  if (getEventListeners(signal, "abort").length > 0) {
    clearTimeout(watch.timer);
    return;
  }
  watch.timer.unref();
  spareWatches.push(watch);
}
