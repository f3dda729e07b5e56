import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runCheckBreaking, spawnCheckBreaking } from "./run-cli.js";

const run = promisify(execFile);

// A small split spec, laid out like the real one: a root file with $refs into paths/, schemas/, components/.
const FILES: Record<string, string> = {
  "spec/entity-management.yaml": `openapi: 3.0.3
info:
  title: Git scenario
  version: 1.0.0
paths:
  /entities/{EntityId}:
    $ref: paths/entity.yaml
components:
  securitySchemes:
    jhid:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://identity.example.test/oauth/token
          scopes:
            entities.read: Read entities.
`,
  "spec/paths/entity.yaml": `get:
  operationId: getEntity
  security:
    - jhid: [entities.read]
  parameters:
    - $ref: ../components/parameters.yaml#/EntityId
  responses:
    '200':
      description: The entity.
      content:
        application/json:
          schema:
            $ref: ../schemas/entity.yaml
`,
  "spec/components/parameters.yaml": `EntityId:
  name: EntityId
  in: path
  required: true
  schema:
    type: string
`,
  "spec/schemas/entity.yaml": `type: object
required: [id]
properties:
  id:
    type: string
  displayName:
    type: string
`,
  "spec/CHANGELOG.md": "# Changelog\n\n## 1.0.0\n\nFirst description.\n",
};

let repo: string;
let beforeSpec: string;

async function git(...args: string[]): Promise<string> {
  const { stdout } = await run("git", ["-c", "user.name=Test", "-c", "user.email=test@example.test", "-c", "commit.gpgsign=false", ...args], { cwd: repo });
  return stdout.trim();
}

async function write(path: string, content: string): Promise<void> {
  await mkdir(dirname(join(repo, path)), { recursive: true });
  await writeFile(join(repo, path), content);
}

async function edit(path: string, from: string, to: string): Promise<void> {
  const text = await readFile(join(repo, path), "utf8");
  if (!text.includes(from)) throw new Error(`${path} has no ${JSON.stringify(from)}`);
  await writeFile(join(repo, path), text.replace(from, to));
}

const dropDisplayName = () => edit("spec/schemas/entity.yaml", "  displayName:\n    type: string\n", "");

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), "check-breaking-git-"));
  await git("init", "-q", "-b", "main");
  await write("README.md", "A project that has no spec yet.\n");
  await git("add", ".");
  await git("commit", "-q", "-m", "Before the spec");
  beforeSpec = await git("rev-parse", "HEAD");
  for (const [path, content] of Object.entries(FILES)) await write(path, content);
  await git("add", ".");
  await git("commit", "-q", "-m", "Spec 1.0.0");
});

afterEach(async () => {
  await git("reset", "-q", "--hard");
  await git("clean", "-fdq");
});

afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe("check-breaking --base <ref> in a git repository", () => {
  it("passes when the working spec equals the committed one", async () => {
    const result = await spawnCheckBreaking(["--base", "HEAD"], repo);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Breaking-change check: HEAD at [0-9a-f]{7} \(info\.version 1\.0\.0\) → working tree \(info\.version 1\.0\.0\); 1 operation compared\./);
    expect(result.stdout).toContain("OK: no breaking changes.");
  });

  it("fails when a split schema file loses a response property", async () => {
    await dropDisplayName();
    const result = await spawnCheckBreaking(["--base", "HEAD"], repo);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("GET /entities/{EntityId} (getEntity)\n  - response 200 application/json $.displayName");
    expect(result.stdout).toContain("property `displayName` removed  [response-property-removed]");
    expect(result.stdout).toContain('add a "## 2.0.0" heading to spec/CHANGELOG.md');
  });

  it("compares with the committed spec, not the staged one", async () => {
    await dropDisplayName();
    await git("add", "spec");
    const result = await runCheckBreaking(["--base", "HEAD"], repo);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("[response-property-removed]");
  });

  it("accepts the break after a major bump and a spec/CHANGELOG.md heading", async () => {
    await dropDisplayName();
    await edit("spec/entity-management.yaml", "version: 1.0.0", "version: 2.0.0");
    const bumpedOnly = await runCheckBreaking(["--base", "HEAD"], repo);
    expect(bumpedOnly.code).toBe(1);
    expect(bumpedOnly.stdout).toContain("is a major bump, but spec/CHANGELOG.md has no heading for 2.0.0.");

    await edit("spec/CHANGELOG.md", "## 1.0.0", "## 2.0.0\n\n- Removed `displayName` from Entity.\n\n## 1.0.0");
    const acknowledged = await runCheckBreaking(["--base", "HEAD"], repo);
    expect(acknowledged.code).toBe(0);
    expect(acknowledged.stdout).toContain("1 acknowledged breaking change:");
    expect(acknowledged.stdout).toContain('spec/CHANGELOG.md has "## 2.0.0"');
  });

  it("reads new, uncommitted split files on the working-tree side", async () => {
    await edit("spec/entity-management.yaml", "components:", "  /entities/{EntityId}/addresses:\n    $ref: paths/addresses.yaml\ncomponents:");
    await write(
      "spec/paths/addresses.yaml",
      "get:\n  operationId: listAddresses\n  security:\n    - jhid: [entities.read]\n  parameters:\n    - $ref: ../components/parameters.yaml#/EntityId\n  responses:\n    '200':\n      description: Addresses.\n",
    );
    const result = await runCheckBreaking(["--base", "HEAD"], repo);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("OK: no breaking changes.");
  });

  it("works from a subdirectory with --spec relative to it", async () => {
    await dropDisplayName();
    const result = await runCheckBreaking(["--base", "HEAD", "--spec", "entity-management.yaml"], join(repo, "spec"));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("[response-property-removed]");
  });

  it("passes, and says why, when the ref predates the spec", async () => {
    const result = await runCheckBreaking(["--base", beforeSpec], repo);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`OK: no breaking changes. spec/entity-management.yaml does not exist at ${beforeSpec} (${beforeSpec.slice(0, 7)})`);
  });

  it("exits 2 on an unknown ref", async () => {
    const result = await runCheckBreaking(["--base", "no-such-branch"], repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown git ref "no-such-branch"');
  });

  it("exits 2 when the working tree has no spec", async () => {
    await rm(join(repo, "spec/entity-management.yaml"));
    const result = await runCheckBreaking(["--base", "HEAD"], repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("spec/entity-management.yaml does not exist in the working tree.");
  });

  it("exits 2 outside a git repository", async () => {
    const plain = await mkdtemp(join(tmpdir(), "check-breaking-plain-"));
    try {
      await mkdir(join(plain, "spec"));
      await writeFile(join(plain, "spec/entity-management.yaml"), FILES["spec/entity-management.yaml"] ?? "");
      const result = await runCheckBreaking(["--base", "HEAD"], plain);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("is not inside one");
    } finally {
      await rm(plain, { recursive: true, force: true });
    }
  });

  it("names files of the base commit as <ref>:path when the base spec cannot be resolved", async () => {
    await rm(join(repo, "spec/schemas/entity.yaml"));
    await git("commit", "-q", "-am", "Broken: schema file deleted");
    await write("spec/schemas/entity.yaml", FILES["spec/schemas/entity.yaml"] ?? "");
    try {
      const result = await runCheckBreaking(["--base", "HEAD"], repo);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("cannot resolve base spec spec/entity-management.yaml at HEAD");
      expect(result.stderr).toContain("HEAD:spec/schemas/entity.yaml");
    } finally {
      await git("reset", "-q", "--hard", "HEAD~1");
    }
  });
});
