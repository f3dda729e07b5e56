/** Something loaded on first use (a module behind `import()`): calling it starts the load once; `current` holds the value once it has arrived. */
export interface LoadOnce<T> {
  (): Promise<T>;
  /** The loaded value, or `undefined` until the load has finished: lets a hot path skip the await. */
  readonly current: T | undefined;
}

/** Memoises `load`: it runs at most once, unless it fails (then the next call tries again, so a passing fault is not cached forever). */
export function loadOnce<T>(load: () => Promise<T>): LoadOnce<T> {
  let pending: Promise<T> | undefined;
  let current: T | undefined;
  const get = () =>
    (pending ??= load().then(
      (value) => (current = value),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  return Object.defineProperty(get, "current", { get: () => current }) as LoadOnce<T>;
}
