/**
 * The token-request side of src/auth, loaded with `import()` on first need (see lazy-module.ts):
 * oauth4webapi and everything only a request to the authorization server needs (discovery, the
 * token endpoint, client authentication and key import, DPoP proofs, ID-token checks, error
 * mapping), and the fleet sharing of sources that have a `store`. The sources' definitions only
 * check options and cache tokens.
 */
export { createAuthorizationRequest, handleAuthorizationCallback } from "./authorization-code-grant.js";
export { requestClientCredentialsToken } from "./client-credentials-grant.js";
export { apiProof } from "./dpop-proof.js";
export { redeemRefreshToken } from "./refresh-token-grant.js";
export { sharedRefresh } from "./shared-refresh.js";
export { sharedTokens } from "./shared-tokens.js";
