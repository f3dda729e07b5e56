import { AuthError } from "../errors/auth-error.js";
import { isLoopbackHost } from "../utils/is-loopback.js";

/** Where plain HTTP may be used, and so where oauth4webapi's `allowInsecureRequests` is passed. */
export function isInsecureLoopback(url: URL): boolean {
  return url.protocol === "http:" && isLoopbackHost(url.hostname);
}

/**
 * Parses an issuer (or an endpoint from its metadata) and refuses anything but HTTPS, except
 * loopback HTTP for local servers: tokens and client credentials must never cross a network in clear.
 */
export function parseSecureUrl(value: string | URL, what: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AuthError("AUTH_INVALID_OPTIONS", `${what} is not a valid absolute URL. Check the configured value.`);
  }
  if (url.protocol === "https:" || isInsecureLoopback(url)) return url;
  if (url.protocol === "http:") {
    throw new AuthError(
      "AUTH_INSECURE_ISSUER",
      `${what} ${url.origin} uses plain http:// on a non-loopback host. Use https:// (plain http is only accepted for localhost, 127.0.0.0/8 and ::1).`,
    );
  }
  throw new AuthError("AUTH_INVALID_OPTIONS", `${what} must be an https:// URL (got ${url.protocol}).`);
}
