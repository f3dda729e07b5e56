import {
  findOperation,
  operations
} from "./chunk-GREIS4CQ.js";
import {
  institutionBaseUrl,
  isLoopbackHost
} from "./chunk-FQJDD2EQ.js";
import {
  MAX_TIMER_MS,
  millisecondsProblem,
  sleep
} from "./chunk-DYKYEZKB.js";
import {
  EntityManagementError,
  InvalidOptionsError
} from "./chunk-HUATZ5KV.js";

// src/client/create-client.ts
import createClient from "openapi-fetch";

// src/errors/invalid-request-error.ts
var InvalidRequestError = class extends EntityManagementError {
  constructor(code, message) {
    super(code, message);
  }
};

// src/client/accept.ts
var acceptFrom = (produces) => [...produces.length > 0 ? produces : ["application/json"], "application/problem+json"].join(", ");
var acceptByOperation = new Map(Object.values(operations).map(({ operationId, produces }) => [operationId, acceptFrom(produces)]));
function acceptFor(operation) {
  return acceptByOperation.get(operation.operationId) ?? acceptFrom(operation.produces);
}

// src/client/header-checks.ts
var NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
var UNSAFE_VALUE = /[\u0000-\u0008\u000a-\u001f\u007f]/;
var reserved = {
  authorization: "the client sets it from `auth` on every attempt",
  dpop: "the client adds the proof when the token is DPoP-bound",
  cookie: "Entity Services authenticate with the access token only",
  host: "it is derived from the base URL",
  "content-length": "it is derived from the body",
  "transfer-encoding": "it is derived from the body",
  connection: "the transport manages connections"
};
function headerValueProblem(value) {
  return UNSAFE_VALUE.test(value) ? "contains CR, LF, NUL or another control character" : void 0;
}
function checkHeaders(headers, where, alsoReserved = {}) {
  if (typeof headers !== "object" || headers === null || Array.isArray(headers) || headers instanceof Headers) {
    throw new InvalidOptionsError(`${where} must be a plain object of header names to string values, e.g. { "X-Correlation-ID": id }.`);
  }
  const checked = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (!NAME.test(name)) throw new InvalidOptionsError(`${where} has a header name that is not an HTTP token: ${JSON.stringify(name.slice(0, 40))}.`);
    const why = reserved[lower] ?? alsoReserved[lower];
    if (why !== void 0) throw new InvalidOptionsError(`${where} can't set ${lower}: ${why}.`);
    if (typeof value !== "string") throw new InvalidOptionsError(`${where}["${name}"] must be a string; got ${value === null ? "null" : typeof value}.`);
    const problem = headerValueProblem(value);
    if (problem) throw new InvalidOptionsError(`${where}["${name}"] ${problem}; such a value would split the request.`);
    checked[lower] = value;
  }
  return checked;
}

// src/client/retry-policy.ts
var defaults = { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 8e3, maxRetryAfterMs: 6e4 };
var delayKeys = ["baseDelayMs", "maxDelayMs", "maxRetryAfterMs"];
var MAX_ATTEMPTS = 20;
function resolveRetryPolicy(policy, base = defaults, where = "retry") {
  if (policy === void 0) return base;
  if (policy === false) return { ...base, maxAttempts: 1 };
  if (typeof policy !== "object" || policy === null || Array.isArray(policy)) {
    throw new InvalidOptionsError(`${where} must be an object such as { maxAttempts: 3 } or false; got ${policy === null ? "null" : typeof policy}.`);
  }
  for (const [key, value] of Object.entries(policy)) {
    if (!(key in defaults)) throw new InvalidOptionsError(`${where}.${key} is not a retry option; use ${Object.keys(defaults).join(", ")}.`);
    if (value === void 0) throw new InvalidOptionsError(`${where}.${key} is undefined; omit it to use the default (${defaults[key]}).`);
  }
  const resolved = { ...base, ...policy };
  const { maxAttempts } = resolved;
  if (maxAttempts === 0) throw new InvalidOptionsError(`${where}.maxAttempts counts the first attempt too, so 0 would send nothing: use 1 (or retry: false) for no retries.`);
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
    throw new InvalidOptionsError(`${where}.maxAttempts must be a whole number from 1 to ${MAX_ATTEMPTS}; got ${String(maxAttempts)}.`);
  }
  for (const key of delayKeys) {
    const problem = millisecondsProblem(`${where}.${key}`, resolved[key], true);
    if (problem) throw new InvalidOptionsError(problem);
  }
  return resolved;
}
var idempotentMethods = /* @__PURE__ */ new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);
var retryableStatuses = /* @__PURE__ */ new Set([408, 429, 500, 502, 503, 504]);
function isIdempotent(method) {
  return idempotentMethods.has(method.toUpperCase());
}
function isRetryableStatus(status) {
  return retryableStatuses.has(status);
}
function backoffDelay(policy, retryNumber, random = Math.random) {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retryNumber - 1));
  return Math.round(step * (0.5 + random() / 2));
}
function parseRetryAfter(value, now = Date.now()) {
  if (value === null) return void 0;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = /[a-z]{3}/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}

// src/client/call-options.ts
var allowed = /* @__PURE__ */ new Set(["params", "body", "headers", "parseAs", "signal", "timeoutMs", "retry"]);
var owned = /* @__PURE__ */ new Set(["fetch", "baseUrl", "pathSerializer", "querySerializer", "bodySerializer", "Request", "middleware"]);
var parsers = /* @__PURE__ */ new Set(["json", "text", "blob", "arrayBuffer", "stream"]);
var noHeaders = Object.freeze({});
var perCallOwned = { "user-agent": "use the client's userAgent option" };
function defaultParseAs(operation) {
  return operation.produces.length > 0 && !operation.produces.some((media) => media.endsWith("json")) ? "arrayBuffer" : "json";
}
function resolveCallOptions(init, operation, client) {
  const where = `${operation.operationId}()`;
  if (init === void 0) return { timeoutMs: client.timeoutMs, retry: client.retry, signal: void 0, headers: noHeaders, parseAs: defaultParseAs(operation) };
  if (typeof init !== "object" || init === null) throw new InvalidOptionsError(`${where}: the call's options must be an object such as { params, body }.`);
  for (const key of Object.keys(init)) {
    if (owned.has(key))
      throw new InvalidOptionsError(
        `${where}: ${key} is not a per-call option: the client owns its transport, base URL and serialisation. Set fetch or middleware when creating the client.`
      );
    if (!allowed.has(key)) throw new InvalidOptionsError(`${where}: ${key} is not a per-call option; use ${[...allowed].join(", ")}.`);
  }
  const { timeoutMs = client.timeoutMs, signal, parseAs = defaultParseAs(operation) } = init;
  const timeoutProblem = millisecondsProblem(`${where}: timeoutMs`, timeoutMs);
  if (timeoutProblem) throw new InvalidOptionsError(timeoutProblem);
  if (signal !== void 0 && !(signal instanceof AbortSignal)) throw new InvalidOptionsError(`${where}: signal must be an AbortSignal.`);
  if (!parsers.has(parseAs)) throw new InvalidOptionsError(`${where}: parseAs must be one of ${[...parsers].join(", ")}.`);
  const params = init["params"];
  const callHeaders = init["headers"] === void 0 ? noHeaders : checkHeaders(init["headers"], `${where}: headers`, perCallOwned);
  const paramHeaders = params?.header === void 0 ? noHeaders : checkHeaders(params.header, `${where}: params.header`, perCallOwned);
  return {
    timeoutMs,
    retry: init["retry"] === void 0 ? client.retry : resolveRetryPolicy(init["retry"], client.retry, `${where}: retry`),
    signal,
    headers: paramHeaders === noHeaders ? callHeaders : { ...paramHeaders, ...callHeaders },
    parseAs
  };
}

// src/client/call-request.ts
var CallRequest = class {
  url;
  method;
  headers;
  /** The serialised body as openapi-fetch produced it (a JSON string, FormData), sent as is on every attempt. */
  payload;
  constructor(url, init) {
    this.url = new URL(url).href;
    this.method = init.method ?? "GET";
    this.headers = init.headers ?? new Headers();
    this.payload = init.body ?? void 0;
  }
};

// src/store/shared-store.ts
var methods = ["get", "setIfAbsent", "compareAndSet", "compareAndDelete", "publish", "subscribe"];
function isSharedStore(value) {
  if (typeof value !== "object" || value === null) return false;
  const store = value;
  const leaseMs = store["leaseMs"];
  return methods.every((name) => typeof store[name] === "function") && typeof leaseMs === "number" && Number.isFinite(leaseMs) && leaseMs > 0;
}
function bestEffort(operation) {
  try {
    return operation().catch(() => void 0);
  } catch {
    return Promise.resolve(void 0);
  }
}

// src/version.ts
var clientVersion = "0.1.0";

