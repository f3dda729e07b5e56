/**
 * The token-request side (token-requests.ts), loaded on first need: every source's first request
 * to the authorization server, first DPoP proof and first use of a `store` load it. One module
 * rather than one per grant: what it shares with the definitions then goes into one chunk of a
 * split bundle, not several. oauth4webapi stays out of an app's start-up.
 */
import { loadOnce } from "../utils/load-once.js";

/** Loads token-requests.ts once (again after a failed load). */
export const tokenRequests = loadOnce(() => import("./token-requests.js"));
