/**
 * oidc-provider announces on stderr, through `console.warn`, that it runs as a development
 * server: once when the module is first evaluated on Node 20 ("Unsupported runtime"), and at
 * each construction (the in-memory adapter, devInteractions). All three are expected of a local
 * test server and would drown a real warning, so the sandbox loads and constructs the provider
 * with exactly those three hidden, unless it is asked to be verbose. Any other warning, the
 * provider's or anyone's, goes through, and `console.warn` is itself again once the last
 * overlapping call is done.
 */

/** The beginnings of the three development-mode warnings (ANSI colours may wrap them on a terminal). */
const developmentWarnings = [
  "oidc-provider WARNING: Unsupported runtime.",
  "oidc-provider WARNING: a quick start development-only in-memory adapter is used",
  "oidc-provider WARNING: a quick start development-only feature devInteractions is enabled",
];

// Calls may overlap (tests start sandboxes in parallel): the filter is installed by the first and removed by the last.
let filtering = 0;
let original: typeof console.warn = console.warn;

/** Runs `step` (loading or constructing oidc-provider) with its development-mode warnings hidden, unless `verbose`. */
export async function withoutDevelopmentWarnings<T>(verbose: boolean, step: () => T | Promise<T>): Promise<T> {
  if (verbose) return step();
  if (filtering++ === 0) {
    original = console.warn;
    console.warn = (...args: unknown[]) => {
      const text = typeof args[0] === "string" ? args[0] : "";
      if (!developmentWarnings.some((warning) => text.includes(warning))) original.apply(console, args);
    };
  }
  try {
    return await step();
  } finally {
    if (--filtering === 0) console.warn = original;
  }
}