// src/store/key-name.ts
var encoder = new TextEncoder();
async function storeKeyName(kind, parts) {
  const digest = await crypto.subtle.digest("SHA-256", encoder.encode(parts.join("\0")));
  return `${kind}:${base64url(new Uint8Array(digest))}`;
}
function randomId() {
  return base64url(crypto.getRandomValues(new Uint8Array(16)));
}
function base64url(bytes) {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

// src/client/fleet-gate.ts
var FleetPause = class {
  #store;
  #key;
  #until = 0;
  // Set until the first read of the shared pause has answered (or failed).
  #starting;
  constructor(store, baseUrl) {
    this.#store = store;
    this.#key = storeKeyName("pause", [baseUrl]);
    this.#starting = this.#key.then(async (key) => {
      store.subscribe(key, (message) => this.#extend(Number(message)));
      const entry = await store.get(key);
      if (entry) this.#extend(entry.ttlMs);
    }).catch(() => void 0).finally(() => this.#starting = void 0);
  }
  wait(signal) {
    if (this.#starting) return this.#starting.then(() => this.wait(signal));
    const left = this.#until - Date.now();
    return left > 0 ? sleep(left, signal).then(() => this.wait(signal)) : void 0;
  }
  async announce(ms) {
    this.#extend(ms);
    await bestEffort(async () => {
      const key = await this.#key;
      const current = await this.#store.get(key);
      if (current && current.ttlMs >= ms) return;
      if (await this.#store.compareAndSet(key, current?.version, { version: randomId(), data: "" }, ms)) await this.#store.publish(key, String(ms));
    });
  }
  // Whatever a message says, a pause is a usable timer: past MAX_TIMER_MS Node would fire it at once, over and over.
  #extend(ms) {
    if (Number.isFinite(ms) && ms > 0 && ms <= MAX_TIMER_MS) this.#until = Math.max(this.#until, Date.now() + ms);
  }
};
var pauses = /* @__PURE__ */ new WeakMap();
function pauseFor(store, baseUrl) {
  let byUrl = pauses.get(store);
  if (!byUrl) pauses.set(store, byUrl = /* @__PURE__ */ new Map());
  let pause = byUrl.get(baseUrl);
  if (!pause) byUrl.set(baseUrl, pause = new FleetPause(store, baseUrl));
  return pause;
}
function createCallGate(store, baseUrl, rateLimit) {
  const pause = pauseFor(store, baseUrl);
  let limiter;
  if (rateLimit && store.createRateLimiter) {
    const create = store.createRateLimiter.bind(store);
    limiter = storeKeyName("rate", [baseUrl]).then((name) => create(name, rateLimit.requestsPerSecond));
  }
  return {
    beforeSend(signal) {
      const paused = pause.wait(signal);
      if (!limiter) return paused;
      const slot = limiter;
      return (paused ?? Promise.resolve()).then(async () => (await slot).acquire(signal));
    },
    afterResponse(status, headers, maxPauseMs) {
      if (status !== 429 && status !== 503) return void 0;
      const retryAfter = parseRetryAfter(headers.get("retry-after"));
      return retryAfter === void 0 || retryAfter <= 0 ? void 0 : pause.announce(Math.min(retryAfter, maxPauseMs));
    }
  };
}

// src/client/client-options.ts
var knownOptions = /* @__PURE__ */ new Set([
  "institutionUniversalId",
  "host",
  "baseUrl",
  "auth",
  "timeoutMs",
  "maxResponseBytes",
  "retry",
  "userAgent",
  "headers",
  "logger",
  "middleware",
  "fetch",
  "store",
  "rateLimit"
]);
var clientOwnedHeaders = { "user-agent": "use the userAgent option", "x-request-id": "a request id is per call: pass it in a call's headers" };
function resolveClientOptions(options) {
  if (typeof options !== "object" || options === null) throw new InvalidOptionsError("createEntityManagementClient() needs an options object.");
  for (const key of Object.keys(options)) {
    if (!knownOptions.has(key)) throw new InvalidOptionsError(`${key} is not an option of createEntityManagementClient(); the options are ${[...knownOptions].join(", ")}.`);
  }
  if (typeof options.auth?.getToken !== "function" || typeof options.auth.invalidate !== "function") {
    throw new InvalidOptionsError("auth is required: a token source such as clientCredentials({ issuer, clientId, privateKey }).");
  }
  const timeoutMs = options.timeoutMs ?? 3e4;
  const timeoutProblem = millisecondsProblem("timeoutMs", timeoutMs);
  if (timeoutProblem) throw new InvalidOptionsError(timeoutProblem);
  const maxResponseBytes = options.maxResponseBytes ?? 32 * 2 ** 20;
  if (!Number.isSafeInteger(maxResponseBytes) || maxResponseBytes <= 0) {
    throw new InvalidOptionsError(`maxResponseBytes must be a positive whole number of bytes; got ${String(maxResponseBytes)}.`);
  }
  if (options.userAgent !== void 0 && (typeof options.userAgent !== "string" || headerValueProblem(options.userAgent))) {
    throw new InvalidOptionsError('userAgent must be a string without CR, LF, NUL or other control characters, e.g. "my-bank-onboarding/2.3".');
  }
  const middleware = options.middleware ?? [];
  if (!Array.isArray(middleware) || middleware.some(
    (m) => typeof m !== "object" || m === null || !["onRequest", "onResponse", "onError"].some((hook) => typeof m[hook] === "function")
  )) {
    throw new InvalidOptionsError("middleware must be an array of openapi-fetch middleware objects, each with onRequest, onResponse or onError.");
  }
  if (options.fetch !== void 0 && typeof options.fetch !== "function") throw new InvalidOptionsError("fetch must be a fetch-compatible function.");
  if (options.logger !== void 0 && (typeof options.logger !== "object" || options.logger === null)) {
    throw new InvalidOptionsError("logger must be an object with optional debug and warn methods, such as console.");
  }
  const baseUrl = institutionBaseUrl(options);
  return {
    baseUrl,
    timeoutMs,
    maxResponseBytes,
    retry: resolveRetryPolicy(options.retry),
    userAgent: [`entity-management-client/${clientVersion}`, options.userAgent].filter(Boolean).join(" "),
    headers: options.headers === void 0 ? {} : checkHeaders(options.headers, "headers", clientOwnedHeaders),
    middleware,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    logger: options.logger,
    auth: options.auth,
    gate: resolveGate(options, baseUrl)
  };
}
function resolveGate(options, baseUrl) {
  const { store, rateLimit } = options;
  if (store !== void 0 && !isSharedStore(store)) throw new InvalidOptionsError("store must be a shared store, e.g. createRedisStore(...) from entity-management-client/redis.");
  if (rateLimit !== void 0) {
    const rps = rateLimit?.requestsPerSecond;
    if (typeof rps !== "number" || !Number.isSafeInteger(rps) || rps < 1)
      throw new InvalidOptionsError("rateLimit must be { requestsPerSecond: n } with n a whole number of at least 1.");
    if (!store?.createRateLimiter)
      throw new InvalidOptionsError(
        "rateLimit is kept fleet-wide in the store: pass a store that offers a rate limiter, such as createRedisStore(...) from entity-management-client/redis."
      );
  }
  return store ? createCallGate(store, baseUrl, rateLimit) : void 0;
}

// src/client/operation-methods.ts
var pathNames = (path) => [...path.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1]);
function toInit(operation, names, args, options) {
  const where = `${operation.operationId}()`;
  if (args !== void 0 && (typeof args !== "object" || args === null))
    throw new InvalidOptionsError(`${where}: the first argument must be an object of its parameters, such as { ${names[0] ?? "body"} }.`);
  if (options !== void 0 && (typeof options !== "object" || options === null))
    throw new InvalidOptionsError(`${where}: the second argument must be an object of per-call options.`);
  const path = {};
  const query = {};
  let body;
  for (const [name, value] of Object.entries(args ?? {})) {
    if (name === "body" && operation.body) body = value;
    else if (!names.includes(name))
      throw new InvalidOptionsError(
        `${where}: ${name} is not a parameter of ${operation.operationId}; it takes ${[...names, ...operation.body ? ["body"] : []].join(", ") || "none"}.`
      );
    else if (operation.query?.includes(name)) {
      if (value !== void 0) query[name] = value;
    } else path[name] = value;
  }
  for (const key of ["params", "body"]) {
    if (options !== void 0 && key in options)
      throw new InvalidOptionsError(`${where}: pass ${key === "body" ? "body" : "parameters"} in the first argument, not among the per-call options.`);
  }
  return { ...options, params: { path, query }, ...body === void 0 ? {} : { body } };
}
function createOperationMethods(send) {
  const methods2 = {};
  for (const operation of Object.values(operations)) {
    const names = [...pathNames(operation.path), ...operation.query ?? []];
    methods2[operation.operationId] = async (args, options) => send(operation.method, operation.path, toInit(operation, names, args, options));
  }
  return methods2;
}

// src/errors/invalid-response-error.ts
var InvalidResponseError = class extends EntityManagementError {
  /** The redacted request. */
  request;
  /** HTTP status of the response. */
  status;
  constructor(request, status, reason) {
    super(
      "API_INVALID_RESPONSE",
      `${request.operationId ?? request.method} ${request.url} answered HTTP ${status} with an unreadable body: ${reason}. Quote X-Request-ID ${request.requestId ?? "(none)"} to the API's operators.`
    );
    this.request = request;
    this.status = status;
  }
};

// src/client/buffered-response.ts
var BufferedResponseClass;
function getCallInfo(response) {
  return BufferedResponseClass !== void 0 && response instanceof BufferedResponseClass ? response.callInfo : void 0;
}
function createBufferedResponse(bytes, init, url, info) {
  BufferedResponseClass ??= defineBufferedResponse();
  return new BufferedResponseClass(bytes, init, url, info);
}
var decoder = new TextDecoder();
var empty = new Uint8Array(0);
function defineBufferedResponse() {
  return class BufferedResponse extends Response {
    #bytes;
    #url;
    #info;
    #headers;
    constructor(bytes, init, url, info) {
      super(null, { status: init.status, statusText: init.statusText });
      this.#headers = init.headers;
      this.#bytes = bytes;
      this.#url = url;
      this.#info = info;
    }
    /** The call that produced this response (a getter on the prototype: not part of JSON or inspect output). */
    get callInfo() {
      return this.#info;
    }
    static {
      Object.defineProperties(this.prototype, {
        body: {
          get() {
            const bytes = this.#bytes;
            if (bytes === null) return null;
            return new ReadableStream({
              start(controller) {
                controller.enqueue(bytes.slice());
                controller.close();
              }
            });
          }
        },
        bodyUsed: { get: () => false },
        url: {
          get() {
            return this.#url;
          }
        },
        headers: {
          get() {
            return this.#headers;
          }
        }
      });
    }
    async text() {
      return decoder.decode(this.#bytes ?? empty);
    }
    async json() {
      const text = await this.text();
      try {
        return JSON.parse(text);
      } catch {
        throw new InvalidResponseError(this.#info.request, this.status, `${this.headers.get("content-type")} body is not valid JSON`);
      }
    }
    async bytes() {
      return (this.#bytes ?? empty).slice();
    }
    async arrayBuffer() {
      return (await this.bytes()).buffer;
    }
    async blob() {
      return new Blob([await this.bytes()], { type: this.headers.get("content-type") ?? "" });
    }
    async formData() {
      return new Response(await this.bytes(), { headers: this.headers }).formData();
    }
    clone() {
      const { status, statusText, headers } = this;
      return new BufferedResponse(this.#bytes, { status, statusText, headers }, this.#url, this.#info);
    }
  };
}

// src/errors/api-error.ts
var codesByStatus = {
  400: "API_BAD_REQUEST",
  401: "API_UNAUTHORIZED",
  403: "API_FORBIDDEN",
  404: "API_NOT_FOUND",
  408: "API_REQUEST_TIMEOUT",
  409: "API_CONFLICT",
  412: "API_PRECONDITION_FAILED",
  415: "API_UNSUPPORTED_MEDIA_TYPE",
  422: "API_UNPROCESSABLE",
  429: "API_RATE_LIMITED"
};
function codeForStatus(status) {
  if (status >= 300 && status < 400) return "API_REDIRECT";
  return codesByStatus[status] ?? (status >= 500 ? "API_SERVER_ERROR" : "API_ERROR");
}
var ApiError = class extends EntityManagementError {
  /** HTTP status of the final attempt. */
  status;
  /** Parsed problem details, with any token the API echoed redacted; `undefined` when the body was empty, not JSON or not a problem. */
  problem;
  /** The request, redacted: method, URL, operationId and request id. */
  request;
  /** Response headers by lower-case name (e.g. `retry-after`, `location`), redacted; `Set-Cookie` is left out. */
  headers;
  constructor(status, problem, request, options = {}) {
    super(options.code ?? codeForStatus(status), describe(status, problem, request), "cause" in options ? { cause: options.cause } : void 0);
    this.status = status;
    this.problem = problem;
    this.request = request;
    this.headers = options.headers ?? {};
  }
  /** The `X-Request-ID` to quote when asking the institution or Jack Henry about this call. */
  get requestId() {
    return this.request.requestId;
  }
  /** The operationId the call matched, e.g. `getEntity`. */
  get operationId() {
    return this.request.operationId;
  }
};
function describe(status, problem, request) {
  const operation = request.operationId ? `${request.operationId} (${request.method} ${request.url})` : `${request.method} ${request.url}`;
  const reason = problem ? `: ${problem.title}${problem.details.length > 0 ? ` \u2014 ${problem.details.join("; ")}` : ""}` : "";
  const id = request.requestId ? ` [X-Request-ID ${request.requestId}]` : "";
  const redirect = status >= 300 && status < 400 ? " (this client follows no redirect: check the base URL)" : "";
  return `${operation} failed with HTTP ${status}${redirect}${reason}${id}`;
}

// src/errors/insufficient-scope-error.ts
var InsufficientScopeError = class extends ApiError {
  /** Scopes the operation requires that the token lacks. */
  missingScopes;
  constructor(missingScopes, request, status = 0, options = {}) {
    super(status, void 0, request, { code: "INSUFFICIENT_SCOPE", ...options });
    this.missingScopes = missingScopes;
    this.message = `${request.operationId ?? `${request.method} ${request.url}`} needs scope ${missingScopes.join(", ")}, which the token was not granted${status === 0 ? " (not sent)" : ` (HTTP ${status})`}. Ask the institution to grant it to this client in its back office, or request it in the token source's scope list.`;
  }
};

// src/utils/redact-url.ts
var sensitiveName = /token|secret|assertion|password|code|key|session|auth/i;
function redactUrl(input) {
  let url;
  try {
    url = new URL(input);
  } catch {
    return "[unparseable URL]";
  }
  if (url.username || url.password) {
    url.username = "REDACTED";
    url.password = "";
  }
  for (const name of new Set(url.searchParams.keys())) {
    if (sensitiveName.test(name)) url.searchParams.set(name, "[REDACTED]");
  }
  return url.toString();
}

// src/auth/secret-encodings.ts
var ALPHANUMERIC = /^[A-Za-z0-9]$/;
var JSON_SHORT = { '"': '\\"', "\\": "\\\\", "/": "\\/", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "	": "\\t" };
var escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
var hexDigit = (digit) => /[a-f]/i.test(digit) ? `[${digit.toLowerCase()}${digit.toUpperCase()}]` : digit;
var hexPattern = (value, width) => [...value.toString(16).padStart(width, "0")].map(hexDigit).join("");
function codePointPattern(char) {
  if (ALPHANUMERIC.test(char)) return char;
  const forms = /* @__PURE__ */ new Set([escapeRegExp(char)]);
  forms.add([...new TextEncoder().encode(char)].map((byte) => `%${hexPattern(byte, 2)}`).join(""));
  if (char === " ") forms.add("\\+");
  const short = JSON_SHORT[char];
  if (short !== void 0) forms.add(escapeRegExp(short));
  let units = "";
  for (let i = 0; i < char.length; i++) units += `\\\\u${hexPattern(char.charCodeAt(i), 4)}`;
  forms.add(units);
  return forms.size === 1 ? [...forms][0] : `(?:${[...forms].join("|")})`;
}
function echoPattern(text) {
  let out = "";
  for (const char of text) out += codePointPattern(char);
  return out;
}
function formUrlEncode(text) {
  return encodeURIComponent(text).replace(/[-_.!~*'()]|%20/g, (s) => s === "%20" ? "+" : `%${s.charCodeAt(0).toString(16).toUpperCase()}`);
}
function basicCredential(clientId, clientSecret) {
  return btoa(`${formUrlEncode(clientId)}:${formUrlEncode(clientSecret)}`);
}
function base64(bytes) {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
var toBase64Url = (text) => text.replace(/\+/g, "-").replace(/\//g, "_");
function base64Cores(bytes, minLength) {
  const whole = base64(bytes);
  const cores = [whole, whole.replace(/=+$/, "")];
  for (let offset = 0; offset < 3; offset++) {
    const padded = new Uint8Array(offset + bytes.length);
    padded.set(bytes, offset);
    const encoded = base64(padded);
    cores.push(encoded.slice(offset === 0 ? 0 : 4, Math.floor(padded.length / 3) * 4));
  }
  return [...new Set(cores.flatMap((core) => [core, toBase64Url(core)]))].filter((core) => core.length >= minLength);
}
function secretPatterns(secret, binary, minLength) {
  const texts = /* @__PURE__ */ new Set([secret]);
  if (binary) {
    const encoder2 = new TextEncoder();
    const encodings = /* @__PURE__ */ new Set([secret, encodeURIComponent(secret), formUrlEncode(secret), new URLSearchParams({ s: secret }).toString().slice(2)]);
    for (const encoded of encodings) for (const core of base64Cores(encoder2.encode(encoded), minLength)) texts.add(core);
  }
  return [...texts].map((text) => ({ length: text.length, source: echoPattern(text) }));
}

// src/auth/redaction.ts
var inspectCustom = /* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom");
var REDACTED = "[redacted]";
var JWT_SHAPED = /eyJ[\w-]{2,}\.[\w-]*\.?[\w-]*\.?[\w-]*\.?[\w-]*/g;
var OPAQUE_RUN = /[A-Za-z0-9._~+/=-]{20,}/g;
var MIN_SECRET_LENGTH = 8;
var MAX_REMEMBERED_TOKENS = 64;
var NOTHING = /(?!)/g;
var Redactor = class {
  // Regex sources by registered value: secrets with their base64 forms, tokens as text only.
  #secrets = /* @__PURE__ */ new Map();
  #tokens = /* @__PURE__ */ new Map();
  // Built on the first redact after a change: secrets are registered often, redacted rarely (errors only).
  #pattern;
  /** Registers a long-lived secret (client secret, key material, an encoded credential). */
  addSecret(value) {
    if (!value || value.length < MIN_SECRET_LENGTH || this.#secrets.has(value)) return;
    this.#secrets.set(value, secretPatterns(value, true, MIN_SECRET_LENGTH));
    this.#pattern = void 0;
  }
  /** Registers a token seen on the wire; only the most recent ones are kept. */
  addToken(value) {
    if (!value || value.length < MIN_SECRET_LENGTH || this.#tokens.has(value)) return;
    this.#tokens.set(value, secretPatterns(value, false, MIN_SECRET_LENGTH));
    if (this.#tokens.size > MAX_REMEMBERED_TOKENS) this.#tokens.delete(this.#tokens.keys().next().value);
    this.#pattern = void 0;
  }
  /** Returns `text` with every known secret (raw or encoded) and JWT-shaped string replaced. */
  redact(text) {
    this.#pattern ??= this.#build();
    return text.replace(this.#pattern, REDACTED).replace(JWT_SHAPED, REDACTED);
  }
  #build() {
    const patterns = [...this.#secrets.values(), ...this.#tokens.values()].flat();
    if (patterns.length === 0) return NOTHING;
    patterns.sort((a, b) => b.length - a.length);
    return new RegExp([...new Set(patterns.map((p) => p.source))].join("|"), "g");
  }
  /**
   * For text the server wrote (`error`, `error_description`), which may echo credentials this
   * source never held: also removes long opaque runs that look like tokens or key material
   * (20+ token characters with a digit, or 40+ of any). Prose and snake_case codes survive.
   */
  redactUntrusted(text) {
    return this.redact(text).replace(OPAQUE_RUN, (run) => run.length >= 40 || /\d/.test(run) ? REDACTED : run);
  }
};
function defineRedactedView(target, summary, label) {
  const render = () => `${label} ${JSON.stringify(summary())}`;
  Object.defineProperties(target, {
    toJSON: { value: summary, enumerable: false },
    toString: { value: render, enumerable: false },
    [inspectCustom]: { value: render, enumerable: false }
  });
}

// src/client/call-redaction.ts
var SCHEME_AND_CREDENTIAL = /\b(Bearer|DPoP|Basic)\s+[\w\-.~+/]+=*(?![\w\-.~+/="])/gi;
function createCallRedactor(sentTokens) {
  const redactor = new Redactor();
  for (const token of sentTokens) redactor.addToken(token);
  return redactor;
}
function callRedaction(sentTokens) {
  let redactor;
  return (text) => (redactor ??= createCallRedactor(sentTokens)).redact(text).replace(SCHEME_AND_CREDENTIAL, "$1 [redacted]");
}
function redactDeep(value, redact, depth = 0) {
  if (typeof value === "string") return redact(value);
  if (typeof value !== "object" || value === null || depth > 32) return depth > 32 ? void 0 : value;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item, redact, depth + 1)]));
}

// src/client/to-api-error.ts
function toApiError(response, body) {
  const info = getCallInfo(response);
  const redact = info?.redact ?? callRedaction([]);
  const request = info?.request ?? {
    method: "?",
    url: redactUrl(response.url),
    operationId: void 0,
    requestId: response.headers.get("x-request-id") ?? void 0
  };
  const headers = redactedHeaders(response.headers, redact);
  const challenge = response.headers.get("www-authenticate") ?? "";
  if (response.status === 403 && /error="?insufficient_scope/i.test(challenge)) {
    const named = /scope="([^"]*)"/i.exec(challenge)?.[1]?.split(" ").filter(Boolean).map(redact);
    return new InsufficientScopeError(named ?? info?.operation.scopes ?? [], request, 403, { headers });
  }
  return new ApiError(response.status, asProblem(redactDeep(body, redact)), request, { headers });
}
function redactedHeaders(headers, redact) {
  const out = {};
  for (const [name, value] of headers) if (name !== "set-cookie") out[name] = redact(value);
  return Object.freeze(out);
}
function asProblem(body) {
  if (typeof body !== "object" || body === null) return void 0;
  const { type, title, details, data } = body;
  if (typeof title !== "string") return void 0;
  return {
    type: typeof type === "string" ? type : "about:blank",
    title,
    details: Array.isArray(details) ? details.filter((detail) => typeof detail === "string") : [],
    data: typeof data === "object" ? data : null
  };
}

// src/client/paginate.ts
async function* paginate(send, name, options) {
  const search = Object.values(operations).find((operation) => (operation.path === name || operation.operationId === name) && "pagination" in operation);
  if (!search || !("pagination" in search))
    throw new InvalidRequestError("NOT_A_SEARCH_OPERATION", `paginate(): ${String(name).slice(0, 200)} is not a search operation of the spec.`);
  const { path } = search;
  const { pageSize: count = 50, max = Number.POSITIVE_INFINITY, signal } = checkOptions(options);
  const { itemsKey } = search.pagination;
  let offset = 0;
  let yielded = 0;
  while (yielded < max) {
    const { data, error, response } = await send("POST", path, { params: { query: { offset, count } }, body: options.body, ...signal ? { signal } : {} });
    if (!response.ok) throw toApiError(response, error);
    const page = data ?? {};
    const items = page[itemsKey];
    const invalid3 = (reason) => new InvalidResponseError(getCallInfo(response)?.request ?? { method: "POST", url: path, operationId: search.operationId, requestId: void 0 }, response.status, reason);
    if (!Array.isArray(items)) throw invalid3(`the page has no ${itemsKey} array`);
    for (const item of items) {
      if (yielded >= max) return;
      yield item;
      yielded += 1;
    }
    const next = page.paging?.nextOffset;
    if (next === null || next === void 0 || yielded >= max) return;
    const shown2 = `paging.nextOffset "${String(next).slice(0, 40)}"`;
    if (items.length === 0) throw invalid3(`an empty page at offset ${offset} carries ${shown2}; it would never end`);
    const nextOffset = Number(next);
    if (!Number.isSafeInteger(nextOffset) || nextOffset <= offset) throw invalid3(`${shown2} does not advance past offset ${offset}`);
    const total = page.paging?.total;
    if (typeof total === "number" && nextOffset > total) throw invalid3(`${shown2} is past paging.total ${total}`);
    offset = nextOffset;
  }
}
function checkOptions(options) {
  if (typeof options !== "object" || options === null) throw new InvalidOptionsError("paginate() needs options with the search filter: { body }.");
  const { pageSize, max, signal } = options;
  if (pageSize !== void 0 && (!Number.isSafeInteger(pageSize) || pageSize < 1))
    throw new InvalidOptionsError(`paginate(): pageSize must be a positive whole number; got ${String(pageSize)}.`);
  if (max !== void 0 && (!Number.isSafeInteger(max) || max < 0))
    throw new InvalidOptionsError(`paginate(): max must be a whole number of items, 0 or more; got ${String(max)}.`);
  if (signal !== void 0 && !(signal instanceof AbortSignal)) throw new InvalidOptionsError("paginate(): signal must be an AbortSignal.");
  return options;
}

// src/client/path-serializer.ts
function serializePath(pathname, pathParams) {
  return pathname.replace(/\{([^{}]+)\}/g, (_, name) => {
    const value = pathParams[name];
    if (value === void 0 || value === null || value === "") {
      throw new InvalidRequestError("INVALID_PATH_PARAM", `Path parameter ${name} is empty; pass the id of an existing resource.`);
    }
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "bigint" && typeof value !== "boolean") {
      throw new InvalidRequestError(
        "INVALID_PATH_PARAM",
        `Path parameter ${name} is ${Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : `a ${typeof value}`}; pass the id as a string.`
      );
    }
    const text = String(value);
    if (text === "." || text === "..") {
      throw new InvalidRequestError("INVALID_PATH_PARAM", `Path parameter ${name} cannot be "${text}": it would leave its path segment.`);
    }
    try {
      return encodeURIComponent(text);
    } catch {
      throw new InvalidRequestError("INVALID_PATH_PARAM", `Path parameter ${name} is not well-formed Unicode and cannot be encoded.`);
    }
  });
}

// src/auth/error-mapping.ts
import * as oauth from "oauth4webapi";

// src/errors/auth-error.ts
var AuthError = class extends EntityManagementError {
  /** HTTP status of the authorization server's answer, when there was one. */
  status;
  /** The OAuth `error` code the server sent. */
  oauthError;
  /** The server's `error_description`, redacted. */
  oauthErrorDescription;
  /** oauth4webapi's error code. */
  protocolCode;
  constructor(code, message, options = {}) {
    super(code, message, "cause" in options ? { cause: options.cause } : void 0);
    this.status = options.status;
    this.oauthError = options.oauthError;
    this.oauthErrorDescription = options.oauthErrorDescription;
    this.protocolCode = options.protocolCode;
  }
};

// src/auth/error-mapping.ts
var MAX_DESCRIPTION = 300;
var OAUTH_ERROR_CODES = {
  invalid_client: "AUTH_CLIENT_REJECTED",
  unauthorized_client: "AUTH_CLIENT_REJECTED",
  invalid_scope: "AUTH_INVALID_SCOPE",
  invalid_target: "AUTH_INVALID_SCOPE",
  invalid_grant: "AUTH_INVALID_GRANT"
};
var ADVICE = {
  AUTH_DISCOVERY_FAILED: "Check the issuer URL: it must serve /.well-known/openid-configuration whose `issuer` equals it exactly.",
  AUTH_INSECURE_ISSUER: "Use https:// (plain http is only accepted for localhost, 127.0.0.0/8 and ::1).",
  AUTH_CLIENT_REJECTED: "Check the client id, its secret or private key, the client authentication method, the assertion algorithm (PS256/RS256) and audience, and that the public key is registered with the issuer.",
  AUTH_INVALID_SCOPE: "Check that the client is allowed these scopes (and resource) at the authorization server.",
  AUTH_INVALID_GRANT: "The refresh token or authorization code is expired, revoked or already used: sign the user in again.",
  AUTH_AUTHORIZATION_FAILED: "The user or the authorization server ended the sign-in; start a new authorization request.",
  AUTH_TOKEN_ENDPOINT_ERROR: "The authorization server answered with something other than a valid token response; retry later or check the endpoint.",
  AUTH_NETWORK: "Check connectivity to the authorization server (DNS, proxy, firewall, TLS).",
  AUTH_TIMEOUT: "The authorization server is slow or unreachable; retry later or raise `timeoutMs`.",
  AUTH_ABORTED: "The caller aborted the wait.",
  AUTH_STATE_MISMATCH: "The callback does not belong to the saved authorization request (stale tab, replay or CSRF): start a new authorization request.",
  AUTH_ID_TOKEN_INVALID: "Check the saved nonce, the client id (the ID token's audience), the issuer, and the host clock (or `clockSkewSeconds`).",
  AUTH_ID_TOKEN_DECRYPTION_FAILED: "Set `idTokenDecryptionKey` to the private key of the client's registered encryption key.",
  AUTH_INVALID_KEY: "Use a private key as PKCS#8 PEM, a private JWK, or a CryptoKey that matches the algorithm.",
  AUTH_INVALID_OPTIONS: "Check the options passed to the token source.",
  AUTH_MALFORMED_TOKEN: "The token source handed out an access token that contains characters not allowed in an HTTP header (CR, LF, NUL or other control characters); fix the token source, or the authorization server that issued it."
};
function authError(code, what, details = {}) {
  return new AuthError(code, `${what} ${ADVICE[code]}`, details);
}
function toAuthError(err, ctx) {
  if (err instanceof AuthError) return err;
  const r = (s) => ctx.redactor.redact(s);
  const untrusted = (s) => ctx.redactor.redactUntrusted(s);
  if (err instanceof oauth.ResponseBodyError || err instanceof oauth.WWWAuthenticateChallengeError) {
    const { error, description } = oauthErrorOf(err);
    const details = {
      status: err.status,
      protocolCode: err.code,
      cause: sanitizeError(err, ctx.redactor, false),
      ...error ? { oauthError: untrusted(error).slice(0, 100) } : {},
      ...description ? { oauthErrorDescription: untrusted(description).slice(0, MAX_DESCRIPTION) } : {}
    };
    const code = (error ? OAUTH_ERROR_CODES[error] : void 0) ?? "AUTH_TOKEN_ENDPOINT_ERROR";
    const said = details.oauthError ? `${details.oauthError}${details.oauthErrorDescription ? ` (${details.oauthErrorDescription})` : ""}` : "an error";
    return authError(code, `The ${ctx.endpoint} answered HTTP ${err.status} with ${said}.`, details);
  }
  if (err instanceof oauth.AuthorizationResponseError) {
    const description = err.error_description ? untrusted(err.error_description).slice(0, MAX_DESCRIPTION) : void 0;
    const error = untrusted(err.error).slice(0, 100);
    return authError("AUTH_AUTHORIZATION_FAILED", `The authorization callback carried error ${error}${description ? ` (${description})` : ""}.`, {
      oauthError: error,
      protocolCode: err.code,
      cause: sanitizeError(err, ctx.redactor, false),
      ...description ? { oauthErrorDescription: description } : {}
    });
  }
  if (err instanceof oauth.OperationProcessingError || err instanceof oauth.UnsupportedOperationError) {
    const protocolCode = err.code;
    const status = err.cause instanceof Response ? err.cause.status : void 0;
    const details = { cause: sanitizeError(err, ctx.redactor, false), ...protocolCode ? { protocolCode } : {}, ...status ? { status } : {} };
    const message = r(err.message);
    if (protocolCode === oauth.HTTP_REQUEST_FORBIDDEN || protocolCode === oauth.REQUEST_PROTOCOL_FORBIDDEN) {
      return authError("AUTH_INSECURE_ISSUER", `Refused a non-HTTPS request to the ${ctx.endpoint}.`, details);
    }
    if (ctx.phase === "discovery") {
      return authError("AUTH_DISCOVERY_FAILED", `Discovery at ${ctx.endpoint} failed: ${message}${status ? ` (HTTP ${status})` : ""}.`, details);
    }
    if (ctx.phase === "callback") {
      const code = /"state"/.test(err.message) ? "AUTH_STATE_MISMATCH" : "AUTH_AUTHORIZATION_FAILED";
      return authError(code, `The authorization callback was rejected: ${message}.`, details);
    }
    if (ctx.phase === "code-exchange" && isIdTokenFailure(err)) {
      return authError("AUTH_ID_TOKEN_INVALID", `The ID token was rejected: ${message}.`, details);
    }
    return authError("AUTH_TOKEN_ENDPOINT_ERROR", `The ${ctx.endpoint} gave an unusable answer${status ? ` (HTTP ${status})` : ""}: ${message}.`, details);
  }
  const name = err instanceof Error ? err.name : typeof err;
  if (name === "TimeoutError") {
    return authError("AUTH_TIMEOUT", `The ${ctx.endpoint} did not answer within ${ctx.timeoutMs} ms.`, { cause: sanitizeError(err, ctx.redactor, true) });
  }
  if (name === "AbortError") {
    return authError("AUTH_ABORTED", `The request to the ${ctx.endpoint} was aborted.`, { cause: sanitizeError(err, ctx.redactor, true) });
  }
  const argCode = err instanceof TypeError ? err.code : void 0;
  if (typeof argCode === "string" && argCode.startsWith("ERR_INVALID_ARG")) {
    return authError("AUTH_INVALID_OPTIONS", `Invalid argument: ${r(err.message)}.`, { cause: sanitizeError(err, ctx.redactor, false) });
  }
  return authError("AUTH_NETWORK", `Could not reach the ${ctx.endpoint}.`, { cause: sanitizeError(err, ctx.redactor, true) });
}
function oauthErrorOf(err) {
  if (err instanceof oauth.ResponseBodyError) {
    return { error: err.error, ...typeof err.error_description === "string" ? { description: err.error_description } : {} };
  }
  const challenge = err.cause.find((c) => typeof c.parameters.error === "string") ?? err.cause[0];
  const error = challenge?.parameters.error;
  const description = challenge?.parameters.error_description;
  return { ...error ? { error } : {}, ...description ? { description } : {} };
}
function isIdTokenFailure(err) {
  return err.code === oauth.JWT_TIMESTAMP_CHECK || err.code === oauth.JWT_CLAIM_COMPARISON || err.code === oauth.KEY_SELECTION || /JWT|ID Token|id_token|JSON Web Key Set|JWS/.test(err.message);
}
function sanitizeError(err, redactor, keepChain, depth = 0) {
  if (!(err instanceof Error)) return void 0;
  const cause = keepChain && depth < 4 ? sanitizeError(err.cause, redactor, true, depth + 1) : void 0;
  const copy = new Error(redactor.redact(err.message), cause ? { cause } : void 0);
  Object.defineProperty(copy, "name", { value: err.name, enumerable: false, configurable: true, writable: true });
  copy.stack = redactor.redact(err.stack ?? `${err.name}: ${err.message}`);
  const code = err.code;
  if (typeof code === "string") Object.defineProperty(copy, "code", { value: code, enumerable: true });
  return copy;
}

// src/errors/network-error.ts
var NetworkError = class extends EntityManagementError {
  /** The redacted request. */
  request;
  constructor(request, attempts, reason, retried, cause) {
    const advice = retried ? "Check the base URL, DNS and connectivity." : `${request.method} is not retried automatically: the API may have applied it, so check before sending it again.`;
    super(
      "NETWORK_ERROR",
      `${request.operationId ?? request.method} ${request.url} failed after ${attempts} attempt${attempts === 1 ? "" : "s"}: ${reason}. ${advice}`,
      cause ? { cause } : void 0
    );
    this.request = request;
  }
};

// src/errors/request-aborted-error.ts
var RequestAbortedError = class extends EntityManagementError {
  /** The redacted request. */
  request;
  constructor(request, reason) {
    const why = reason instanceof Error || reason instanceof DOMException ? ` (${reason.name}: ${reason.message})` : "";
    super("REQUEST_ABORTED", `${request.operationId ?? request.method} ${request.url} was aborted by the caller's signal${why}.`, { cause: reason });
    this.request = request;
  }
};

// src/errors/response-too-large-error.ts
var ResponseTooLargeError = class extends EntityManagementError {
  /** The redacted request. */
  request;
  /** The limit that was exceeded, in bytes. */
  maxResponseBytes;
  constructor(request, maxResponseBytes) {
    super(
      "API_RESPONSE_TOO_LARGE",
      `${request.operationId ?? request.method} ${request.url} answered with more than ${maxResponseBytes} bytes; reading stopped. Raise maxResponseBytes if such bodies are expected.`
    );
    this.request = request;
    this.maxResponseBytes = maxResponseBytes;
  }
};

// src/errors/timeout-error.ts
var TimeoutError = class extends EntityManagementError {
  /** The redacted request. */
  request;
  /** The budget that ran out, in milliseconds. */
  timeoutMs;
  constructor(request, timeoutMs, attempts) {
    super(
      "REQUEST_TIMEOUT",
      `${request.operationId ?? request.method} ${request.url} timed out after ${timeoutMs} ms (${attempts} attempt${attempts === 1 ? "" : "s"}). Raise timeoutMs or check the API's health.`
    );
    this.request = request;
    this.timeoutMs = timeoutMs;
  }
};

// src/utils/deadline.ts
function createDeadline(ms, parent, message = `Timed out after ${ms} ms.`) {
  const controller = new AbortController();
  const onParentAbort = () => controller.abort(parent?.reason);
  const timer = setTimeout(() => controller.abort(new DOMException(message, "TimeoutError")), ms);
  if (parent?.aborted) onParentAbort();
  else parent?.addEventListener("abort", onParentAbort, { once: true });
  return {
    signal: controller.signal,
    release() {
      clearTimeout(timer);
      parent?.removeEventListener("abort", onParentAbort);
    }
  };
}

// src/utils/read-body.ts
async function readBody(response, maxBytes, tooLarge) {
  const declared = response.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) {
    await response.body?.cancel().catch(() => void 0);
    throw tooLarge();
  }
  if (declared !== null && !response.headers.has("content-encoding")) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks = [];
  let total = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => void 0);
      throw tooLarge();
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

// src/auth/access-token.ts
var RedactedAccessToken = class {
  #value;
  type;
  scopes;
  expiresAt;
  constructor(value, init) {
    this.#value = value;
    this.type = init.type ?? "Bearer";
    this.scopes = Object.freeze([...init.scopes ?? []]);
    this.expiresAt = init.expiresAt;
    Object.freeze(this);
  }
  get value() {
    return this.#value;
  }
  toJSON() {
    return { type: this.type, scopes: this.scopes, expiresAt: this.expiresAt, value: "[redacted]" };
  }
  toString() {
    return describeAccessToken(this);
  }
  [inspectCustom]() {
    return this.toString();
  }
};
var HEADER_SAFE = /^[\x21-\x7E]+$/;
function isHeaderSafeToken(value) {
  return HEADER_SAFE.test(value);
}
function describeAccessToken(token) {
  const expiry = token.expiresAt === void 0 ? "unknown expiry" : `expires ${new Date(token.expiresAt).toISOString()}`;
  return `AccessToken(${token.type}, [${token.scopes.join(" ")}], ${expiry})`;
}
function createAccessToken(value, init = {}) {
  return new RedactedAccessToken(value, init);
}

// src/client/authorize.ts
async function authorize(operation, call, auth) {
  let token;
  try {
    token = await auth.getToken(operation.scopes, { signal: call.signal });
  } catch (error) {
    if (error instanceof AuthError && error.code === "AUTH_INVALID_SCOPE") throw new InsufficientScopeError(operation.scopes, call.summary, 0, { cause: error });
    throw error;
  }
  const missing = operation.scopes.filter((scope) => !token.scopes.includes(scope));
  if (missing.length > 0) throw new InsufficientScopeError(missing, call.summary);
  if (typeof token.value !== "string" || !isHeaderSafeToken(token.value)) {
    auth.invalidate(token);
    throw authError(
      "AUTH_MALFORMED_TOKEN",
      `The token source handed out an access token for ${operation.operationId} that can't be sent in an HTTP header (it holds CR, LF, NUL, spaces or other characters outside visible ASCII); nothing was sent.`
    );
  }
  const headers = call.ownsHeaders ? call.headers : new Headers(call.headers);
  headers.set("authorization", `${token.type} ${token.value}`);
  headers.delete("dpop");
  if (token.type === "DPoP" && auth.dpop) await auth.dpop.addProof(new URL(call.url), headers, operation.method, token);
  return { token, init: { method: operation.method, headers } };
}

// src/client/retry-decision.ts
var USE_DPOP_NONCE = /\berror\s*=\s*"?use_dpop_nonce\b/i;
function isNonceChallenge(headers) {
  const challenge = headers.get("www-authenticate") ?? "";
  return headers.has("dpop-nonce") && /\bdpop\b/i.test(challenge) && USE_DPOP_NONCE.test(challenge);
}
function decideRetry(state, outcome, random = Math.random, now = Date.now()) {
  const canBackOff = isIdempotent(state.method) && state.retries + 1 < state.policy.maxAttempts;
  if (outcome.kind === "network-error") {
    return canBackOff ? { action: "retry", delayMs: backoffDelay(state.policy, state.retries + 1, random), reason: outcome.reason } : { action: "return" };
  }
  const { status, headers } = outcome;
  if (status === 401) {
    if (state.dpop && !state.answeredNonce && isNonceChallenge(headers)) {
      return { action: "use-dpop-nonce", reason: "HTTP 401 use_dpop_nonce" };
    }
    return state.refreshedToken ? { action: "return" } : { action: "refresh-token", reason: "HTTP 401" };
  }
  if (!canBackOff || !isRetryableStatus(status)) return { action: "return" };
  const retryAfter = parseRetryAfter(headers.get("retry-after"), now);
  if (retryAfter !== void 0 && retryAfter > state.policy.maxRetryAfterMs) return { action: "return" };
  return { action: "retry", delayMs: retryAfter ?? backoffDelay(state.policy, state.retries + 1, random), reason: `HTTP ${status}` };
}

// src/client/transport.ts
var budgetMessage = "The call's budget ran out.";
function createTransport(options) {
  const prefix = `${options.baseUrl}/`;
  return async (request, context) => {
    const { operation } = context;
    const summary = summarize(request, operation);
    if (!request.url.startsWith(prefix) || request.method !== operation.method) {
      throw new InvalidRequestError(
        "REQUEST_OUTSIDE_BASE_URL",
        `${operation.operationId} was turned into ${summary.method} ${summary.url}, outside ${operation.method} ${options.baseUrl}/\u2026; nothing was sent. A middleware may not move a call to another URL or method.`
      );
    }
    const body = request instanceof CallRequest ? request.payload : request.body === null ? void 0 : await request.arrayBuffer();
    const deadline = createDeadline(context.timeoutMs, context.signal, budgetMessage);
    const call = {
      context,
      url: request.url,
      headers: request.headers,
      ownsHeaders: request instanceof CallRequest,
      body,
      summary,
      signal: deadline.signal,
      startedAt: performance.now(),
      sentTokens: [],
      attempts: 0
    };
    try {
      return await sendWithRetries(call, options);
    } catch (error) {
      throw classify(error, call);
    } finally {
      deadline.release();
    }
  };
}
async function sendWithRetries(call, options) {
  const { auth, logger, gate } = options;
  let state = { method: call.summary.method, policy: call.context.retry, retries: 0, refreshedToken: false, answeredNonce: false, dpop: false };
  for (; ; ) {
    call.attempts += 1;
    const cleared = gate?.beforeSend(call.signal);
    if (cleared) await cleared;
    const { token, init } = await authorize(call.context.operation, call, auth);
    if (!call.sentTokens.includes(token.value)) call.sentTokens.push(token.value);
    let response;
    let bytes;
    let outcome;
    let failure;
    try {
      response = await options.fetch(call.url, { ...init, body: call.body ?? null, signal: call.signal, redirect: "manual" });
      bytes = await readBody(response, options.maxResponseBytes, () => new ResponseTooLargeError(call.summary, options.maxResponseBytes));
      outcome = { kind: "response", status: response.status, headers: response.headers };
      const announced = gate?.afterResponse(response.status, response.headers, call.context.retry.maxRetryAfterMs);
      if (announced) await announced;
    } catch (error) {
      if (error instanceof EntityManagementError || call.signal.aborted) throw error;
      outcome = { kind: "network-error", reason: describeNetworkFailure(error, call) };
      failure = error;
    }
    if (response) auth.dpop?.handleResponse(response);
    state = { ...state, dpop: token.type === "DPoP" };
    const decision = decideRetry(state, outcome);
    const fields = { attempt: call.attempts, ...outcome.kind === "response" ? { status: outcome.status } : {} };
    switch (decision.action) {
      case "refresh-token":
        auth.invalidate(token);
        state = { ...state, refreshedToken: true };
        log(logger, "warn", "retrying once with a fresh token", call, { ...fields, reason: decision.reason });
        continue;
      case "use-dpop-nonce":
        state = { ...state, answeredNonce: true };
        log(logger, "warn", "retrying once with the API's DPoP nonce", call, { ...fields, reason: decision.reason });
        continue;
      case "retry":
        state = { ...state, retries: state.retries + 1 };
        log(logger, "warn", outcome.kind === "network-error" ? "retrying after a network error" : "retrying", call, {
          ...fields,
          reason: decision.reason,
          delayMs: decision.delayMs
        });
        await sleep(decision.delayMs, call.signal);
        continue;
      case "return":
        if (!response || !bytes) throw failure;
        if (logger?.debug) log(logger, "debug", "call finished", call, { ...fields, durationMs: Math.round(performance.now() - call.startedAt) });
        return finish(response, bytes, call);
    }
  }
}
function summarize(request, operation) {
  let url;
  return {
    method: request.method,
    get url() {
      return url ??= redactUrl(request.url);
    },
    operationId: operation.operationId,
    requestId: request.headers.get("x-request-id") ?? void 0
  };
}
function finish(response, bytes, call) {
  const nullBody = [101, 204, 205, 304].includes(response.status) || bytes.byteLength === 0;
  let { headers } = response;
  if (!headers.has("content-length") || headers.has("content-encoding")) {
    headers = new Headers(headers);
    headers.set("content-length", String(bytes.byteLength));
    headers.delete("content-encoding");
    headers.delete("transfer-encoding");
  }
  const init = { status: response.status, statusText: response.statusText, headers };
  return createBufferedResponse(nullBody ? null : bytes, init, call.url, {
    request: call.summary,
    operation: call.context.operation,
    attempts: call.attempts,
    redact: callRedaction(call.sentTokens)
  });
}
function log(logger, level, message, call, fields) {
  if (!logger?.[level]) return;
  const { operationId, method, url, requestId } = call.summary;
  logger[level]?.(message, { operationId: operationId ?? "", method, url, requestId, ...fields });
}
function classify(error, call) {
  const callerSignal = call.context.signal;
  if (callerSignal?.aborted) return new RequestAbortedError(call.summary, callerSignal.reason);
  if (call.signal.aborted) return new TimeoutError(call.summary, call.context.timeoutMs, call.attempts);
  if (error instanceof EntityManagementError) return error;
  const redactor = createCallRedactor(call.sentTokens);
  return new NetworkError(call.summary, call.attempts, describeNetworkFailure(error, call), isIdempotent(call.summary.method), sanitizeError(error, redactor, true));
}
function describeNetworkFailure(error, call) {
  const cause = error?.cause;
  const text = typeof cause?.code === "string" ? cause.code : typeof cause?.message === "string" ? cause.message : error instanceof Error ? error.message : "unknown network failure";
  return callRedaction(call.sentTokens)(text);
}

// src/client/create-client.ts
function createEntityManagementClient(options) {
  const resolved = resolveClientOptions(options);
  const transport = createTransport(resolved);
  const inner = createClient({
    baseUrl: resolved.baseUrl,
    pathSerializer: serializePath,
    headers: resolved.headers,
    // Middleware gets real Requests; without it, one lighter object instead of a second undici Request.
    ...resolved.middleware.length === 0 ? { Request: CallRequest } : {}
  });
  inner.use(...resolved.middleware);
  const send = async (method2, path, init) => {
    const operation = typeof path === "string" ? findOperation(method2, path) : void 0;
    if (!operation) {
      throw new InvalidRequestError(
        "UNKNOWN_OPERATION",
        `${method2} ${String(path).slice(0, 200)} is not an operation of the spec, so its scopes are unknown; nothing was sent. Call a path the generated types list, or regenerate after changing the spec.`
      );
    }
    const call = resolveCallOptions(init, operation, resolved);
    const context = { operation, timeoutMs: call.timeoutMs, retry: call.retry, signal: call.signal };
    const { header: _header, ...params } = init?.["params"] ?? {};
    return inner.request(method2, path, {
      params,
      body: init?.["body"],
      parseAs: call.parseAs,
      // One id per logical call: the transport sends these headers with every retry.
      headers: { accept: acceptFor(operation), ...call.headers, "user-agent": resolved.userAgent, "x-request-id": call.headers["x-request-id"] ?? crypto.randomUUID() },
      fetch: (request) => transport(request, context)
    });
  };
  const method = (name) => ((path, init) => send(name, path, init));
  return {
    ...createOperationMethods(send),
    GET: method("GET"),
    PUT: method("PUT"),
    POST: method("POST"),
    DELETE: method("DELETE"),
    paginate: (search, paginateOptions) => paginate(send, search, paginateOptions)
  };
}

// src/client/unwrap.ts
async function unwrap(result) {
  const { data, error, response } = await result;
  if (!response.ok) throw toApiError(response, error);
  return data;
}

// src/auth/client-credentials.ts
import * as oauth6 from "oauth4webapi";

// src/auth/client-auth.ts
import * as oauth2 from "oauth4webapi";

// src/auth/private-key.ts
var WEBCRYPTO = {
  PS256: { name: "RSA-PSS", hash: "SHA-256" },
  RS256: { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }
};
var JWK_PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi"];
function invalidKey(what) {
  throw authError("AUTH_INVALID_KEY", what);
}
function invalidOptions(what) {
  throw authError("AUTH_INVALID_OPTIONS", what);
}
var isCryptoKey = (v) => typeof CryptoKey !== "undefined" && v instanceof CryptoKey;
function prepareKey(input, requested, kidOption, redactor) {
  if (requested !== void 0 && requested !== "PS256" && requested !== "RS256") invalidOptions('`algorithm` must be "PS256" or "RS256".');
  if (kidOption !== void 0 && (typeof kidOption !== "string" || kidOption === "")) invalidOptions("`kid` must be a non-empty string.");
  if (typeof input === "string") {
    const body = pkcs8PemBody(input, "privateKey", redactor);
    const algorithm = requested ?? "PS256";
    return once(algorithm, async () => {
      let der;
      try {
        der = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
      } catch {
        return invalidKey("`privateKey` PEM body is not valid base64.");
      }
      return { key: await importOrThrow("pkcs8", der, algorithm), ...kidOption ? { kid: kidOption } : {} };
    });
  }
  if (isCryptoKey(input)) {
    const name = input.algorithm.name;
    const hash = input.algorithm.hash?.name;
    const own = hash === "SHA-256" ? name === "RSA-PSS" ? "PS256" : name === "RSASSA-PKCS1-v1_5" ? "RS256" : void 0 : void 0;
    if (!own) invalidKey(`\`privateKey\` CryptoKey is ${name}${hash ? `/${hash}` : ""}; an RSA-PSS (PS256) or RSASSA-PKCS1-v1_5 (RS256) key with SHA-256 is needed.`);
    if (input.type !== "private" || !input.usages.includes("sign")) invalidKey('`privateKey` CryptoKey must be a private key with the "sign" usage.');
    if (requested && requested !== own) invalidOptions(`\`algorithm\` is ${requested} but the CryptoKey is for ${own}.`);
    const key = { key: input, ...kidOption ? { kid: kidOption } : {} };
    return { algorithm: own, load: () => Promise.resolve(key) };
  }
  if (typeof input === "object" && input !== null) {
    for (const m of JWK_PRIVATE_MEMBERS) if (typeof input[m] === "string") redactor.addSecret(input[m]);
    if (input.kty !== "RSA") invalidKey(`\`privateKey\` JWK has kty ${JSON.stringify(input.kty ?? null)}; an RSA key is needed.`);
    if (typeof input.d !== "string") invalidKey("`privateKey` JWK has no private part (`d`): that is a public key.");
    const own = input.alg;
    if (own !== void 0 && own !== "PS256" && own !== "RS256") invalidKey(`\`privateKey\` JWK is for ${own}; PS256 or RS256 is needed.`);
    if (requested && own && requested !== own) invalidOptions(`\`algorithm\` is ${requested} but the JWK says alg ${own}.`);
    const algorithm = requested ?? own ?? "PS256";
    const kid = kidOption ?? (typeof input.kid === "string" ? input.kid : void 0);
    const { kty, n, e, d, p, q, dp, dq, qi } = input;
    const bare = Object.fromEntries(Object.entries({ kty, n, e, d, p, q, dp, dq, qi }).filter(([, v]) => v !== void 0));
    return once(algorithm, async () => ({ key: await importOrThrow("jwk", bare, algorithm), ...kid ? { kid } : {} }));
  }
  return invalidKey("`privateKey` must be a PKCS#8 PEM string, a private JWK object or a CryptoKey.");
}
function pkcs8PemBody(pem, option, redactor) {
  redactor.addSecret(pem);
  if (pem.includes("\\n") && pem.includes("-----BEGIN")) {
    invalidKey(
      `\`${option}\` has literal "\\n" sequences where the PEM needs line breaks (as when read from a .env file); replace them with newlines, e.g. \`key.replace(/\\\\n/g, "\\n")\`.`
    );
  }
  const match = /-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END \1-----/.exec(pem);
  if (!match) invalidKey(`\`${option}\` is a string but not a PEM block.`);
  if (match[1] !== "PRIVATE KEY") {
    invalidKey(`\`${option}\` is a "${match[1]}" PEM; a PKCS#8 "PRIVATE KEY" is needed (convert with \`openssl pkcs8 -topk8 -nocrypt\`).`);
  }
  const body = (match[2] ?? "").replace(/\s+/g, "");
  redactor.addSecret(body);
  return body;
}
function once(algorithm, load) {
  let loaded;
  return { algorithm, load: () => loaded ??= load() };
}
async function importOrThrow(format, data, algorithm) {
  try {
    return format === "jwk" ? await crypto.subtle.importKey("jwk", data, WEBCRYPTO[algorithm], false, ["sign"]) : await crypto.subtle.importKey("pkcs8", data, WEBCRYPTO[algorithm], false, ["sign"]);
  } catch {
    return invalidKey(`\`privateKey\` could not be imported as an RSA key for ${algorithm} (from ${format === "jwk" ? "JWK" : "PKCS#8 PEM"}).`);
  }
}

// src/auth/client-auth.ts
function invalid(what) {
  throw authError("AUTH_INVALID_OPTIONS", what);
}
function resolveClientAuth(options, source, redactor) {
  const { clientSecret, privateKey, clientAuth, algorithm, kid } = options;
  const assertionAudience = options.assertionAudience ?? "token_endpoint";
  if (clientSecret !== void 0 && privateKey !== void 0) invalid(`${source}(): give either \`clientSecret\` or \`privateKey\`, not both.`);
  if (clientSecret === void 0 && privateKey === void 0) {
    invalid(`${source}(): a confidential client needs \`privateKey\` (private_key_jwt, what Jack Henry Identity expects) or \`clientSecret\`.`);
  }
  if (assertionAudience !== "issuer" && assertionAudience !== "token_endpoint") invalid(`${source}(): \`assertionAudience\` must be "issuer" or "token_endpoint".`);
  if (clientSecret !== void 0) {
    if (typeof clientSecret !== "string" || clientSecret === "") invalid(`${source}(): \`clientSecret\` must be a non-empty string.`);
    redactor.addSecret(clientSecret);
    const method = clientAuth ?? "client_secret_basic";
    if (method !== "client_secret_basic" && method !== "client_secret_post") {
      invalid(`${source}(): \`clientAuth\` "${String(method)}" needs \`privateKey\`; with \`clientSecret\` use "client_secret_basic" or "client_secret_post".`);
    }
    if (algorithm !== void 0 || kid !== void 0) invalid(`${source}(): \`algorithm\` and \`kid\` apply to \`privateKey\` only.`);
    if (method === "client_secret_basic") redactor.addSecret(basicCredential(options.clientId, clientSecret));
    const auth2 = method === "client_secret_basic" ? oauth2.ClientSecretBasic(clientSecret) : oauth2.ClientSecretPost(clientSecret);
    return { method, algorithm: void 0, get: () => Promise.resolve(auth2) };
  }
  if (clientAuth !== void 0 && clientAuth !== "private_key_jwt")
    invalid(`${source}(): \`clientAuth\` "${String(clientAuth)}" needs \`clientSecret\`; with \`privateKey\` use "private_key_jwt".`);
  const key = prepareKey(privateKey, algorithm, kid, redactor);
  let auth;
  return {
    method: "private_key_jwt",
    algorithm: key.algorithm,
    get: () => auth ??= key.load().then((signingKey) => {
      if (assertionAudience === "issuer") return oauth2.PrivateKeyJwt(signingKey);
      const withAudience = (as, client, body, headers) => oauth2.PrivateKeyJwt(signingKey, {
        [oauth2.modifyAssertion]: (_header, payload) => {
          payload["aud"] = as.token_endpoint;
        }
      })(as, client, body, headers);
      return withAudience;
    })
  };
}

// src/auth/dpop.ts
import * as oauth3 from "oauth4webapi";

// src/auth/issuer.ts
function isInsecureLoopback(url) {
  return url.protocol === "http:" && isLoopbackHost(url.hostname);
}
function parseSecureUrl(value, what) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new AuthError("AUTH_INVALID_OPTIONS", `${what} is not a valid absolute URL. Check the configured value.`);
  }
  if (url.protocol === "https:" || isInsecureLoopback(url)) return url;
  if (url.protocol === "http:") {
    throw new AuthError(
      "AUTH_INSECURE_ISSUER",
      `${what} ${url.origin} uses plain http:// on a non-loopback host. Use https:// (plain http is only accepted for localhost, 127.0.0.0/8 and ::1).`
    );
  }
  throw new AuthError("AUTH_INVALID_OPTIONS", `${what} must be an https:// URL (got ${url.protocol}).`);
}

// src/auth/dpop.ts
var USE_DPOP_NONCE2 = /error\s*=\s*"?use_dpop_nonce"?/i;
var DpopKey = class {
  #handle;
  // Nonces of resource servers by origin; "" holds one from a Response without a URL.
  #apiNonces = /* @__PURE__ */ new Map();
  #clockSkewSeconds;
  #redactor;
  #timeoutMs;
  /** The binding the API client uses; present on a source only when DPoP is enabled. */
  binding;
  constructor(clockSkewSeconds, redactor, timeoutMs) {
    this.#clockSkewSeconds = clockSkewSeconds;
    this.#redactor = redactor;
    this.#timeoutMs = timeoutMs;
    this.binding = Object.freeze({
      addProof: (url, headers, method, token) => this.#addProof(url, headers, method, token),
      handleResponse: (response) => this.#handleResponse(response),
      toString: () => "DpopBinding(ES256)"
    });
  }
  /** The oauth4webapi handle for token requests (created, with its key pair, once). */
  handle() {
    return this.#handle ??= oauth3.generateKeyPair("ES256").then(
      (keyPair) => oauth3.DPoP({ [oauth3.clockSkew]: this.#clockSkewSeconds }, keyPair, {
        // API proofs (they carry `ath`) use the nonce that API asked for; token-endpoint proofs keep the handle's own.
        [oauth3.modifyAssertion]: (_header, payload) => {
          if (payload["ath"] === void 0 || typeof payload["htu"] !== "string") return;
          const nonce = this.#apiNonces.get(new URL(payload["htu"]).origin) ?? this.#apiNonces.get("");
          if (nonce !== void 0) payload["nonce"] = nonce;
        }
      })
    );
  }
  async #addProof(url, headers, method, token) {
    if (token.type !== "DPoP") return;
    const DPoP2 = await this.handle();
    let proof;
    try {
      await oauth3.protectedResourceRequest(token.value, method, url, void 0, void 0, {
        DPoP: DPoP2,
        [oauth3.customFetch]: async (_url, init) => {
          proof = init.headers["dpop"];
          return new Response(null, { status: 204 });
        },
        ...isInsecureLoopback(url) ? { [oauth3.allowInsecureRequests]: true } : {}
      });
    } catch (err) {
      throw toAuthError(err, { phase: "token", redactor: this.#redactor, endpoint: `API at ${url.origin}`, timeoutMs: this.#timeoutMs });
    }
    if (proof !== void 0) headers.set("DPoP", proof);
  }
  #handleResponse(response) {
    const nonce = response.headers.get("dpop-nonce");
    if (nonce === null) return false;
    let origin;
    try {
      origin = response.url ? new URL(response.url).origin : "";
    } catch {
      origin = "";
    }
    this.#apiNonces.set(origin, nonce);
    const challenge = response.headers.get("www-authenticate") ?? "";
    return response.status === 401 && /\bdpop\b/i.test(challenge) && USE_DPOP_NONCE2.test(challenge);
  }
};

// src/auth/transport.ts
import * as oauth4 from "oauth4webapi";
var TOO_LARGE = {
  discovery: { code: "AUTH_DISCOVERY_FAILED", what: "discovery document" },
  token: { code: "AUTH_TOKEN_ENDPOINT_ERROR", what: "token endpoint's answer" },
  jwks: { code: "AUTH_ID_TOKEN_INVALID", what: "issuer's JWKS" }
};
var NULL_BODY_STATUSES = /* @__PURE__ */ new Set([204, 205, 304]);
function requestOptions(transport, purpose, signal) {
  const send = transport.fetch ?? fetch;
  const { code, what } = TOO_LARGE[purpose];
  const options = {
    [oauth4.customFetch]: async (url, init) => {
      const deadline = createDeadline(transport.timeoutMs, signal, `The authorization server did not answer within ${transport.timeoutMs} ms.`);
      const tooLarge = () => new AuthError(
        code,
        `The ${what} at ${redactUrl(url)} is larger than ${transport.maxResponseBytes} bytes (counted decompressed), so it was not read. If the authorization server really sends that much, raise the source's \`maxResponseBytes\` option.`
      );
      try {
        const response = await send(url, { ...init, signal: deadline.signal });
        return buffered(response, await readBody(response, transport.maxResponseBytes, tooLarge));
      } finally {
        deadline.release();
      }
    }
  };
  if (isInsecureLoopback(transport.issuer)) options[oauth4.allowInsecureRequests] = true;
  return options;
}
function buffered(response, body) {
  const headers = new Headers(response.headers);
  headers.delete("content-encoding");
  headers.delete("content-length");
  return new Response(NULL_BODY_STATUSES.has(response.status) ? null : body, { status: response.status, statusText: response.statusText, headers });
}
var IssuerMetadataCache = class {
  #entries = /* @__PURE__ */ new Map();
  /**
   * The issuer's metadata, from cache or fetched once (concurrent callers share one request) with
   * the asking source's transport. Endpoints must pass the same HTTPS rule as the issuer.
   */
  metadata(transport) {
    const key = transport.issuer.href;
    let pending = this.#entries.get(key);
    if (!pending) {
      pending = fetchMetadata(transport);
      this.#entries.set(key, pending);
      const forget = () => {
        if (this.#entries.get(key) === pending) this.#entries.delete(key);
      };
      pending.catch(forget);
    }
    return pending;
  }
  clear(issuer) {
    if (issuer === void 0) this.#entries.clear();
    else this.#entries.delete(new URL(issuer).href);
  }
};
function createDiscoveryCache() {
  return new IssuerMetadataCache();
}
async function fetchMetadata(transport) {
  const wellKnown = `${transport.issuer.href.replace(/\/$/, "")}/.well-known/openid-configuration`;
  try {
    const response = await oauth4.discoveryRequest(transport.issuer, requestOptions(transport, "discovery"));
    const as = await oauth4.processDiscoveryResponse(transport.issuer, response);
    for (const name of ["token_endpoint", "jwks_uri", "authorization_endpoint"]) {
      const value = as[name];
      if (value !== void 0) parseSecureUrl(value, `The issuer's ${name}`);
    }
    return as;
  } catch (err) {
    throw toAuthError(err, { phase: "discovery", redactor: new Redactor(), endpoint: `discovery endpoint ${wellKnown}`, timeoutMs: transport.timeoutMs });
  }
}

// src/auth/options.ts
function invalid2(what) {
  throw authError("AUTH_INVALID_OPTIONS", what);
}
function resolveIssuerOptions(options, source) {
  if (typeof options !== "object" || options === null) invalid2(`${source}() needs an options object.`);
  if (options.issuer === void 0) invalid2(`${source}(): \`issuer\` is required.`);
  if (typeof options.clientId !== "string" || options.clientId === "") invalid2(`${source}(): \`clientId\` must be a non-empty string.`);
  const timeoutMs = options.timeoutMs ?? 1e4;
  const timeoutProblem = millisecondsProblem(`${source}(): \`timeoutMs\``, timeoutMs);
  if (timeoutProblem) invalid2(timeoutProblem);
  const maxResponseBytes = options.maxResponseBytes ?? 1048576;
  if (!Number.isSafeInteger(maxResponseBytes) || maxResponseBytes <= 0) invalid2(`${source}(): \`maxResponseBytes\` must be a positive whole number of bytes.`);
  const refreshSkewMs = options.refreshSkewMs ?? 6e4;
  if (!Number.isFinite(refreshSkewMs) || refreshSkewMs < 0) invalid2(`${source}(): \`refreshSkewMs\` must be zero or a positive number of milliseconds.`);
  const clockSkewSeconds = options.clockSkewSeconds ?? 0;
  if (!Number.isInteger(clockSkewSeconds)) invalid2(`${source}(): \`clockSkewSeconds\` must be a whole number of seconds.`);
  if (options.clock !== void 0 && typeof options.clock !== "function") invalid2(`${source}(): \`clock\` must be a function returning epoch ms.`);
  if (options.fetch !== void 0 && typeof options.fetch !== "function") invalid2(`${source}(): \`fetch\` must be a fetch-compatible function.`);
  if (options.dpop !== void 0 && typeof options.dpop !== "boolean") invalid2(`${source}(): \`dpop\` must be true or false.`);
  const discovery = options.discoveryCache ?? new IssuerMetadataCache();
  if (!(discovery instanceof IssuerMetadataCache)) invalid2(`${source}(): \`discoveryCache\` must come from createDiscoveryCache().`);
  if (options.store !== void 0 && !isSharedStore(options.store))
    invalid2(`${source}(): \`store\` must be a shared store, e.g. createRedisStore(...) from entity-management-client/redis.`);
  return {
    issuer: parseSecureUrl(options.issuer, `${source}(): the issuer`),
    clientId: options.clientId,
    timeoutMs,
    maxResponseBytes,
    fetch: options.fetch,
    clock: options.clock ?? Date.now,
    refreshSkewMs,
    clockSkewSeconds,
    dpop: options.dpop ?? false,
    discovery,
    store: options.store
  };
}
function resolveScopeList(scope, source, name = "scope") {
  if (scope === void 0) return void 0;
  const list = scope;
  if (!Array.isArray(list) || list.some((s) => typeof s !== "string" || s === "" || /\s/.test(s))) {
    invalid2(`${source}(): \`${name}\` must be an array of scope names without spaces, e.g. ["entities:read"].`);
  }
  return scope;
}
function resolveResource(resource, source) {
  if (resource === void 0) return void 0;
  let url;
  try {
    url = new URL(resource);
  } catch {
    url = void 0;
  }
  if (!url || url.hash) invalid2(`${source}(): \`resource\` must be an absolute URL without a fragment (the API base URL).`);
  return resource;
}

// src/auth/grant-context.ts
function createGrantContext(options, source) {
  const redactor = new Redactor();
  const resolved = resolveIssuerOptions(options, source);
  const clientAuth = resolveClientAuth(options, source, redactor);
  return {
    source,
    options: resolved,
    clientAuth,
    redactor,
    dpop: resolved.dpop ? new DpopKey(resolved.clockSkewSeconds, redactor, resolved.timeoutMs) : void 0,
    resource: resolveResource(options.resource, source),
    scope: resolveScopeList(options.scope, source)
  };
}
function deriveGrantContext(parent, options, source) {
  return {
    ...parent,
    source,
    resource: options.resource === void 0 ? parent.resource : resolveResource(options.resource, source),
    scope: resolveScopeList(options.scope, source)
  };
}
function describeContext(ctx) {
  return {
    issuer: ctx.options.issuer.href,
    clientId: ctx.options.clientId,
    clientAuth: ctx.clientAuth.method,
    ...ctx.clientAuth.algorithm ? { algorithm: ctx.clientAuth.algorithm } : {},
    ...ctx.scope ? { scope: ctx.scope } : {},
    ...ctx.resource ? { resource: ctx.resource } : {},
    dpop: ctx.dpop !== void 0
  };
}

// src/auth/shared-record.ts
function nextVersion(previous) {
  const generation = previous === void 0 ? 0 : Number.parseInt(previous, 10) || 0;
  return `${generation + 1}.${randomId()}`;
}
function encodeRecord(previous, parts, ttlMs, now) {
  const data = {};
  if (parts.token?.token.expiresAt !== void 0) {
    const { token, lifetimeMs } = parts.token;
    data.token = { value: token.value, type: token.type, scopes: token.scopes, lifetimeMs, expiresInMs: (token.expiresAt ?? now) - now, ttlMs };
  }
  if (parts.next !== void 0) data.next = parts.next;
  return { version: nextVersion(previous), data: JSON.stringify(data) };
}
function decodeRecord(entry, now, redactor) {
  if (!entry) return { version: void 0, ttlMs: 0, readAt: now };
  const record = { version: entry.version, ttlMs: entry.ttlMs, readAt: now };
  let data;
  try {
    data = JSON.parse(entry.data);
  } catch {
    return record;
  }
  if (typeof data !== "object" || data === null) return record;
  const next = typeof data.next === "string" && data.next !== "" ? data.next : void 0;
  redactor.addToken(next);
  const token = tokenOf(data.token, entry.ttlMs, now, redactor);
  return { ...record, ...token ? { token } : {}, ...next !== void 0 ? { next } : {} };
}
function tokenOf(data, entryTtlMs, now, redactor) {
  if (typeof data !== "object" || data === null || typeof data.value !== "string" || !Array.isArray(data.scopes)) return void 0;
  const { value, type, scopes, lifetimeMs, expiresInMs, ttlMs } = data;
  if (![lifetimeMs, expiresInMs, ttlMs].every(Number.isFinite) || type !== "Bearer" && type !== "DPoP") return void 0;
  redactor.addToken(value);
  const expiresAt = now + expiresInMs - Math.max(0, ttlMs - entryTtlMs);
  return { token: createAccessToken(value, { type, scopes: scopes.filter((s) => typeof s === "string"), expiresAt }), lifetimeMs };
}
function freshlyFetched(token, now) {
  return { token, lifetimeMs: token.expiresAt === void 0 ? 0 : token.expiresAt - now };
}
var REFRESH_JITTER = 0.2;
function isFresh(shared, refreshSkewMs, now, random = Math.random) {
  return remainingMs(shared, now) > refreshWindowMs(shared, refreshSkewMs) * (1 + REFRESH_JITTER * random());
}
function isServable(shared, refreshSkewMs, now) {
  return remainingMs(shared, now) > refreshWindowMs(shared, refreshSkewMs) / 2;
}
function refreshWindowMs(shared, refreshSkewMs) {
  return Math.min(refreshSkewMs, shared.lifetimeMs / 2);
}
function remainingMs(shared, now) {
  return shared.token.expiresAt === void 0 ? -Infinity : shared.token.expiresAt - now;
}
function entryTtlLeft(record, now) {
  return Math.max(1, Math.round(record.ttlMs - (now - record.readAt)));
}

// src/auth/scopes.ts
function normalizeScopes(scopes) {
  return [...new Set(scopes)].sort();
}
function parseScope(scope) {
  return scope === void 0 ? void 0 : normalizeScopes(scope.split(" ").filter(Boolean));
}
function coversScopes(granted, needed) {
  return needed.every((s) => granted.has(s));
}

// src/auth/token-cache.ts
var TokenCache = class {
  #options;
  // One entry per key ever fetched (bounded by the scope sets in use); stale entries stay until replaced.
  #current = /* @__PURE__ */ new Map();
  #inflight = /* @__PURE__ */ new Map();
  constructor(options) {
    this.#options = options;
  }
  /** A fresh cached token covering `scopes`, or the result of the (shared) fetch for them. */
  get(scopes, signal) {
    if (signal?.aborted) return Promise.reject(aborted(signal));
    const wanted = normalizeScopes(this.#options.fixedScope ?? scopes);
    const key = this.#key(wanted);
    const cached = this.#lookup(key, wanted);
    if (cached) return Promise.resolve(cached);
    const pending = this.#inflight.get(key) ?? this.#start(key, wanted);
    return signal ? waitFor(pending, signal) : pending;
  }
  /** Stores a token obtained elsewhere (e.g. with the authorization code) under its granted scopes. */
  seed(token) {
    const scopes = normalizeScopes(token.scopes);
    this.#store(this.#key(scopes), token);
  }
  /**
   * Forgets `token` if it is still current for some key, and detaches that key's fetch in flight.
   * A token already invalidated or already replaced is left alone: its holders get the new one.
   */
  invalidate(token) {
    for (const [key, entry] of this.#current) {
      if (entry.token !== token && entry.token.value !== token.value) continue;
      this.#current.delete(key);
      this.#inflight.delete(key);
    }
  }
  #key(scopes) {
    return `${this.#options.resource ?? ""}
${scopes.join(" ")}`;
  }
  #lookup(key, wanted) {
    const now = this.#options.clock();
    const exact = this.#current.get(key);
    if (exact && now < exact.refreshAt) return exact.token;
    for (const entry of this.#current.values()) {
      if (now < entry.refreshAt && coversScopes(entry.granted, wanted)) return entry.token;
    }
    return void 0;
  }
  #start(key, wanted) {
    const own = () => this.#inflight.get(key) === pending;
    const pending = this.#options.fetchToken(wanted).then(
      (token) => {
        if (own()) {
          this.#inflight.delete(key);
          this.#store(key, token);
        }
        return token;
      },
      (err) => {
        if (own()) this.#inflight.delete(key);
        throw err;
      }
    );
    this.#inflight.set(key, pending);
    return pending;
  }
  #store(key, token) {
    const now = this.#options.clock();
    const jitter = this.#options.refreshJitter ? 1 + this.#options.refreshJitter * Math.random() : 1;
    const refreshAt = token.expiresAt === void 0 ? -Infinity : token.expiresAt - Math.min(this.#options.refreshSkewMs, Math.max(0, token.expiresAt - now) / 2) * jitter;
    this.#current.set(key, { token, granted: new Set(token.scopes), refreshAt });
  }
};
function aborted(signal) {
  return authError("AUTH_ABORTED", "Stopped waiting for a token because the caller's signal was aborted.", { cause: signal.reason });
}
function waitFor(pending, signal) {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(aborted(signal));
    signal.addEventListener("abort", onAbort, { once: true });
    pending.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (err) => {
        signal.removeEventListener("abort", onAbort);
        reject(err);
      }
    );
  });
}

