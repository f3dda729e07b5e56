// An app that uses several entries and catches errors with the main entry's classes: that works only if
// every entry shares one copy of each class. Each entry throws one of its errors; this prints what `instanceof` says.
import { clientCredentials, InvalidOptionsError } from "entity-management-client";
import { checkContract } from "entity-management-client/contract";
import { createRedisStore } from "entity-management-client/redis";
import { startSandbox } from "entity-management-client/sandbox";
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

console.log(
  JSON.stringify({
    testing: caught(fromTesting),
    redis: caught(fromRedis),
    contract,
    sandbox: typeof startSandbox,
  }),
);
