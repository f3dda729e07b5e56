/**
 * Checks {@link ClientAuthOptions} at construction and registers the secret or key material with
 * the source's redactor. The oauth4webapi `ClientAuth` is built from the result with the first
 * token request (client-auth-method.ts).
 */
import { authError } from "./auth-error-advice.js";
import type { ClientAuthOptions } from "./options.js";
import { prepareKey, type PreparedKey } from "./private-key.js";
import type { Redactor } from "./redaction.js";
import { basicCredential } from "./secret-encodings.js";

/** What the client proves itself with: a secret, or a checked private key. */
export type ClientCredential = { readonly secret: string } | { readonly key: PreparedKey };

/** The validated client authentication of one source. */
export interface ResolvedClientAuth {
  readonly method: "client_secret_basic" | "client_secret_post" | "private_key_jwt";
  /** Signature algorithm, for private_key_jwt. */
  readonly algorithm: "PS256" | "RS256" | undefined;
  /** `aud` of the client assertion, for private_key_jwt. */
  readonly assertionAudience: "issuer" | "token_endpoint";
  /** The secret or key; behind a call so no view of a source's internals shows it. */
  readonly credential: () => ClientCredential;
}

function invalid(what: string): never {
  throw authError("AUTH_INVALID_OPTIONS", what);
}

/** Validates the secret/key options for `source` (whose `clientId` is already checked) and registers their material with `redactor`. */
export function resolveClientAuth(options: ClientAuthOptions & { readonly clientId: string }, source: string, redactor: Redactor): ResolvedClientAuth {
  const { clientSecret, privateKey, clientAuth, algorithm, kid } = options;
  const assertionAudience = options.assertionAudience ?? "token_endpoint";
  if (clientSecret !== undefined && privateKey !== undefined) invalid(`${source}(): give either \`clientSecret\` or \`privateKey\`, not both.`);
  if (clientSecret === undefined && privateKey === undefined) {
    invalid(`${source}(): a confidential client needs \`privateKey\` (private_key_jwt, what Jack Henry Identity expects) or \`clientSecret\`.`);
  }
  if (assertionAudience !== "issuer" && assertionAudience !== "token_endpoint") invalid(`${source}(): \`assertionAudience\` must be "issuer" or "token_endpoint".`);

  if (clientSecret !== undefined) {
    if (typeof clientSecret !== "string" || clientSecret === "") invalid(`${source}(): \`clientSecret\` must be a non-empty string.`);
    redactor.addSecret(clientSecret);
    const method = clientAuth ?? "client_secret_basic";
    if (method !== "client_secret_basic" && method !== "client_secret_post") {
      invalid(`${source}(): \`clientAuth\` "${String(method)}" needs \`privateKey\`; with \`clientSecret\` use "client_secret_basic" or "client_secret_post".`);
    }
    if (algorithm !== undefined || kid !== undefined) invalid(`${source}(): \`algorithm\` and \`kid\` apply to \`privateKey\` only.`);
    // The header value is a secret of its own: a server echoing it would otherwise give the secret away.
    if (method === "client_secret_basic") redactor.addSecret(basicCredential(options.clientId, clientSecret));
    const credential = { secret: clientSecret };
    return { method, algorithm: undefined, assertionAudience, credential: () => credential };
  }

  if (clientAuth !== undefined && clientAuth !== "private_key_jwt")
    invalid(`${source}(): \`clientAuth\` "${String(clientAuth)}" needs \`clientSecret\`; with \`privateKey\` use "private_key_jwt".`);
  const key = prepareKey(privateKey as NonNullable<typeof privateKey>, algorithm, kid, redactor);
  const credential = { key };
  return { method: "private_key_jwt", algorithm: key.algorithm, assertionAudience, credential: () => credential };
}