// src/auth/cached-token-source.ts
var CachedTokenSource = class {
  #cache;
  #shared;
  constructor(ctx, spec) {
    const { shared } = spec;
    this.#shared = shared;
    this.#cache = new TokenCache({
      fixedScope: ctx.scope,
      clock: ctx.options.clock,
      refreshSkewMs: ctx.options.refreshSkewMs,
      refreshJitter: shared ? REFRESH_JITTER : 0,
      resource: ctx.resource,
      fetchToken: shared ? (scopes) => shared.fetch(scopes) : spec.fetchToken
    });
    if (spec.seed !== void 0) this.#cache.seed(spec.seed);
    if (ctx.dpop) Object.defineProperty(this, "dpop", { value: ctx.dpop.binding, enumerable: true });
    defineRedactedView(this, () => ({ ...describeContext(ctx), ...spec.summary?.() }), spec.label);
  }
  getToken(scopes, options) {
    return this.#cache.get(scopes, options?.signal);
  }
  invalidate(token) {
    this.#cache.invalidate(token);
    this.#shared?.invalidate(token);
  }
};

// src/store/lease.ts
var LEASE_PREFIX = "lease.";
function isLease(entry) {
  return entry?.version.startsWith(LEASE_PREFIX) ?? false;
}
async function takeLease(store, key, over) {
  const version = `${LEASE_PREFIX}${randomId()}`;
  const entry = { version, data: "" };
  const taken = over === void 0 ? await store.setIfAbsent(key, entry, store.leaseMs) : await store.compareAndSet(key, over, entry, store.leaseMs);
  if (!taken) return void 0;
  const renewal = setInterval(() => void bestEffort(() => store.compareAndSet(key, version, entry, store.leaseMs)), store.leaseMs / 3);
  renewal.unref();
  return {
    version,
    stop: () => clearInterval(renewal),
    release() {
      clearInterval(renewal);
      void bestEffort(() => store.compareAndDelete(key, version));
    }
  };
}

