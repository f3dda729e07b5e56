/**
 * npm run check:contract: confronts the spec with a live Entity Services API (or --sandbox) and
 * prints the to-do list. `--help` for the options; the engine is `entity-management-client/contract`.
 */
import { runCli } from "./contract/cli.js";

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  out: (text) => console.log(text),
  err: (text) => console.error(text),
});
