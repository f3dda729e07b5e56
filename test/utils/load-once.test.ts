/** The one loader of lazily imported modules: shared while pending or loaded, retried after a failure. */
import { describe, expect, it } from "vitest";
import { loadOnce } from "../../src/utils/load-once.js";

describe("loadOnce", () => {
  it("starts the load on the first call only, and every caller, concurrent or later, gets the same module", async () => {
    let loads = 0;
    const module = { name: "the module" };
    const load = loadOnce(async () => {
      loads++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return module;
    });
    expect(loads).toBe(0);
    expect(load.current).toBeUndefined();
    const [a, b] = await Promise.all([load(), load()]);
    expect(load.current).toBe(module);
    expect(await load()).toBe(module);
    expect([a, b]).toEqual([module, module]);
    expect(loads).toBe(1);
  });

  it("forgets a failed load: its callers get the failure, the next call loads again", async () => {
    let loads = 0;
    const load = loadOnce(async () => {
      loads++;
      if (loads === 1) throw new Error("Cannot find module");
      return "loaded";
    });
    const [first, second] = await Promise.allSettled([load(), load()]);
    expect(first).toMatchObject({ status: "rejected", reason: { message: "Cannot find module" } });
    expect(second).toMatchObject({ status: "rejected", reason: { message: "Cannot find module" } });
    expect(await load()).toBe("loaded");
    expect(await load()).toBe("loaded");
    expect(loads).toBe(2);
  });
});
