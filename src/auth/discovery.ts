/** The discovery request (`/.well-known/openid-configuration`), made through the source's discovery cache. */
import * as oauth from "oauth4webapi";
import { toAuthError } from "./error-mapping.js";
import type { GrantContext } from "./grant-context.js";
import { parseSecureUrl } from "./issuer.js";
import { Redactor } from "./redaction.js";
import { requestOptions, transportOf, type Transport } from "./transport.js";

/**
 * The issuer's metadata, from the source's cache or fetched once (concurrent callers share one
 * request) with the asking source's transport; errors are already AuthErrors.
 */
export function metadataOf(ctx: GrantContext): Promise<oauth.AuthorizationServer> {
  const { options } = ctx;
  return options.discovery.metadata(options.issuer, () => fetchMetadata(transportOf(options)));
}

/** Fetches and checks the metadata; its endpoints must pass the same HTTPS rule as the issuer. */
async function fetchMetadata(transport: Transport): Promise<oauth.AuthorizationServer> {
  const wellKnown = `${transport.issuer.href.replace(/\/$/, "")}/.well-known/openid-configuration`;
  try {
    const response = await oauth.discoveryRequest(transport.issuer, requestOptions(transport, "discovery"));
    const as = await oauth.processDiscoveryResponse(transport.issuer, response);
    for (const name of ["token_endpoint", "jwks_uri", "authorization_endpoint"] as const) {
      const value = as[name];
      if (value !== undefined) parseSecureUrl(value, `The issuer's ${name}`);
    }
    return as;
  } catch (err) {
    throw toAuthError(err, { phase: "discovery", redactor: new Redactor(), endpoint: `discovery endpoint ${wellKnown}`, timeoutMs: transport.timeoutMs });
  }
}
