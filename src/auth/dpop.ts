/**
 * DPoP (RFC 9449): one ES256 key pair per source, created on first use. Token requests get proofs
 * through oauth4webapi's `DPoP` handle; API requests get them through {@link DpopBinding}, which
 * also learns the API's `DPoP-Nonce` values.
 */
import * as oauth from "oauth4webapi";
import { toAuthError } from "./error-mapping.js";
import { isInsecureLoopback } from "./issuer.js";
import type { Redactor } from "./redaction.js";
import type { AccessToken, DpopBinding } from "./token-source.js";

const USE_DPOP_NONCE = /error\s*=\s*"?use_dpop_nonce"?/i;

/** A source's DPoP key and the nonces resource servers asked for. */
export class DpopKey {
  #handle: Promise<oauth.DPoPHandle> | undefined;
  // Nonces of resource servers by origin; "" holds one from a Response without a URL.
  readonly #apiNonces = new Map<string, string>();
  readonly #clockSkewSeconds: number;
  readonly #redactor: Redactor;
  readonly #timeoutMs: number;
  /** The binding the API client uses; present on a source only when DPoP is enabled. */
  readonly binding: DpopBinding;

  constructor(clockSkewSeconds: number, redactor: Redactor, timeoutMs: number) {
    this.#clockSkewSeconds = clockSkewSeconds;
    this.#redactor = redactor;
    this.#timeoutMs = timeoutMs;
    this.binding = Object.freeze({
      addProof: (url: URL, headers: Headers, method: string, token: AccessToken) => this.#addProof(url, headers, method, token),
      handleResponse: (response: Response) => this.#handleResponse(response),
      toString: () => "DpopBinding(ES256)",
    });
  }

  /** The oauth4webapi handle for token requests (created, with its key pair, once). */
  handle(): Promise<oauth.DPoPHandle> {
    return (this.#handle ??= oauth.generateKeyPair("ES256").then((keyPair) =>
      oauth.DPoP({ [oauth.clockSkew]: this.#clockSkewSeconds }, keyPair, {
        // API proofs (they carry `ath`) use the nonce that API asked for; token-endpoint proofs keep the handle's own.
        [oauth.modifyAssertion]: (_header, payload) => {
          if (payload["ath"] === undefined || typeof payload["htu"] !== "string") return;
          const nonce = this.#apiNonces.get(new URL(payload["htu"]).origin) ?? this.#apiNonces.get("");
          if (nonce !== undefined) payload["nonce"] = nonce;
        },
      }),
    ));
  }

  async #addProof(url: URL, headers: Headers, method: string, token: AccessToken): Promise<void> {
    // A Bearer token (the server didn't bind it) must not carry a proof: the API would reject the mix.
    if (token.type !== "DPoP") return;
    const DPoP = await this.handle();
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
      throw toAuthError(err, { phase: "token", redactor: this.#redactor, endpoint: `API at ${url.origin}`, timeoutMs: this.#timeoutMs });
    }
    if (proof !== undefined) headers.set("DPoP", proof);
  }

  #handleResponse(response: Response): boolean {
    const nonce = response.headers.get("dpop-nonce");
    if (nonce === null) return false;
    let origin: string;
    try {
      origin = response.url ? new URL(response.url).origin : "";
    } catch {
      origin = "";
    }
    this.#apiNonces.set(origin, nonce);
    const challenge = response.headers.get("www-authenticate") ?? "";
    return response.status === 401 && /\bdpop\b/i.test(challenge) && USE_DPOP_NONCE.test(challenge);
  }
}