// src/auth/fleet-sharing.ts
var FIRST_POLL_MS = 10;
var MAX_POLL_MS = 100;
var NEVER = new AbortController().signal;
var StoreUnavailable = class extends Error {
};
function storeCall(operation) {
  return operation().catch(() => {
    throw new StoreUnavailable("The shared store is unavailable.");
  });
}
var StoreBackedSharing = class {
  ctx;
  store;
  /** Where each shared token this process handed out came from. */
  origins = /* @__PURE__ */ new WeakMap();
  /** Fetches as a process without a store does (the token request itself, for client credentials). */
  alone;
  // The last invalidation in flight: a fetch after it must not read the entry it is replacing.
  #invalidating = Promise.resolve();
  /** `alone` fetches as a process without a store does. */
  constructor(ctx, store, alone) {
    this.ctx = ctx;
    this.store = store;
    this.alone = alone;
  }
  async fetch(scopes) {
    await this.#invalidating;
    try {
      return await this.viaStore(scopes);
    } catch (error) {
      if (error instanceof StoreUnavailable) return this.alone(scopes);
      throw error;
    }
  }
  invalidate(token) {
    const origin = this.origins.get(token);
    if (origin) this.#invalidating = bestEffort(() => this.retire(origin));
  }
};

// src/auth/shared-tokens.ts
function shareTokens(ctx, fetchToken) {
  const store = ctx.options.store;
  return store && !ctx.dpop ? new SharedTokens(ctx, store, fetchToken) : void 0;
}
var SharedTokens = class extends StoreBackedSharing {
  // Bounded by the scope sets in use, like the token cache.
  #names = /* @__PURE__ */ new Map();
  async viaStore(scopes) {
    return this.#viaStore(await this.#namesOf(scopes), scopes);
  }
  retire({ key, record }) {
    const now = this.ctx.options.clock();
    return this.store.compareAndSet(key, record.version, encodeRecord(record.version, {}, 0, now), entryTtlLeft(record, now));
  }
  async #viaStore(names, scopes) {
    const { clock, refreshSkewMs } = this.ctx.options;
    for (let delay = FIRST_POLL_MS; ; delay = Math.min(delay * 1.5, MAX_POLL_MS)) {
      const seen = await this.#read(names.token);
      if (seen.token && isFresh(seen.token, refreshSkewMs, clock())) return seen.token.token;
      const lease = await storeCall(() => takeLease(this.store, names.lease));
      if (lease) {
        try {
          const current = await this.#read(names.token);
          if (current.token && isFresh(current.token, refreshSkewMs, clock())) return current.token.token;
          const token = await this.alone(scopes);
          await this.#publish(names.token, current, token);
          return token;
        } finally {
          lease.release();
        }
      }
      if (seen.token && isServable(seen.token, refreshSkewMs, clock())) return seen.token.token;
      await sleep(delay, NEVER);
    }
  }
  async #read(key) {
    const entry = await storeCall(() => this.store.get(key));
    const record = decodeRecord(entry, this.ctx.options.clock(), this.ctx.redactor);
    if (record.token) this.origins.set(record.token.token, { key, record });
    return record;
  }
  async #publish(key, replaced, token) {
    const now = this.ctx.options.clock();
    if (token.expiresAt === void 0 || token.expiresAt <= now) return;
    const ttlMs = token.expiresAt - now;
    const entry = encodeRecord(replaced.version, { token: freshlyFetched(token, now) }, ttlMs, now);
    if (await bestEffort(() => this.store.compareAndSet(key, replaced.version, entry, ttlMs))) {
      this.origins.set(token, { key, record: { version: entry.version, ttlMs, readAt: now } });
    }
  }
  #namesOf(scopes) {
    const id = scopes.join(" ");
    let names = this.#names.get(id);
    if (!names) {
      const { issuer, clientId } = this.ctx.options;
      const parts = [issuer.href, clientId, this.ctx.resource ?? "", id];
      names = Promise.all([storeKeyName("token", parts), storeKeyName("token-lease", parts)]).then(([token, lease]) => ({ token, lease }));
      this.#names.set(id, names);
    }
    return names;
  }
};

