/**
 * The one construction path of every source that talks to the authorization server: options
 * validated, secrets registered with the source's redactor, client authentication, resource, scope
 * list and DPoP key resolved once. Sources made from another one (the authorization code flow's
 * refresh-token sources) derive their context from it and share its redactor, key and DPoP key.
 */
import { resolveClientAuth, type ResolvedClientAuth } from "./client-auth.js";
import { DpopKey } from "./dpop.js";
import type { DecryptIdToken } from "./id-token-decryption.js";
import { resolveIssuerOptions, resolveResource, resolveScopeList, type ClientAuthOptions, type IssuerOptions, type ResolvedIssuerOptions } from "./options.js";
import { Redactor } from "./redaction.js";

/** What a source may narrow for itself: the scope list it asks for and its resource indicator. */
export interface ScopeOptions {
  /** A fixed scope list for every token request; without it each call asks for its own scopes. */
  readonly scope?: readonly string[];
  /** Resource indicator (RFC 8707), normally the API base URL. */
  readonly resource?: string;
}

/** Options of any source that talks to the authorization server. */
export interface GrantSourceOptions extends IssuerOptions, ClientAuthOptions, ScopeOptions {}

/** Everything a grant needs, fixed per source. */
export interface GrantContext {
  /** The factory's name, for messages (`clientCredentials`, …). */
  readonly source: string;
  readonly options: ResolvedIssuerOptions;
  readonly clientAuth: ResolvedClientAuth;
  readonly redactor: Redactor;
  readonly dpop: DpopKey | undefined;
  readonly resource: string | undefined;
  /** The validated `scope` option; `undefined` when each call asks for its own scopes. */
  readonly scope: readonly string[] | undefined;
  /** For sources that receive ID tokens: decrypts an encrypted one (or refuses it, when no key is configured). */
  readonly decryptIdToken?: DecryptIdToken;
}

/** Validates `options` for `source` and builds its context; throws AUTH_INVALID_OPTIONS (or _KEY, _INSECURE_ISSUER). */
export function createGrantContext(options: GrantSourceOptions, source: string): GrantContext {
  const redactor = new Redactor();
  const resolved = resolveIssuerOptions(options, source);
  const clientAuth = resolveClientAuth(options, source, redactor);
  return {
    source,
    options: resolved,
    clientAuth,
    redactor,
    dpop: resolved.dpop ? new DpopKey(resolved.clockSkewSeconds, redactor, resolved.timeoutMs) : undefined,
    resource: resolveResource(options.resource, source),
    scope: resolveScopeList(options.scope, source),
  };
}

/** A context for a source made from `parent`: same client, key, redactor and DPoP key; its own scope, and resource unless inherited. */
export function deriveGrantContext(parent: GrantContext, options: ScopeOptions, source: string): GrantContext {
  return {
    ...parent,
    source,
    resource: options.resource === undefined ? parent.resource : resolveResource(options.resource, source),
    scope: resolveScopeList(options.scope, source),
  };
}

/** The non-secret settings of a context, for a source's redacted `toJSON` / `util.inspect` view. */
export function describeContext(ctx: GrantContext): Record<string, unknown> {
  return {
    issuer: ctx.options.issuer.href,
    clientId: ctx.options.clientId,
    clientAuth: ctx.clientAuth.method,
    ...(ctx.clientAuth.algorithm ? { algorithm: ctx.clientAuth.algorithm } : {}),
    ...(ctx.scope ? { scope: ctx.scope } : {}),
    ...(ctx.resource ? { resource: ctx.resource } : {}),
    dpop: ctx.dpop !== undefined,
  };
}
