/**
 * The `check:contract` command line: target (sandbox or environment), flags, output files,
 * baseline and evidence around the engine in src/contract. Exit 0 clean, 1 findings, 2 usage or connection.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  applyBaseline,
  checkContract,
  ContractCheckError,
  createBaseline,
  exitStatus,
  formatJunit,
  formatResult,
  formatSummary,
  parseBaseline,
  type Baseline,
  type ContractReport,
} from "../../src/contract/index.js";
import { recordEvidence } from "./record-evidence.js";
import { environmentTarget, sandboxTarget, UsageError, type ResolvedTarget } from "./target.js";

/** Where the CLI reads from and writes to (the process's, or a test's). */
export interface CliIo {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const USAGE = `Usage: npm run check:contract -- [--sandbox] [--allow-writes[=<InstitutionUniversalId>]] [--json FILE]
         [--junit FILE] [--baseline FILE] [--write-baseline FILE] [--only <operationId|tag>,…]
         [--enterprise-user <EnterpriseUserId>] [--record-evidence | --record-evidence-from FILE]

Confronts the spec with a live Entity Services API (the target of JH_ISSUER, ENTITY_SERVICES_BASE_URL,
INSTITUTION_UNIVERSAL_ID, JH_CLIENT_ID and one of JH_PRIVATE_KEY_PATH, JH_PRIVATE_KEY_PEM, JH_CLIENT_SECRET),
or with the project's sandbox (--sandbox). Read-only unless --allow-writes: against anything but the
sandbox it must repeat the target's institution id.
  --json FILE               the report as JSON            --junit FILE   the report as JUnit XML
  --baseline FILE           findings in FILE do not fail the run
  --write-baseline FILE     accept every finding of this run (write FILE)
  --only LIST               operationIds or tags, comma-separated (their prerequisites still run)
  --enterprise-user ID      the enterprise user for abilities and entitlements
  --record-evidence         live targets only: mark the conformant operations x-evidence: observed in spec/
  --record-evidence-from F  the same, from a JSON report written by --json
Exit status: 0 nothing outside the baseline found, 1 findings, 2 usage or connection problem.`;

/** Runs `check:contract`; answers the exit status. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await main(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ContractCheckError) io.err(`check:contract: ${error.message}`);
    else if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) io.err(`check:contract: ${error.message}\n\n${USAGE}`);
    else io.err(`check:contract: internal error (a bug in the checker): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 2;
  }
}

async function main(argv: readonly string[], io: CliIo): Promise<number> {
  // `--allow-writes` takes an optional value, which parseArgs cannot express.
  const writesFlags = argv.filter((arg) => arg === "--allow-writes" || arg.startsWith("--allow-writes="));
  const { values } = parseArgs({
    args: argv.filter((arg) => !writesFlags.includes(arg)),
    options: {
      sandbox: { type: "boolean", default: false },
      json: { type: "string" },
      junit: { type: "string" },
      baseline: { type: "string" },
      "write-baseline": { type: "string" },
      only: { type: "string" },
      "enterprise-user": { type: "string" },
      "record-evidence": { type: "boolean", default: false },
      "record-evidence-from": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const path = (file: string) => resolve(io.cwd, file);
  if (values["record-evidence-from"] !== undefined) return recordFrom((await readJson(path(values["record-evidence-from"]))) as ContractReport, io);
  if (writesFlags.length > 1) throw new UsageError("Give --allow-writes once.");
  if (values["record-evidence"] && values.sandbox)
    throw new UsageError("--record-evidence needs a live target: the sandbox is built from the spec, so it proves nothing about the API.");
  const allowWrites = writesFlags[0] === undefined ? false : writesFlags[0] === "--allow-writes" ? true : writesFlags[0].slice("--allow-writes=".length);
  const baseline = values.baseline === undefined ? undefined : await readBaseline(path(values.baseline));

  const resolved: ResolvedTarget = values.sandbox ? await sandboxTarget() : await environmentTarget(io.env, io.cwd);
  let report: ContractReport;
  try {
    const enterpriseUserId = values["enterprise-user"] ?? resolved.enterpriseUserId;
    io.out(
      `check:contract: ${resolved.target.sandbox ? "the sandbox at " : ""}${resolved.target.baseUrl ?? ""}, ${allowWrites ? "writes allowed on throwaway records" : "read-only"}`,
    );
    report = await checkContract({
      target: resolved.target,
      allowWrites,
      ...(values.only === undefined ? {} : { only: values.only.split(",") }),
      ...(enterpriseUserId === undefined ? {} : { enterpriseUserId }),
      onResult: (result, settled, total) => formatResult(result, settled, total).forEach((line) => io.out(line)),
    });
  } finally {
    await resolved.stop();
  }

  if (baseline) report = applyBaseline(report, baseline);
  await write(values.json, path, `${JSON.stringify(report, null, 2)}\n`);
  await write(values.junit, path, formatJunit(report));
  await write(values["write-baseline"], path, `${JSON.stringify(createBaseline(report), null, 2)}\n`);
  formatSummary(report).forEach((line) => io.out(line));
  if (values["record-evidence"]) await recordFrom(report, io);
  return values["write-baseline"] === undefined ? exitStatus(report) : 0;
}

async function recordFrom(report: ContractReport, io: CliIo): Promise<number> {
  if (report.target?.kind !== "live") throw new UsageError('Evidence comes only from a live target\'s report (target.kind "live"), never from the sandbox.');
  const conformant = report.operations.filter((result) => result.outcome === "conformant").map((result) => result.operationId);
  const files = await recordEvidence(resolve(io.cwd, "spec"), conformant, report.checkedAt.slice(0, 10));
  for (const file of files) io.out(`Recorded x-evidence: observed (${report.checkedAt.slice(0, 10)}) in ${relative(io.cwd, file.file)}: ${file.operationIds.join(", ")}`);
  io.out(files.length === 0 ? "No operation was observed conforming: spec/ unchanged." : "Review the diff of spec/, then run npm run generate.");
  return 0;
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as unknown;
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${error instanceof SyntaxError ? "not JSON" : ((error as NodeJS.ErrnoException).code ?? "unreadable")}.`);
  }
}

async function readBaseline(file: string): Promise<Baseline> {
  try {
    return parseBaseline(await readJson(file));
  } catch (error) {
    throw error instanceof TypeError ? new UsageError(`${file} is ${error.message}.`) : error;
  }
}

async function write(file: string | undefined, path: (file: string) => string, text: string): Promise<void> {
  if (file === undefined) return;
  await mkdir(dirname(path(file)), { recursive: true });
  await writeFile(path(file), text);
}
