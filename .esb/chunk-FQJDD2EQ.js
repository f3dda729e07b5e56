import {
  InvalidOptionsError
} from "./chunk-HUATZ5KV.js";

// src/utils/is-loopback.ts
function isLoopbackHost(hostname) {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host === "::1") return true;
  const octets = host.split(".");
  return octets.length === 4 && octets[0] === "127" && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
}

// src/client/base-url.ts
var guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
var anyCaseGuid = new RegExp(guid.source, "i");
function institutionBaseUrl(location) {
  const id = location.institutionUniversalId;
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
      `baseUrl ends in an institution id (${last}); give the service root up to the version (\u2026/a/api/entity-svcs/v1): the client appends institutionUniversalId itself.`
    );
  }
  return `${root}/${id}`;
}
function serviceRoot(options) {
  if (options.baseUrl !== void 0 && options.host !== void 0) {
    throw new InvalidOptionsError("Pass either host or baseUrl, not both.");
  }
  if (options.baseUrl === void 0) {
    if (options.host === void 0) {
      throw new InvalidOptionsError(
        `host or baseUrl is required: the institution's digital host (e.g. host: "digital.garden-fi.com", Jack Henry's sandbox institution) or the full service root. There is no default, so a production token is never sent to the wrong institution.`
      );
    }
    const { host } = options;
    if (typeof host !== "string" || !/^[a-z0-9.-]+(:\d+)?$/i.test(host)) {
      throw new InvalidOptionsError(`host must be a host name such as digital.garden-fi.com, without scheme or path; got "${String(host).slice(0, 80)}".`);
    }
    return new URL(`https://${host}/a/api/entity-svcs/v1`);
  }
  let url;
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

export {
  isLoopbackHost,
  institutionBaseUrl
};
