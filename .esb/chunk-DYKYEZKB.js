// src/utils/milliseconds.ts
var MAX_TIMER_MS = 2 ** 31 - 1;
function millisecondsProblem(name, value, allowZero = false) {
  const lowest = allowZero ? "zero or a positive" : "a positive";
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || !allowZero && value === 0) {
    return `${name} must be ${lowest} number of milliseconds; got ${typeof value === "number" ? value : typeof value}.`;
  }
  if (value > MAX_TIMER_MS) {
    return `${name} must be at most ${MAX_TIMER_MS} ms (about 24.8 days), the longest timer Node.js honours; got ${value}.`;
  }
  return void 0;
}

// src/utils/sleep.ts
function sleep(ms, signal) {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

export {
  MAX_TIMER_MS,
  millisecondsProblem,
  sleep
};
