/**
 * The resource server's half of OAuth: verifies the bearer (or DPoP-bound) JWT access token
 * against the authorization server's JWKS with oauth4webapi (signature, `typ`, `iss`, `aud`,
 * `exp`, DPoP proof when bound, and that the proof's `jti` was not seen before), then checks the
 * operation's scopes. An encrypted access token (a signed JWT encrypted to the API's key) is
 * decrypted first. Failures carry the RFC 6750 (or RFC 9449) challenge and the problem to answer with.
 */
import type { KeyObject } from "node:crypto";
import { compactDecrypt } from "jose";
import * as oauth from "oauth4webapi";
import { createProofMemory } from "./dpop-replay.js";
import { TOKEN_ENCRYPTION } from "../token-encryption.js";
import { ApiProblem } from "./responses.js";

/** Where tokens come from and whom they must be for. */
export interface TokenVerifierOptions {
  readonly issuer: string;
  readonly jwksUri: string;
  /** The `aud` every access token must carry: the API's service root. */
  readonly audience: string;
  /** The API's private key when access tokens arrive encrypted; every token must then be encrypted. */
  readonly decryptionKey?: KeyObject;
}

/** The request facts a token check needs. */
export interface TokenRequest {
  /** The absolute URL the client called (DPoP proofs are bound to it). */
  readonly url: string;
  readonly method: string;
  readonly authorization: string | undefined;
  readonly dpop: string | undefined;
}

/** Verifies a request's access token and that it grants `scopes`; resolves to its claims or throws an {@link ApiProblem} (401 / 403). */
export type TokenVerifier = (request: TokenRequest, scopes: readonly string[]) => Promise<oauth.JWTAccessTokenClaims>;

/** Creates a verifier, downloading the JWKS once up front so a burst of first requests shares it. */
export async function createTokenVerifier(options: TokenVerifierOptions): Promise<TokenVerifier> {
  const as: oauth.AuthorizationServer = { issuer: options.issuer, jwks_uri: options.jwksUri };
  const response = await fetch(options.jwksUri);
  if (!response.ok) throw new Error(`The authorization server's JWKS answered HTTP ${response.status}`);
  const jwksCache: oauth.JWKSCacheInput = { jwks: (await response.json()) as oauth.JWKS, uat: Math.floor(Date.now() / 1000) };
  const validateOptions: oauth.ValidateJWTAccessTokenOptions = {
    // Loopback only: oauth4webapi refuses plain http (e.g. a JWKS refresh after key rotation) unless told otherwise.
    [oauth.allowInsecureRequests]: true,
    [oauth.jwksCache]: jwksCache,
    // Both servers share this machine's clock, so expiry is exact (oauth4webapi tolerates 30 s by default).
    [oauth.clockTolerance]: 0,
  };
  const proofs = createProofMemory();

  return async (request, scopes) => {
    if (!request.authorization) {
      throw unauthenticated("Bearer", "The request has no access token: send `Authorization: Bearer <token>`.");
    }
    const authorization = options.decryptionKey ? await decrypted(request, options.decryptionKey) : request.authorization;
    const headers = new Headers({ authorization });
    if (request.dpop !== undefined) headers.set("dpop", request.dpop);
    let claims: oauth.JWTAccessTokenClaims;
    try {
      claims = await oauth.validateJwtAccessToken(as, new Request(request.url, { method: request.method, headers }), options.audience, validateOptions);
    } catch (error) {
      throw invalidToken(error instanceof Error ? error.message : "the access token is invalid");
    }
    // oauth4webapi has verified the proof (signature, htm, htu, ath, iat); only its freshness is left to check.
    const jkt = (claims["cnf"] as { jkt?: unknown } | undefined)?.jkt;
    if (typeof jkt === "string" && request.dpop !== undefined && !proofs.remember(jkt, proofId(request.dpop))) {
      throw unauthenticated(
        'DPoP error="invalid_dpop_proof", error_description="The DPoP proof was already used"',
        "The DPoP proof was already used: send a new proof (a fresh jti) with every request.",
      );
    }
    const granted = new Set((claims.scope ?? "").split(" ").filter(Boolean));
    const missing = scopes.filter((scope) => !granted.has(scope));
    if (missing.length > 0) throw insufficientScope(scopes, missing);
    return claims;
  };
}

const invalidToken = (reason: string): ApiProblem =>
  unauthenticated(`Bearer error="invalid_token", error_description="${quotable(reason)}"`, `The access token was rejected: ${reason}.`);

/** The Authorization header with the encrypted token replaced by the signed JWT inside it. */
async function decrypted(request: TokenRequest, key: KeyObject): Promise<string> {
  const [scheme = "", token = "", ...rest] = (request.authorization ?? "").split(/ +/);
  // A DPoP proof's `ath` hashes the token as sent, which oauth4webapi would compare with the inner one.
  if (request.dpop !== undefined || scheme.toLowerCase() === "dpop") {
    throw invalidToken("the sandbox started with encryptedTokens can't check DPoP proofs; use encrypted tokens without DPoP");
  }
  if (rest.length > 0 || token.split(".").length !== 5) throw invalidToken("access tokens must be encrypted (a five-part JWE) in this sandbox");
  let result: Awaited<ReturnType<typeof compactDecrypt>>;
  try {
    result = await compactDecrypt(token, key, { keyManagementAlgorithms: [TOKEN_ENCRYPTION.alg], contentEncryptionAlgorithms: [TOKEN_ENCRYPTION.enc] });
  } catch {
    throw invalidToken("the encrypted access token does not decrypt with the API's key");
  }
  if (result.protectedHeader.cty?.toLowerCase() !== "at+jwt") throw invalidToken("the encrypted access token does not hold a signed access token (cty at+jwt)");
  return `${scheme} ${new TextDecoder().decode(result.plaintext)}`;
}

function unauthenticated(challenge: string, detail: string): ApiProblem {
  return new ApiProblem(401, { type: "jackhenry/unauthenticated", title: "Authentication is required.", details: [detail], data: null }, { "www-authenticate": challenge });
}

// RFC 6750 §3: the challenge names every scope the operation needs, not only the missing ones.
function insufficientScope(required: readonly string[], missing: readonly string[]): ApiProblem {
  return new ApiProblem(
    403,
    {
      type: "jackhenry/insufficient-scope",
      title: "The access token does not grant this operation.",
      details: missing.map((scope) => `Required scope ${scope}.`),
      data: { requiredScopes: [...required], missingScopes: [...missing] },
    },
    { "www-authenticate": `Bearer error="insufficient_scope", scope="${required.join(" ")}"` },
  );
}

// The `jti` of a proof that oauth4webapi already validated (so it is a JWT whose payload has a string jti).
function proofId(proof: string): string {
  const payload = JSON.parse(Buffer.from(proof.split(".")[1] ?? "", "base64url").toString("utf8")) as { jti: string };
  return payload.jti;
}

// A quoted-string in a challenge may not hold `"` or `\`, and error_description is limited to printable ASCII.
const quotable = (text: string): string =>
  text
    .replace(/["\\]/g, "'")
    .replace(/[^\x20-\x7e]/g, "?")
    .slice(0, 300);
