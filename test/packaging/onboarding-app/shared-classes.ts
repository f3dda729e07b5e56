// An app that uses several entries and catches errors with the main entry's classes: that works only if
// every entry shares one copy of each class. Each entry throws one of its errors; this prints what `instanceof` says.
import * as main from "entity-management-client";
import { clientCredentials, InvalidOptionsError } from "entity-management-client";
import * as contractEntry from "entity-management-client/contract";
import { checkContract } from "entity-management-client/contract";
import * as redisEntry from "entity-management-client/redis";
import { createRedisStore } from "entity-management-client/redis";
import * as sandboxEntry from "entity-management-client/sandbox";
import { startSandbox } from "entity-management-client/sandbox";
import * as testingEntry from "entity-management-client/testing";
import { createEntityManagementHttp } from "entity-management-client/testing";

const thrownBy = (call: () => unknown): unknown => {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
};
const caught = (error: unknown) => ({ mainClass: error instanceof InvalidOptionsError, name: error instanceof Error ? error.name : typeof error });

const fromTesting = thrownBy(() => createEntityManagementHttp({ institutionUniversalId: "not-a-guid" }));
// @ts-expect-error: null is no options object, which the types say too.
const fromRedis = thrownBy(() => createRedisStore(null));

// The main entry's token source fails (nothing listens on port 9) with the main entry's AuthError: the contract
// entry names its code only if it recognises the class, and says "Could not get a token: AuthError." if not.
const auth = clientCredentials({ issuer: "http://127.0.0.1:9", clientId: "probe", clientSecret: "probe-secret" });
const contract = await checkContract({ target: { baseUrl: "http://127.0.0.1:9/a/api/entity-svcs/v1", institutionUniversalId: "4e3cde86-37ea-48bb-adef-4f820ba70b0f", auth } }).then(
  () => "resolved",
  (error: unknown) => (error instanceof Error ? error.message : String(error)),
);

// Bundling renames clashing names (Foo → Foo2); an error's `name` comes from its class, so every exported class and function must keep its own.
const renamed = Object.entries({ main, contractEntry, redisEntry, sandboxEntry, testingEntry }).flatMap(([entry, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => typeof value === "function" && (value as { name: string }).name !== "")
    .filter(([name, value]) => (value as { name: string }).name !== name)
    .map(([name, value]) => `${entry}.${name} is named ${(value as { name: string }).name}`),
);

console.log(
  JSON.stringify({
    renamed,
    testing: caught(fromTesting),
    redis: caught(fromRedis),
    contract,
    sandbox: typeof startSandbox,
  }),
);
