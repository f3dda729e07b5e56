// Breaking-change gate: `npm run check:breaking -- --base <git-ref>` compares the spec committed at
// the ref with the working tree's; `--base-file a.yaml --head-file b.yaml` compares two files.
// Exit 0: no breaking change, or every break acknowledged (major bump + CHANGELOG heading).
// Exit 1: breaking changes. Exit 2: bad usage or a spec that cannot be read.
// Rules and decisions: scripts/breaking/README.md.
import { runCli } from "./breaking/cli.js";

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (text) => console.log(text),
  err: (text) => console.error(text),
});
