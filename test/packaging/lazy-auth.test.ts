/**
 * In plain Node, without a bundler: importing the main entry and building token sources loads no
 * oauth4webapi (nor the rest of the token-request side); the first token request does.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../auth/helpers/fixtures.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const t = useTestServer();

describe("the token-request side in a fresh process", () => {
  it("is not loaded by importing the main entry or by building every kind of source, and is by the first getToken", async () => {
    const { secretBasic, privateKeyJwt } = t.server.clients;
    const setup = {
      issuer: t.server.issuer,
      clientId: secretBasic.clientId,
      clientSecret: secretBasic.clientSecret,
      privateKeyClientId: privateKeyJwt.clientId,
      privateKeyPem: privateKeyJwt.privateKeyPem,
    };
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", "tsx", "test/packaging/lazy-auth/app.ts", JSON.stringify(setup)], { cwd: root });
    expect(stderr).toBe("");
    const report = JSON.parse(stdout);
    expect(report.afterImport).toEqual({ oauth4webapi: false, tokenRequestSide: false });
    expect(report.afterConstruction).toEqual({ oauth4webapi: false, tokenRequestSide: false });
    // A DPoP nonce challenge is recognised without any proof code.
    expect(report.nonceChallenge).toBe(true);
    expect(report.afterGetToken).toEqual({ oauth4webapi: true, tokenRequestSide: true });
    expect(report.tokenType).toBe("Bearer");
    expect(t.server.events.requests.filter((r) => r.outcome === "success")).toHaveLength(1);
    expect(JSON.parse(report.source)).toMatchObject({ issuer: new URL(t.server.issuer).href, clientId: secretBasic.clientId, clientAuth: "client_secret_basic" });
    expect(stdout).not.toContain(secretBasic.clientSecret);
  });
});
