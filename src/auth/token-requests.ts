/**
 * The token-request side of src/auth, loaded with `import()` on first need (see lazy-module.ts):
 * oauth4webapi and everything only a request to the authorization server needs (discovery, the
 * token endpoint, client authentication and key import, DPoP proofs, ID-token checks, error
 * mapping), and the fleet sharing of sources that have a `store`. The sources' definitions only
 * check options and cache tokens.
 */
/** The authorization code flow's authorization URL, callback and code exchange. */
export { createAuthorizationRequest, handleAuthorizationCallback } from "./authorization-code-grant.js";
/** The client credentials token request. */
export { requestClientCredentialsToken } from "./client-credentials-grant.js";
/** DPoP proofs for API requests (token requests get theirs in the token endpoint call). */
export { apiProof } from "./dpop-proof.js";
/** The refresh token grant request. */
export { redeemRefreshToken } from "./refresh-token-grant.js";
/** Fleet sharing over a store: refresh-token rotation, and client credentials tokens by scope set. */
export { sharedRefresh } from "./shared-refresh.js";
export { sharedTokens } from "./shared-tokens.js";
