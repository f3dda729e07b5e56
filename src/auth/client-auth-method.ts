/** The oauth4webapi `ClientAuth` of a source's validated client authentication (token-request side). */
import * as oauth from "oauth4webapi";
import type { ResolvedClientAuth } from "./client-auth.js";
import { oncePer } from "./once-per.js";
import { importPrivateKey } from "./private-key-import.js";

/**
 * The ClientAuth for a source's `ResolvedClientAuth`, built once (derived sources share their
 * parent's, so the key is imported once); a key that fails to import fails every request alike.
 */
export const clientAuthOf = oncePer(build);

async function build({ method, assertionAudience, credential }: ResolvedClientAuth): Promise<oauth.ClientAuth> {
  const given = credential();
  if ("secret" in given) return method === "client_secret_post" ? oauth.ClientSecretPost(given.secret) : oauth.ClientSecretBasic(given.secret);
  const signingKey = await importPrivateKey(given.key);
  if (assertionAudience === "issuer") return oauth.PrivateKeyJwt(signingKey);
  // oauth4webapi signs with aud = issuer; Jack Henry's helper uses the token endpoint URL.
  return (as, client, body, headers) =>
    oauth.PrivateKeyJwt(signingKey, {
      [oauth.modifyAssertion]: (_header, payload) => {
        payload["aud"] = as.token_endpoint;
      },
    })(as, client, body, headers);
}
