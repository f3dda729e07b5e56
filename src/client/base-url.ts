import { InvalidOptionsError } from "../errors/invalid-options-error.js";
import { isLoopbackHost } from "../utils/is-loopback.js";

/** Where an institution's Entity Services live: a host, or a full service root. One of the two is required. */
export interface ServiceLocation {
  /** The institution (Institution/Environment/Brand) GUID, issued with the credentials, in lower case. */
  readonly institutionUniversalId: string;
  /**
   * The institution's digital host, e.g. `"digital.garden-fi.com"` (Jack Henry's sandbox institution);
   * the service root becomes `https://{host}/a/api/entity-svcs/v1`. Exclusive with `baseUrl`.
   */
  readonly host?: string;
  /**
   * The service root instead of `host`, up to the version: e.g. `https://bank.example/a/api/entity-svcs/v1`.
   * The institution id is appended. Must be https, except on loopback.
   */
  readonly baseUrl?: string;
}

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const anyCaseGuid = new RegExp(guid.source, "i");

/** The URL every path of the spec is relative to: the service root plus the institution id, checked. */
export function institutionBaseUrl(location: ServiceLocation): string {
  const id: unknown = location.institutionUniversalId;
  if (typeof id !== "string" || id === "") {
    throw new InvalidOptionsError("institutionUniversalId is required: the institution's GUID, issued with the client credentials.");
  }
  if (!guid.test(id)) {
    if (anyCaseGuid.test(id)) throw new InvalidOptionsError(`institutionUniversalId must be in lower case, as Digital Core URLs carry it: use "${id.toLowerCase()}".`);
    throw new InvalidOptionsError(`institutionUniversalId must be a GUID like 4e3cde86-37ea-48bb-adef-4f820ba70b0f; got "${id.slice(0, 60)}".`);
  }
  const root = serviceRoot(location).href.replace(/\/+$/, "");
  const last = root.slice(root.lastIndexOf("/") + 1);
  if (anyCaseGuid.test(last)) {
    throw new InvalidOptionsError(
      `baseUrl ends in an institution id (${last}); give the service root up to the version (…/a/api/entity-svcs/v1): the client appends institutionUniversalId itself.`,
    );
  }
  return `${root}/${id}`;
}

function serviceRoot(options: ServiceLocation): URL {
  if (options.baseUrl !== undefined && options.host !== undefined) {
    throw new InvalidOptionsError("Pass either host or baseUrl, not both.");
  }
  if (options.baseUrl === undefined) {
    if (options.host === undefined) {
      throw new InvalidOptionsError(
        "host or baseUrl is required: the institution's digital host (e.g. host: \"digital.garden-fi.com\", Jack Henry's sandbox institution) or the full service root. There is no default, so a production token is never sent to the wrong institution.",
      );
    }
    const { host } = options;
    if (typeof host !== "string" || !/^[a-z0-9.-]+(:\d+)?$/i.test(host)) {
      throw new InvalidOptionsError(`host must be a host name such as digital.garden-fi.com, without scheme or path; got "${String(host).slice(0, 80)}".`);
    }
    return new URL(`https://${host}/a/api/entity-svcs/v1`);
  }
  let url: URL;
  try {
    url = new URL(options.baseUrl);
  } catch {
    throw new InvalidOptionsError(`baseUrl is not a valid URL (an absolute https:// URL is needed): "${String(options.baseUrl).slice(0, 80)}".`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopbackHost(url.hostname))) {
    throw new InvalidOptionsError(`baseUrl must use https (plain http is allowed only on loopback); got ${url.protocol}//${url.host}.`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new InvalidOptionsError("baseUrl must not carry credentials, a query or a fragment.");
  }
  return url;
}
