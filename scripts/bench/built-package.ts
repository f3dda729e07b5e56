import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

// The package as users run it: built into dist/ (esbuild bundles, as published), so the measured code carries no transpiler helpers.
await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/build.ts"]);

/** The built main entry (types from the sources it was built from). */
export const builtPackage = (await import(pathToFileURL(resolve("dist/src/index.js")).href)) as typeof import("../../src/index.js");

/** The built `./redis` entry. */
export const builtRedisEntry = (await import(pathToFileURL(resolve("dist/src/redis/index.js")).href)) as typeof import("../../src/redis/index.js");
