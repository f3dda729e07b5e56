/** DPoP key pairs and proofs, with oauth4webapi (token-request side of dpop.ts). */
import * as oauth from "oauth4webapi";
import type { DpopKey } from "./dpop.js";
import { toAuthError } from "./error-mapping.js";
import { isInsecureLoopback } from "./issuer.js";
import { oncePer } from "./once-per.js";
import type { AccessToken } from "./token-source.js";

/** The oauth4webapi handle of a source's DpopKey, for token and API proofs; created, with its key pair, on the first proof. */
export const dpopHandle = oncePer((key: DpopKey): Promise<oauth.DPoPHandle> =>
  oauth.generateKeyPair("ES256").then((keyPair) =>
    oauth.DPoP({ [oauth.clockSkew]: key.clockSkewSeconds }, keyPair, {
      // API proofs (they carry `ath`) use the nonce that API asked for; token-endpoint proofs keep the handle's own.
      [oauth.modifyAssertion]: (_header, payload) => {
        if (payload["ath"] === undefined || typeof payload["htu"] !== "string") return;
        const nonce = key.apiNonce(payload["htu"]);
        if (nonce !== undefined) payload["nonce"] = nonce;
      },
    }),
  ),
);

/** The `DPoP` header value for one API request made with the DPoP-bound `token`. */
export async function apiProof(key: DpopKey, url: URL, method: string, token: AccessToken): Promise<string | undefined> {
  const DPoP = await dpopHandle(key);
  let proof: string | undefined;
  try {
    // oauth4webapi builds the proof (htm, htu, ath, iat, jti, nonce) inside protectedResourceRequest;
    // a capturing fetch takes the header and sends nothing: the API client makes the real request.
    await oauth.protectedResourceRequest(token.value, method, url, undefined, undefined, {
      DPoP,
      [oauth.customFetch]: async (_url, init) => {
        proof = init.headers["dpop"];
        return new Response(null, { status: 204 });
      },
      ...(isInsecureLoopback(url) ? { [oauth.allowInsecureRequests]: true } : {}),
    });
  } catch (err) {
    throw toAuthError(err, { phase: "token", redactor: key.redactor, endpoint: `API at ${url.origin}`, timeoutMs: key.timeoutMs });
  }
  return proof;
}