// src/auth/token-endpoint.ts
import * as oauth5 from "oauth4webapi";
function grantParameters(ctx, scopes) {
  const parameters = new URLSearchParams();
  if (scopes.length > 0) parameters.set("scope", scopes.join(" "));
  if (ctx.resource !== void 0) parameters.set("resource", ctx.resource);
  return parameters;
}
function transportOf(options) {
  return { issuer: options.issuer, timeoutMs: options.timeoutMs, fetch: options.fetch, maxResponseBytes: options.maxResponseBytes };
}
function clientOf(ctx) {
  return { client_id: ctx.options.clientId, [oauth5.clockSkew]: ctx.options.clockSkewSeconds };
}
function metadataOf(ctx) {
  return ctx.options.discovery.metadata(transportOf(ctx.options));
}
async function runGrant(ctx, phase, request, process, signal) {
  const as = await metadataOf(ctx);
  const client = clientOf(ctx);
  const endpoint = `token endpoint ${as.token_endpoint ?? "(missing from discovery)"}`;
  try {
    const auth = await ctx.clientAuth.get();
    const DPoP2 = ctx.dpop ? await ctx.dpop.handle() : void 0;
    const options = { ...requestOptions(transportOf(ctx.options), "token", signal), ...DPoP2 ? { DPoP: DPoP2 } : {} };
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await request({ as, client, auth, options });
        const receivedAt = ctx.options.clock();
        const result = await process(as, client, response);
        remember(ctx.redactor, result);
        return { response: result, receivedAt };
      } catch (err) {
        if (DPoP2 && attempt === 0 && oauth5.isDPoPNonceError(err)) continue;
        throw err;
      }
    }
  } catch (err) {
    throw toAuthError(err, { phase, redactor: ctx.redactor, endpoint, timeoutMs: ctx.options.timeoutMs });
  }
}
function withIdToken(ctx, process, signal) {
  return async (as, client, response) => {
    const result = await process(as, client, response, ctx.decryptIdToken ? { [oauth5.jweDecrypt]: ctx.decryptIdToken } : {});
    if (result.id_token === void 0) return result;
    if (as.jwks_uri === void 0) {
      throw authError("AUTH_DISCOVERY_FAILED", `The issuer ${ctx.options.issuer.href} advertises no jwks_uri, so the ID token's signature can't be checked.`);
    }
    try {
      await oauth5.validateApplicationLevelSignature(as, response, requestOptions(transportOf(ctx.options), "jwks", signal));
    } catch (err) {
      throw toAuthError(err, { phase: "code-exchange", redactor: ctx.redactor, endpoint: `JWKS endpoint ${as.jwks_uri}`, timeoutMs: ctx.options.timeoutMs });
    }
    return result;
  };
}
function remember(redactor, response) {
  redactor.addToken(response.access_token);
  redactor.addToken(response.refresh_token);
  redactor.addToken(response.id_token);
}
function accessTokenOf(result, requested) {
  const { response, receivedAt } = result;
  if (!isHeaderSafeToken(response.access_token)) {
    throw authError(
      "AUTH_MALFORMED_TOKEN",
      "The token endpoint returned an access_token with characters outside visible ASCII (0x21-0x7E), so it can't be sent in an Authorization header; it was discarded."
    );
  }
  return createAccessToken(response.access_token, {
    type: response.token_type === "dpop" ? "DPoP" : "Bearer",
    scopes: parseScope(response.scope) ?? requested,
    expiresAt: response.expires_in === void 0 ? void 0 : receivedAt + response.expires_in * 1e3
  });
}

