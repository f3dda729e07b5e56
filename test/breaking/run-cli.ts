import { execFile } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { runCli } from "../../scripts/breaking/cli.js";

/** The repository root, so the CLI can be started from any working directory. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

const SCRIPT = fileURLToPath(new URL("../../scripts/check-breaking.ts", import.meta.url));
const TSX = pathToFileURL(fileURLToPath(new URL("../../node_modules/tsx/dist/loader.mjs", import.meta.url))).href;

/** What one run of `check-breaking` printed, and how it exited. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `scripts/check-breaking.ts` in a child process, as `npm run check:breaking` does (tsx), in `cwd`. */
export function spawnCheckBreaking(args: readonly string[], cwd: string = ROOT): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", TSX, SCRIPT, ...args], { cwd, encoding: "utf8" }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs the same CLI entry in this process (fast), with `cwd` as its working directory. */
export async function runCheckBreaking(args: readonly string[], cwd: string = ROOT): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { cwd, out: (text) => (stdout += `${text}\n`), err: (text) => (stderr += `${text}\n`) });
  return { code, stdout, stderr };
}
