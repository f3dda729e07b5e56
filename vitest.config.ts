import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Tests start real servers on loopback (authorization server, API); give slow CI machines room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
