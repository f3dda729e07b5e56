import { access } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { type CheckResult, checkSpecFiles } from "./compare.js";
import { GitUsageError, materializeSpecAtRef } from "./git.js";
import { SpecLoadError } from "./load.js";
import { formatReport } from "./report.js";

/** Where the CLI reads paths from and writes to (the process's, or a test's). */
export interface CliIo {
  readonly cwd: string;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const DEFAULT_SPEC = "spec/entity-management.yaml";

const USAGE = `Usage:
  npm run check:breaking -- --base <git-ref> [--spec ${DEFAULT_SPEC}]
  npm run check:breaking -- --base-file <base.yaml> --head-file <head.yaml>

Compares the base spec with the head spec and lists the changes that break clients.
  --base <ref>        base = the spec directory as committed at <ref>; head = the working tree
  --spec <path>       root spec file (default ${DEFAULT_SPEC})
  --base-file <path>  base = this spec file (with --head-file; no git needed)
  --head-file <path>  head = this spec file
  --json              print the result as JSON
An intended break passes when info.version's major went up and CHANGELOG.md beside the head
root spec has a heading naming the new version (e.g. "## 2.0.0").
Exit status: 0 no breaking change (or acknowledged), 1 breaking changes, 2 bad usage.`;

class UsageError extends Error {}

/**
 * Runs `check:breaking` with command-line arguments; returns the exit status: 0 no breaking change
 * (or all acknowledged), 1 breaking changes, 2 bad usage or a spec that cannot be read.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await main(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof GitUsageError || error instanceof SpecLoadError) {
      io.err(`check:breaking: ${error.message}`);
      if (error instanceof UsageError) io.err(`\n${USAGE}`);
    } else if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      io.err(`check:breaking: ${error.message}\n\n${USAGE}`);
    } else {
      io.err("check:breaking: internal error (a bug in the checker, not in the spec):");
      io.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    return 2;
  }
}

async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      base: { type: "string" },
      spec: { type: "string" },
      "base-file": { type: "string" },
      "head-file": { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const { cwd } = io;
  const baseFile = values["base-file"];
  const headFile = values["head-file"];

  if (values.base !== undefined) {
    if (baseFile !== undefined || headFile !== undefined) throw new UsageError("Use either --base <ref> or --base-file/--head-file, not both.");
    const spec = values.spec ?? DEFAULT_SPEC;
    const headPath = resolve(cwd, spec);
    if (!(await exists(headPath))) throw new UsageError(`${spec} does not exist in the working tree.`);
    const changelogPath = join(dirname(headPath), "CHANGELOG.md");
    const base = await materializeSpecAtRef(values.base, spec, cwd);
    const short = base.commit.slice(0, 7);
    if (base.kind === "missing") {
      const message = `${base.repoPath} does not exist at ${values.base} (${short}): there is no earlier spec to break, so nothing was compared.`;
      io.out(values.json ? JSON.stringify({ outcome: "no-base", message }, null, 2) : `OK: no breaking changes. ${message}`);
      return 0;
    }
    const changelog = relative(cwd, changelogPath);
    try {
      const result = await checkSpecFiles({
        basePath: base.rootPath,
        headPath,
        changelogPath,
        changelogName: changelog,
        baseLabel: `${spec} at ${values.base}`,
        headLabel: spec,
      });
      return print(io, result, { base: `${values.base} at ${short}`, head: "working tree", changelog }, values.json);
    } catch (error) {
      // Name files of the temporary copy as `<ref>:spec/…`, the way git does.
      if (error instanceof SpecLoadError) throw new SpecLoadError(error.message.split(base.dir + sep).join(`${values.base}:`));
      throw error;
    } finally {
      await base.cleanup();
    }
  }

  if (baseFile === undefined || headFile === undefined) {
    throw new UsageError("Give --base <git-ref>, or both --base-file and --head-file.");
  }
  if (values.spec !== undefined) throw new UsageError("--spec goes with --base; with --base-file/--head-file name the files directly.");
  const headPath = resolve(cwd, headFile);
  const changelogPath = join(dirname(headPath), "CHANGELOG.md");
  const result = await checkSpecFiles({
    basePath: resolve(cwd, baseFile),
    headPath,
    changelogPath,
    changelogName: relative(cwd, changelogPath),
    baseLabel: baseFile,
    headLabel: headFile,
  });
  return print(io, result, { base: baseFile, head: headFile, changelog: relative(cwd, changelogPath) }, values.json);
}

function print(io: CliIo, result: CheckResult, labels: { base: string; head: string; changelog: string }, json: boolean): number {
  io.out(json ? JSON.stringify({ ...result, base: labels.base, head: labels.head }, null, 2) : formatReport(result, labels));
  return result.outcome === "break" ? 1 : 0;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
