import { inspectCustom } from "./redaction.js";
import type { AccessToken } from "./token-source.js";

/** What {@link createAccessToken} needs besides the raw value. */
export interface AccessTokenInit {
  /** How the token is presented. @default "Bearer" */
  readonly type?: AccessToken["type"];
  /** Scopes the token carries. @default [] */
  readonly scopes?: readonly string[];
  /** Expiry in epoch milliseconds; `undefined` when unknown. */
  readonly expiresAt?: number | undefined;
}

/**
 * An access token whose raw value lives in a private field: `JSON.stringify`, `util.inspect`,
 * `String()` and object spreads show type, scopes and expiry only.
 */
class RedactedAccessToken implements AccessToken {
  readonly #value: string;
  readonly type: AccessToken["type"];
  readonly scopes: readonly string[];
  readonly expiresAt: number | undefined;

  constructor(value: string, init: AccessTokenInit) {
    this.#value = value;
    this.type = init.type ?? "Bearer";
    this.scopes = Object.freeze([...(init.scopes ?? [])]);
    this.expiresAt = init.expiresAt;
    Object.freeze(this);
  }

  get value(): string {
    return this.#value;
  }

  toJSON(): { type: AccessToken["type"]; scopes: readonly string[]; expiresAt: number | undefined; value: "[redacted]" } {
    return { type: this.type, scopes: this.scopes, expiresAt: this.expiresAt, value: "[redacted]" };
  }

  toString(): string {
    return describeAccessToken(this);
  }

  [inspectCustom](): string {
    return this.toString();
  }
}

// Visible ASCII only: what an Authorization header can carry without CR/LF/NUL injection or
// encoding surprises (RFC 6750's b64token is a subset).
const HEADER_SAFE = /^[\x21-\x7E]+$/;

/** True when `value` is non-empty visible ASCII (0x21–0x7E), so it can go into an `Authorization` header as it is. */
export function isHeaderSafeToken(value: string): boolean {
  return HEADER_SAFE.test(value);
}

/** Type, scopes and expiry of `token`, never its value: how every token is shown in text. */
export function describeAccessToken(token: AccessToken): string {
  const expiry = token.expiresAt === undefined ? "unknown expiry" : `expires ${new Date(token.expiresAt).toISOString()}`;
  return `AccessToken(${token.type}, [${token.scopes.join(" ")}], ${expiry})`;
}

/** Wraps a raw token so it can't leak through logging or serialisation; for custom {@link TokenSource}s. */
export function createAccessToken(value: string, init: AccessTokenInit = {}): AccessToken {
  return new RedactedAccessToken(value, init);
}
