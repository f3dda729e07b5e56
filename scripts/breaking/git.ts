import { execFile, spawn } from "node:child_process";
import { mkdir, mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Bad usage in git mode (not a repository, unknown ref, spec outside the repository): exit 2. */
export class GitUsageError extends Error {
  override readonly name = "GitUsageError";
}

/** The spec tree of a commit, written to a temporary directory. */
export interface MaterializedSpec {
  readonly kind: "materialized";
  readonly commit: string;
  /** The temporary directory standing for the repository root at that commit. */
  readonly dir: string;
  /** The root spec file inside the temporary copy. */
  readonly rootPath: string;
  /** Deletes the temporary copy. */
  readonly cleanup: () => Promise<void>;
}

/** The commit exists but has no root spec at that path (the ref predates the spec). */
export interface MissingSpec {
  readonly kind: "missing";
  readonly commit: string;
  /** The root spec's path relative to the repository root, as git names it. */
  readonly repoPath: string;
}

/**
 * Writes the directory holding the root spec (e.g. all of `spec/`) as it was at `ref` into a
 * temporary directory, so a split spec's relative `$ref`s resolve exactly as they did then.
 */
export async function materializeSpecAtRef(ref: string, specPath: string, cwd: string): Promise<MaterializedSpec | MissingSpec> {
  const top = await git(cwd, ["rev-parse", "--show-toplevel"]).catch(() => {
    throw new GitUsageError(`--base needs a git repository, and ${cwd} is not inside one.`);
  });
  const commit = await git(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).catch(() => {
    throw new GitUsageError(`Unknown git ref "${ref}" (fetch it first, e.g. \`git fetch origin main\`).`);
  });

  const absolute = resolve(cwd, specPath);
  const specDir = await realpath(dirname(absolute)).catch(() => dirname(absolute));
  const dirInRepo = relative(await realpath(top), specDir)
    .split(sep)
    .join("/");
  if (dirInRepo.startsWith("..")) throw new GitUsageError(`${specPath} is outside the git repository at ${top}.`);
  const repoPath = dirInRepo === "" ? basename(absolute) : `${dirInRepo}/${basename(absolute)}`;

  const blobs = await listBlobs(top, commit, dirInRepo === "" ? "." : dirInRepo);
  if (!blobs.some((blob) => blob.path === repoPath)) return { kind: "missing", commit, repoPath };

  const tmp = await mkdtemp(join(tmpdir(), "check-breaking-"));
  try {
    const contents = await readBlobs(
      top,
      blobs.map((blob) => blob.oid),
    );
    await Promise.all(
      blobs.map(async (blob, index) => {
        const target = join(tmp, ...blob.path.split("/"));
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, contents[index] ?? Buffer.alloc(0));
      }),
    );
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
  return {
    kind: "materialized",
    commit,
    dir: tmp,
    rootPath: join(tmp, ...repoPath.split("/")),
    cleanup: () => rm(tmp, { recursive: true, force: true }),
  };
}

interface Blob {
  readonly oid: string;
  readonly path: string;
}

async function listBlobs(top: string, commit: string, dir: string): Promise<Blob[]> {
  const out = await git(top, ["ls-tree", "-r", "-z", commit, "--", dir], false);
  const blobs: Blob[] = [];
  for (const entry of out.split("\0")) {
    // `<mode> blob <oid>\t<path>`; symlinks (120000) and submodules are skipped.
    const match = /^(100644|100755) blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
    if (match?.[2] !== undefined && match[3] !== undefined) blobs.push({ oid: match[2], path: match[3] });
  }
  return blobs;
}

/** Reads many blobs with one `git cat-file --batch` process. */
function readBlobs(top: string, oids: readonly string[]): Promise<Buffer[]> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd: top, stdio: ["pipe", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`git cat-file failed: ${stderr.trim()}`));
      const all = Buffer.concat(chunks);
      const result: Buffer[] = [];
      let at = 0;
      for (const oid of oids) {
        const eol = all.indexOf(0x0a, at);
        const header = all.subarray(at, eol).toString();
        const size = Number(header.split(" ")[2]);
        if (!header.startsWith(oid) || !Number.isFinite(size)) return reject(new Error(`git cat-file: unexpected "${header}"`));
        result.push(all.subarray(eol + 1, eol + 1 + size));
        at = eol + 1 + size + 1;
      }
      resolvePromise(result);
    });
    child.stdin.end(oids.map((oid) => `${oid}\n`).join(""));
  });
}

async function git(cwd: string, args: readonly string[], trim = true): Promise<string> {
  const { stdout } = await run("git", args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" });
  return trim ? stdout.trim() : stdout;
}
