/** A sandbox with response validation on, the real client on top of it, and real tokens for any scope set. */
import { afterAll, beforeAll, expect } from "vitest";
import { clientCredentials, createEntityManagementClient, operations, type EntityManagementClient, type OperationId } from "../../src/index.js";
import { startSandbox, type RunningSandbox, type SandboxOptions } from "../../src/sandbox/index.js";

/** What every sandbox test file starts with. */
export interface TestSandbox {
  readonly sandbox: RunningSandbox;
  /** The client, authenticated with private_key_jwt, asking for each operation's scopes. */
  readonly client: EntityManagementClient;
  /** A raw access token from the authorization server granting exactly `scopes`. */
  tokenFor(scopes: readonly string[]): Promise<string>;
  /** The id of the seeded reference entry `code` in `list`, as the API lists it. */
  ref(list: ReferenceList, code: string): string;
  /** The URL of `path` (a path template with its parameters filled) under the institution. */
  url(path: string): string;
}

/** The reference lists and their paths. */
export const referenceLists = {
  relationshipTypes: "/relationship-types",
  addressLabels: "/address-labels",
  affiliateOptOutExceptionReasons: "/affiliate-opt-out-exception-reasons",
  affiliateOptOutTypes: "/affiliate-opt-out-types",
  digitalContactPointLabels: "/digital-contact-point-labels",
  phoneNumberLabels: "/phone-number-labels",
  identificationTypes: "/identification-types",
  privacyOptOutTypes: "/privacy-opt-out-types",
  employmentTypes: "/employment-types",
} as const;
export type ReferenceList = keyof typeof referenceLists;

/** Starts a sandbox (response validation on) and a client for it. */
export async function startTestSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  const sandbox = await startSandbox({ validateResponses: true, ...options });
  const { privateKeyJwt, secretBasic } = sandbox.credentials;
  const client = createEntityManagementClient({
    baseUrl: sandbox.baseUrl,
    institutionUniversalId: sandbox.institutionUniversalId,
    auth: clientCredentials({ issuer: sandbox.issuer, clientId: privateKeyJwt.clientId, privateKey: privateKeyJwt.privateKeyPem }),
    retry: false,
  });
  const ids = new Map<string, string>();
  const loose = client as unknown as { GET(path: string): Promise<{ data?: Record<string, { id: string; code: string }[]> }> };
  await Promise.all(
    Object.entries(referenceLists).map(async ([list, path]) => {
      const { data } = await loose.GET(path);
      for (const item of data?.[list] ?? []) ids.set(`${list}:${item.code}`, item.id);
    }),
  );
  return {
    sandbox,
    client,
    async tokenFor(scopes) {
      const source = clientCredentials({ issuer: sandbox.issuer, clientId: secretBasic.clientId, clientSecret: secretBasic.clientSecret, scope: scopes });
      return (await source.getToken(scopes)).value;
    },
    ref(list, code) {
      const id = ids.get(`${list}:${code}`);
      if (!id) throw new Error(`No ${code} in ${list}`);
      return id;
    },
    url: (path) => `${sandbox.baseUrl}/${sandbox.institutionUniversalId}${path}`,
  };
}

/**
 * The sandbox of this test file: started before its tests, and after them checked for responses
 * that drifted from the spec, then stopped. The returned object is filled in by `beforeAll`.
 */
export function useTestSandbox(options: SandboxOptions = {}): TestSandbox {
  const fixture = {} as TestSandbox;
  beforeAll(async () => {
    Object.assign(fixture, await startTestSandbox(options));
  });
  afterAll(async () => {
    try {
      expect(fixture.sandbox.responseViolations).toEqual([]);
    } finally {
      await fixture.sandbox.stop();
    }
  });
  return fixture;
}

/** Every operationId of the spec. */
export const operationIds = Object.keys(operations) as OperationId[];

/** A fresh random uuid. */
export const uuid = (): string => crypto.randomUUID();