// src/auth/client-credentials.ts
function clientCredentials(options) {
  const ctx = createGrantContext(options, "clientCredentials");
  const fetchToken = async (scopes) => {
    const parameters = grantParameters(ctx, scopes);
    const result = await runGrant(
      ctx,
      "token",
      ({ as, client, auth, options: requestOptions2 }) => oauth6.clientCredentialsGrantRequest(as, client, auth, parameters, requestOptions2),
      oauth6.processClientCredentialsResponse
    );
    return accessTokenOf(result, scopes);
  };
  return new CachedTokenSource(ctx, { label: "ClientCredentialsTokenSource", fetchToken, shared: shareTokens(ctx, fetchToken) });
}

// src/auth/authorization-code.ts
import * as oauth8 from "oauth4webapi";

// src/auth/id-token-decryption.ts
var KEY_MANAGEMENT = ["RSA-OAEP-256", "ECDH-ES", "ECDH-ES+A128KW", "ECDH-ES+A256KW"];
var CONTENT_ENCRYPTION = ["A256GCM", "A128CBC-HS256"];
var PRINTABLE = /^[\w.+:-]{1,64}$/;
var shown = (value) => typeof value === "string" && PRINTABLE.test(value) ? value : "(none or unreadable)";
var familyOf = (alg) => alg.startsWith("ECDH-ES") ? "ECDH-ES" : alg;
function invalidKey2(what) {
  throw authError("AUTH_INVALID_KEY", `\`idTokenDecryptionKey\` ${what}`);
}
var unusableKey = (alg) => `\`idTokenDecryptionKey\` can't decrypt ${alg}: RSA-OAEP-256 needs an RSA private key, the ECDH-ES family an EC (P-256, P-384, P-521) or X25519 one.`;
var isCryptoKey2 = (v) => typeof CryptoKey !== "undefined" && v instanceof CryptoKey;
function idTokenDecryptor(input, source, redactor) {
  const failed = (what, cause) => authError("AUTH_ID_TOKEN_DECRYPTION_FAILED", what, cause === void 0 ? {} : { cause: sanitizeError(cause, redactor, false) });
  if (input === void 0) {
    return () => Promise.reject(
      failed(`The ID token arrived encrypted (a JWE), but ${source}() has no \`idTokenDecryptionKey\`: pass the private key of the client's registered encryption key.`)
    );
  }
  const keyFor = prepareDecryptionKey(input, redactor);
  let jose;
  return async (jwe) => {
    const lib = await (jose ??= loadJose());
    let header;
    try {
      header = lib.decodeProtectedHeader(jwe);
    } catch (err) {
      throw failed("The encrypted ID token is not a valid compact JWE: its protected header can't be read.", err);
    }
    const { alg, enc, kid } = header;
    if (alg === void 0 || enc === void 0 || !KEY_MANAGEMENT.includes(alg) || !CONTENT_ENCRYPTION.includes(enc)) {
      throw failed(
        `The ID token is encrypted with alg ${shown(alg)} and enc ${shown(enc)}; this client accepts alg ${KEY_MANAGEMENT.join(", ")} with enc ${CONTENT_ENCRYPTION.join(" or ")}. Register the client's ID-token encryption (id_token_encrypted_response_alg / _enc) as one of those.`
      );
    }
    let key;
    try {
      key = await keyFor(lib, alg);
    } catch (err) {
      throw failed(unusableKey(alg), err);
    }
    try {
      const { plaintext } = await lib.compactDecrypt(jwe, key, { keyManagementAlgorithms: KEY_MANAGEMENT, contentEncryptionAlgorithms: CONTENT_ENCRYPTION });
      const jws = new TextDecoder().decode(plaintext);
      redactor.addToken(jws);
      return jws;
    } catch (err) {
      throw failed(decryptionProblem(err, alg, kid), err);
    }
  };
}
function decryptionProblem(err, alg, kid) {
  const code = err?.code;
  if (code === "ERR_JWE_DECRYPTION_FAILED") {
    return `The encrypted ID token does not decrypt with \`idTokenDecryptionKey\`: it was encrypted (${alg}) to another key${kid === void 0 ? "" : `, key id ${shown(kid)}`}. Configure the private key whose public JWK is registered as the client's encryption key.`;
  }
  if (code === "ERR_JWE_INVALID" || code === "ERR_JOSE_NOT_SUPPORTED")
    return "The encrypted ID token is not a valid compact JWE, or uses a JWE feature (`zip`, `crit`) this client doesn't support.";
  return unusableKey(alg);
}
async function loadJose() {
  try {
    return await import("jose");
  } catch {
    throw authError("AUTH_ID_TOKEN_DECRYPTION_FAILED", "`idTokenDecryptionKey` needs the optional peer dependency jose: install it (`npm install jose`).");
  }
}
function prepareDecryptionKey(input, redactor) {
  if (typeof input === "string") {
    pkcs8PemBody(input, "idTokenDecryptionKey", redactor);
    return importedOnce((jose, family) => jose.importPKCS8(input, family));
  }
  if (isCryptoKey2(input)) {
    const { name } = input.algorithm;
    const hash = input.algorithm.hash?.name;
    const rsa = name === "RSA-OAEP" && hash === "SHA-256";
    if (!rsa && name !== "ECDH" && name !== "X25519") {
      invalidKey2(`CryptoKey is ${name}${hash ? `/${hash}` : ""}; an RSA-OAEP (SHA-256), ECDH or X25519 private key is needed.`);
    }
    const usage = rsa ? "decrypt" : "deriveBits";
    if (input.type !== "private" || !input.usages.includes(usage)) invalidKey2(`CryptoKey must be a private key with the "${usage}" usage.`);
    return async (_jose, alg) => {
      if (familyOf(alg) === "RSA-OAEP-256" !== rsa) throw new TypeError(`a ${name} CryptoKey can't decrypt ${alg}`);
      return input;
    };
  }
  if (typeof input === "object" && input !== null) {
    for (const member of JWK_PRIVATE_MEMBERS) if (typeof input[member] === "string") redactor.addSecret(input[member]);
    const okp = input.kty === "OKP" && input.crv === "X25519";
    if (input.kty !== "RSA" && input.kty !== "EC" && !okp) invalidKey2(`JWK has kty ${JSON.stringify(input.kty ?? null)}; an RSA, EC or X25519 (OKP) key is needed.`);
    if (typeof input.d !== "string") invalidKey2("JWK has no private part (`d`): that is a public key.");
    if (input.alg !== void 0 && !KEY_MANAGEMENT.includes(input.alg)) invalidKey2(`JWK is for ${input.alg}; one of ${KEY_MANAGEMENT.join(", ")} is needed.`);
    if (input.use !== void 0 && input.use !== "enc") invalidKey2(`JWK has use ${JSON.stringify(input.use)}; a decryption key has use "enc".`);
    const { kty, crv, x, y, n, e, d, p, q, dp, dq, qi } = input;
    const bare = Object.fromEntries(Object.entries({ kty, crv, x, y, n, e, d, p, q, dp, dq, qi }).filter(([, v]) => v !== void 0));
    return importedOnce(async (jose, family) => await jose.importJWK(bare, family));
  }
  return invalidKey2("must be a PKCS#8 PEM string, a private JWK object or a CryptoKey.");
}
function importedOnce(load) {
  const imported = /* @__PURE__ */ new Map();
  return (jose, alg) => {
    const family = familyOf(alg);
    let key = imported.get(family);
    if (!key) imported.set(family, key = load(jose, family));
    return key;
  };
}

