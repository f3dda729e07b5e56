/**
 * DPoP (RFC 9449): one ES256 key pair per source, created on first use. Token requests get proofs
 * through oauth4webapi's `DPoP` handle; API requests get them through {@link DpopBinding}, which
 * also learns the API's `DPoP-Nonce` values. This side is what a source holds from construction:
 * the nonces and the binding. The key pair and the proofs (dpop-proof.ts) load with the first proof.
 */
import { isDpopNonceChallenge } from "./dpop-challenge.js";
import { tokenRequests } from "./lazy-module.js";
import type { Redactor } from "./redaction.js";
import type { AccessToken, DpopBinding } from "./token-source.js";

/** A source's DPoP key and the nonces resource servers asked for. */
export class DpopKey {
  // Nonces of resource servers by origin; "" holds one from a Response without a URL.
  readonly #apiNonces = new Map<string, string>();
  /** Seconds added to the local clock for the proofs' `iat`. */
  readonly clockSkewSeconds: number;
  /** The source's redactor, for errors while building a proof. */
  readonly redactor: Redactor;
  /** The source's `timeoutMs`, for errors while building a proof. */
  readonly timeoutMs: number;
  /** The binding the API client uses; present on a source only when DPoP is enabled. */
  readonly binding: DpopBinding;

  constructor(clockSkewSeconds: number, redactor: Redactor, timeoutMs: number) {
    this.clockSkewSeconds = clockSkewSeconds;
    this.redactor = redactor;
    this.timeoutMs = timeoutMs;
    this.binding = Object.freeze({
      addProof: (url: URL, headers: Headers, method: string, token: AccessToken) => this.#addProof(url, headers, method, token),
      handleResponse: (response: Response) => this.#handleResponse(response),
      toString: () => "DpopBinding(ES256)",
    });
  }

  /** The nonce the resource server at `url`'s origin asked for (or one from a response without a URL). */
  apiNonce(url: string): string | undefined {
    return this.#apiNonces.get(new URL(url).origin) ?? this.#apiNonces.get("");
  }

  async #addProof(url: URL, headers: Headers, method: string, token: AccessToken): Promise<void> {
    // A Bearer token (the server didn't bind it) must not carry a proof: the API would reject the mix.
    if (token.type !== "DPoP") return;
    const proof = await (await tokenRequests()).apiProof(this, url, method, token);
    if (proof !== undefined) headers.set("DPoP", proof);
  }

  // Needs no proof code: it only records the nonce the next proof will carry.
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
    return response.status === 401 && isDpopNonceChallenge(response.headers);
  }
}
