import { InvalidOptionsError } from "../errors/invalid-options-error.js";
import { isLoopbackHost } from "../utils/is-loopback.js";

/** Where an institution's Entity Services live: a host, or a full service root. */
export interface ServiceLocation {
  /** The institution (Institution/Environment/Brand) GUID, issued with the credentials. */
  readonly institutionUniversalId: string;
  /**
   * The institution's digital host; the service root becomes `https://{host}/a/api/entity-svcs/v1`.
   * @default "digital.garden-fi.com" (Jack Henry's sandbox institution)
   */
  readonly host?: string;
  /**
   * The service root instead of `host`, up to the version: e.g. `https://bank.example/a/api/entity-svcs/v1`.
   * The institution id is appended. Must be https, except on loopback.
   */
  readonly baseUrl?: string;
}

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The URL every path of the spec is relative to: the service root plus the institution id, checked. */
export function institutionBaseUrl(location: ServiceLocation): string {
  if (typeof location.institutionUniversalId !== "string" || location.institutionUniversalId === "") {
    throw new InvalidOptionsError("institutionUniversalId is required: the institution's GUID, issued with the client credentials.");
  }
  if (!guid.test(location.institutionUniversalId)) {
    throw new InvalidOptionsError(`institutionUniversalId must be a GUID like 4e3cde86-37ea-48bb-adef-4f820ba70b0f; got "${location.institutionUniversalId}".`);
  }
  const root = serviceRoot(location).href.replace(/\/+$/, "");
  return `${root}/${encodeURIComponent(location.institutionUniversalId)}`;
}

function serviceRoot(options: ServiceLocation): URL {
  if (options.baseUrl !== undefined && options.host !== undefined) {
    throw new InvalidOptionsError("Pass either host or baseUrl, not both.");
  }
  if (options.baseUrl === undefined) {
    const host = options.host ?? "digital.garden-fi.com";
    if (!/^[a-z0-9.-]+(:\d+)?$/i.test(host)) throw new InvalidOptionsError(`host must be a host name such as digital.garden-fi.com, without scheme or path; got "${host}".`);
    return new URL(`https://${host}/a/api/entity-svcs/v1`);
  }
  let url: URL;
  try {
    url = new URL(options.baseUrl);
  } catch {
    throw new InvalidOptionsError(`baseUrl is not a valid URL: "${options.baseUrl}".`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopbackHost(url.hostname))) {
    throw new InvalidOptionsError(`baseUrl must use https (plain http is allowed only on loopback); got ${url.protocol}//${url.host}.`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new InvalidOptionsError("baseUrl must not carry credentials, a query or a fragment.");
  }
  return url;
}