// src/auth/refresh-token.ts
import * as oauth7 from "oauth4webapi";

// src/auth/shared-refresh.ts
var SPENT_TTL_MS = 30 * 24 * 60 * 60 * 1e3;
function shareRefreshTokens(ctx, chain, local) {
  const store = ctx.options.store;
  return store ? new SharedRefresh(ctx, store, chain, local) : void 0;
}
var SharedRefresh = class extends StoreBackedSharing {
  #chain;
  constructor(ctx, store, chain, local) {
    super(ctx, store, local);
    this.#chain = chain;
  }
  // Only a current entry holds a token; deleting it (if still this one) leaves the refresh token unredeemed.
  retire({ key, record }) {
    return record.version === void 0 ? Promise.resolve(false) : this.store.compareAndDelete(key, record.version);
  }
  async viaStore(scopes) {
    const { clock, refreshSkewMs } = this.ctx.options;
    for (let delay = FIRST_POLL_MS; ; delay = Math.min(delay * 1.5, MAX_POLL_MS)) {
      const head = await this.#walk();
      const token = head.record.token && coversScopes(new Set(head.record.token.token.scopes), scopes) ? head.record.token : void 0;
      if (token && isFresh(token, refreshSkewMs, clock())) return this.#handOut(token, head);
      if (head.leased) {
        if (token && isServable(token, refreshSkewMs, clock())) return this.#handOut(token, head);
        await sleep(delay, NEVER);
        continue;
      }
      const lease = await storeCall(() => takeLease(this.store, head.key, head.record.version));
      if (lease) return this.#redeem(head, lease, scopes);
    }
  }
  /** Follows the chain from the refresh token this process knows to the newest one. */
  async #walk() {
    const visited = /* @__PURE__ */ new Set();
    for (; ; ) {
      const refreshToken = this.#chain.current;
      visited.add(refreshToken);
      const key = await this.#keyOf(refreshToken);
      const entry = await storeCall(() => this.store.get(key));
      const record = decodeRecord(entry, this.ctx.options.clock(), this.ctx.redactor);
      if (record.next === void 0 || visited.has(record.next)) return { key, refreshToken, record, leased: isLease(entry) };
      this.#chain.current = record.next;
    }
  }
  async #redeem(head, lease, scopes) {
    let result;
    try {
      result = await this.#chain.redeem(head.refreshToken, scopes);
    } catch (error) {
      lease.release();
      throw error;
    }
    lease.stop();
    const { token, rotated } = result;
    const now = this.ctx.options.clock();
    const shared = this.ctx.dpop || token.expiresAt === void 0 || token.expiresAt <= now ? void 0 : freshlyFetched(token, now);
    const tokenTtlMs = (token.expiresAt ?? now) - now;
    if (rotated === void 0) {
      if (shared) await this.#putCurrent(head.key, lease.version, shared, tokenTtlMs, now);
      else lease.release();
      return token;
    }
    if (shared) await this.#putCurrent(await this.#keyOf(rotated), void 0, shared, tokenTtlMs, now);
    await bestEffort(() => this.store.compareAndSet(head.key, lease.version, encodeRecord(lease.version, { next: rotated }, 0, now), SPENT_TTL_MS));
    await this.#chain.rotated(rotated);
    return token;
  }
  async #putCurrent(key, over, shared, ttlMs, now) {
    const entry = encodeRecord(over, { token: shared }, ttlMs, now);
    if (await bestEffort(() => this.store.compareAndSet(key, over, entry, ttlMs))) {
      this.origins.set(shared.token, { key, record: { version: entry.version, ttlMs, readAt: now } });
    }
  }
  #keyOf(refreshToken) {
    const { issuer, clientId } = this.ctx.options;
    return storeKeyName("refresh", [issuer.href, clientId, refreshToken]);
  }
  #handOut(shared, head) {
    this.origins.set(shared.token, { key: head.key, record: head.record });
    return shared.token;
  }
};

