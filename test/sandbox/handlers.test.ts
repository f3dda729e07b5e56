/** Handlers replacing built-in ones (fault injection): async answers. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OperationHandler } from "../../src/sandbox/index.js";
import { startTestSandbox, type TestSandbox } from "./fixture.js";

/** A promise resolved from outside, to hold an answer back until the test lets it go. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

const entered = deferred();
const release = deferred();
const slow: OperationHandler = async ({ params, store }) => {
  entered.resolve();
  await release.promise;
  return { status: 200, body: store.enterpriseUsers.get(params["EnterpriseUserId"] ?? ""), contentType: "application/json" };
};

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox({ handlers: { getAbilities: slow } });
});
afterAll(async () => {
  expect(t.sandbox.responseViolations).toEqual([]);
  await t.sandbox.stop();
});

describe("async handlers", () => {
  it("hold the answer until their promise settles", async () => {
    let answered = false;
    const EnterpriseUserId = t.sandbox.enterpriseUsers.administrator;
    const call = t.client.GET("/enterprise/{EnterpriseUserId}/abilities", { params: { path: { EnterpriseUserId } } }).then((result) => ((answered = true), result));
    await entered.promise;
    expect(answered).toBe(false);
    release.resolve();
    const { data, response } = await call;
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ viewEntities: true, deleteAddresses: true });
  });
});
