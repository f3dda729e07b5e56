import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import "./built-package.js"; // builds dist/, which the consumer imports

const run = promisify(execFile);

async function wallSeconds(command: string, args: string[]): Promise<number> {
  const begin = performance.now();
  await run(command, args, { maxBuffer: 16 * 2 ** 20 });
  return (performance.now() - begin) / 1000;
}

/** Wall time of `npm run generate`'s script (spec → generated/), written to a scratch folder. */
export async function benchGenerate() {
  const out = await mkdtemp(join(tmpdir(), "emc-bench-generate-"));
  try {
    return { seconds: await wallSeconds(process.execPath, ["--import", "tsx", "scripts/generate.ts", "--out", out]) };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

// Imports the built package (dist/), as an app would: declarations, not our sources.
const consumer = `import { createEntityManagementClient, clientCredentials, unwrap } from "../dist/src/index.js";
const client = createEntityManagementClient({
  institutionUniversalId: "4e3cde86-37ea-48bb-adef-4f820ba70b0f",
  auth: clientCredentials({ issuer: "https://login.jackhenry.com", clientId: "app", privateKey: "" }),
});
const EntityId = "9b2f6a4c-1d3e-4f5a-8b7c-6d5e4f3a2b1c";
export async function tenOperations() {
  const created = await unwrap(client.POST("/entities", { body: { entityType: "person", firstName: "Ada", lastName: "Lovelace" } }));
  const entity = await unwrap(client.GET("/entities/{EntityId}", { params: { path: { EntityId: created.id } } }));
  await client.PUT("/entities/{EntityId}", { params: { path: { EntityId } }, body: { entityType: "person", firstName: "Ada", lastName: "King" } });
  const addresses = await unwrap(client.GET("/entities/{EntityId}/addresses", { params: { path: { EntityId } } }));
  await client.GET("/entities/{EntityId}/phone-numbers", { params: { path: { EntityId } } });
  await client.GET("/entities/{EntityId}/digital-contact-points", { params: { path: { EntityId } } });
  await client.GET("/entities/{EntityId}/tax-id-number", { params: { path: { EntityId } } });
  await client.GET("/address-labels");
  await client.GET("/relationship-types");
  for await (const found of client.paginate("/entities/search", { body: { name: "Lov" } })) return [entity, addresses, found];
  return [entity, addresses];
}
`;

/** Wall time of \`tsc --noEmit\` on a consumer file making 10 typed calls against the built package. */
export async function benchTypecheck() {
  const dir = await mkdtemp(join(process.cwd(), ".bench-typecheck-"));
  try {
    await writeFile(join(dir, "consumer.ts"), consumer);
    const config = {
      compilerOptions: {
        strict: true,
        module: "NodeNext",
        moduleResolution: "NodeNext",
        target: "ES2022",
        noEmit: true,
        skipLibCheck: true,
        types: ["node"],
        lib: ["ES2023", "DOM"],
      },
      files: ["consumer.ts"],
    };
    await writeFile(join(dir, "tsconfig.json"), JSON.stringify(config));
    return { seconds: await wallSeconds(process.execPath, ["node_modules/typescript/bin/tsc", "-p", dir]) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