// src/auth/refresh-token.ts
function refreshTokenSourceFor(ctx, parameters) {
  const { source, redactor } = ctx;
  if (typeof parameters.refreshToken !== "string" || parameters.refreshToken === "") {
    throw authError("AUTH_INVALID_OPTIONS", `${source}(): \`refreshToken\` must be a non-empty string (request the offline_access scope at sign-in).`);
  }
  if (typeof parameters.onRefreshTokenRotated !== "function") {
    throw authError("AUTH_INVALID_OPTIONS", `${source}(): \`onRefreshTokenRotated\` is required: refresh tokens rotate, and the new one must be persisted.`);
  }
  redactor.addToken(parameters.refreshToken);
  const onRotated = parameters.onRefreshTokenRotated;
  const chain = {
    current: parameters.refreshToken,
    redeem: async (spent, scopes) => {
      const additionalParameters = grantParameters(ctx, scopes);
      const result = await runGrant(
        ctx,
        "token",
        ({ as, client, auth, options: requestOptions2 }) => oauth7.refreshTokenGrantRequest(as, client, auth, spent, { ...requestOptions2, additionalParameters }),
        withIdToken(ctx, oauth7.processRefreshTokenResponse)
      );
      const rotated = result.response.refresh_token;
      return { token: accessTokenOf(result, scopes), rotated: rotated !== void 0 && rotated !== spent ? rotated : void 0 };
    },
    rotated: async (refreshToken) => {
      chain.current = refreshToken;
      await onRotated(refreshToken);
    }
  };
  const refresh = async (scopes) => {
    const { token, rotated } = await chain.redeem(chain.current, scopes);
    if (rotated !== void 0) await chain.rotated(rotated);
    return token;
  };
  const shared = shareRefreshTokens(ctx, chain, refresh);
  let queue = Promise.resolve();
  const fetchToken = (scopes) => {
    const run = queue.then(() => shared ? shared.fetch(scopes) : refresh(scopes));
    queue = run.catch(() => void 0);
    return run;
  };
  return new CachedTokenSource(ctx, {
    label: "RefreshTokenSource",
    summary: () => ({ refreshToken: "[redacted]" }),
    seed: parameters.accessToken,
    fetchToken,
    shared: shared && { fetch: fetchToken, invalidate: (token) => shared.invalidate(token) }
  });
}
function refreshTokenSource(options) {
  const ctx = createGrantContext(options, "refreshTokenSource");
  return refreshTokenSourceFor({ ...ctx, decryptIdToken: idTokenDecryptor(options.idTokenDecryptionKey, "refreshTokenSource", ctx.redactor) }, options);
}

// src/auth/authorization-code.ts
var RESERVED = /* @__PURE__ */ new Set(["client_id", "redirect_uri", "response_type", "scope", "state", "nonce", "code_challenge", "code_challenge_method"]);
var Result = class {
  claims;
  accessToken;
  #refreshToken;
  #idToken;
  constructor(claims, accessToken, refreshToken, idToken) {
    this.claims = claims;
    this.accessToken = accessToken;
    this.#refreshToken = refreshToken;
    this.#idToken = idToken;
  }
  get refreshToken() {
    return this.#refreshToken;
  }
  get idToken() {
    return this.#idToken;
  }
  toJSON() {
    return { claims: this.claims, accessToken: this.accessToken, refreshToken: this.#refreshToken ? "[redacted]" : void 0, idToken: "[redacted]" };
  }
  toString() {
    return `AuthorizationResult(sub ${this.claims.sub}, ${describeAccessToken(this.accessToken)})`;
  }
  [inspectCustom]() {
    return `AuthorizationResult ${JSON.stringify(this.toJSON())}`;
  }
};
function authorizationCode(options) {
  const source = "authorizationCode";
  const base = createGrantContext(options, source);
  const ctx = { ...base, decryptIdToken: idTokenDecryptor(options.idTokenDecryptionKey, source, base.redactor) };
  const { options: resolved, redactor, resource } = ctx;
  const scope = ctx.scope ?? [];
  if (typeof options.redirectUri !== "string") throw authError("AUTH_INVALID_OPTIONS", `${source}(): \`redirectUri\` is required.`);
  parseSecureUrl(options.redirectUri, `${source}(): \`redirectUri\``);
  const redirectUri = options.redirectUri;
  const flow = {
    async createAuthorizationRequest(parameters = {}) {
      const as = await metadataOf(ctx);
      if (as.authorization_endpoint === void 0) {
        throw authError("AUTH_DISCOVERY_FAILED", `The issuer ${resolved.issuer.href} advertises no authorization_endpoint.`);
      }
      const scopes = normalizeScopes(["openid", ...resolveScopeList(parameters.scope, "createAuthorizationRequest") ?? scope]);
      const codeVerifier = oauth8.generateRandomCodeVerifier();
      const state = oauth8.generateRandomState();
      const nonce = oauth8.generateRandomNonce();
      const url = new URL(as.authorization_endpoint);
      for (const [name, value] of Object.entries(parameters.additionalParameters ?? {})) {
        if (RESERVED.has(name)) throw authError("AUTH_INVALID_OPTIONS", `createAuthorizationRequest(): \`additionalParameters\` can't set ${name}.`);
        url.searchParams.set(name, value);
      }
      url.searchParams.set("client_id", resolved.clientId);
      url.searchParams.set("redirect_uri", redirectUri);
      url.searchParams.set("response_type", "code");
      url.searchParams.set("scope", scopes.join(" "));
      url.searchParams.set("state", state);
      url.searchParams.set("nonce", nonce);
      url.searchParams.set("code_challenge", await oauth8.calculatePKCECodeChallenge(codeVerifier));
      url.searchParams.set("code_challenge_method", "S256");
      if (parameters.prompt !== void 0) url.searchParams.set("prompt", parameters.prompt);
      if (parameters.loginHint !== void 0) url.searchParams.set("login_hint", parameters.loginHint);
      if (resource !== void 0) url.searchParams.set("resource", resource);
      return { url, state, nonce, codeVerifier };
    },
    async handleAuthorizationCallback(callbackUrl, saved, callOptions = {}) {
      for (const field of ["state", "nonce", "codeVerifier"]) {
        if (typeof saved?.[field] !== "string" || saved[field] === "") {
          throw authError("AUTH_INVALID_OPTIONS", `handleAuthorizationCallback(): the saved request has no \`${field}\`; pass what createAuthorizationRequest() returned.`);
        }
      }
      let url;
      try {
        url = new URL(callbackUrl);
      } catch {
        throw authError("AUTH_INVALID_OPTIONS", "handleAuthorizationCallback(): `callbackUrl` is not an absolute URL; pass the full URL the browser was redirected to.");
      }
      const as = await metadataOf(ctx);
      const client = clientOf(ctx);
      let params;
      try {
        params = oauth8.validateAuthResponse(as, client, url, saved.state);
      } catch (err) {
        throw toAuthError(err, { phase: "callback", redactor, endpoint: "authorization callback", timeoutMs: resolved.timeoutMs });
      }
      const result = await runGrant(
        ctx,
        "code-exchange",
        ({ as: server, client: c, auth, options: requestOptions2 }) => oauth8.authorizationCodeGrantRequest(server, c, auth, params, redirectUri, saved.codeVerifier, {
          ...requestOptions2,
          ...resource !== void 0 ? { additionalParameters: { resource } } : {}
        }),
        withIdToken(
          ctx,
          (server, c, response, processOptions) => oauth8.processAuthorizationCodeResponse(server, c, response, { ...processOptions, expectedNonce: saved.nonce, requireIdToken: true }),
          callOptions.signal
        ),
        callOptions.signal
      );
      const claims = oauth8.getValidatedIdTokenClaims(result.response);
      const idToken = result.response.id_token;
      if (!claims || idToken === void 0) throw authError("AUTH_ID_TOKEN_INVALID", "The token response carried no ID token.");
      return new Result(claims, accessTokenOf(result, []), result.response.refresh_token, idToken);
    },
    refreshTokenSource(parameters) {
      return refreshTokenSourceFor(deriveGrantContext(ctx, parameters, "refreshTokenSource"), parameters);
    }
  };
  defineRedactedView(flow, () => ({ ...describeContext(ctx), redirectUri }), "AuthorizationCodeFlow");
  return flow;
}

// src/auth/static-token.ts
function staticToken(token, options = {}) {
  if (typeof token !== "string" || token === "" || /\s/.test(token)) {
    throw authError("AUTH_INVALID_OPTIONS", 'staticToken(): `token` must be a non-empty string without whitespace (the raw token, without "Bearer ").');
  }
  const fixed = options.scopes === void 0 ? void 0 : createAccessToken(token, { scopes: options.scopes, expiresAt: options.expiresAt });
  const source = {
    getToken(scopes, callOptions) {
      if (callOptions?.signal?.aborted) {
        return Promise.reject(authError("AUTH_ABORTED", "Stopped waiting for a token because the caller's signal was aborted.", { cause: callOptions.signal.reason }));
      }
      return Promise.resolve(fixed ?? createAccessToken(token, { scopes, expiresAt: options.expiresAt }));
    },
    invalidate() {
    }
  };
  defineRedactedView(source, () => ({ token: "[redacted]", ...options.scopes ? { scopes: options.scopes } : {} }), "StaticTokenSource");
  return source;
}

export {
  InvalidRequestError,
  InvalidResponseError,
  ApiError,
  InsufficientScopeError,
  toApiError,
  AuthError,
  NetworkError,
  RequestAbortedError,
  ResponseTooLargeError,
  TimeoutError,
  createAccessToken,
  createEntityManagementClient,
  unwrap,
  createDiscoveryCache,
  clientCredentials,
  refreshTokenSource,
  authorizationCode,
  staticToken
};
