/** A completed sign-in as handed to the app: the refresh and ID tokens are readable, never printed. */
import type * as oauth from "oauth4webapi";
import { describeAccessToken } from "./access-token.js";
import type { AuthorizationResult } from "./authorization-code.js";
import { inspectCustom } from "./redaction.js";
import type { AccessToken } from "./token-source.js";

/** An {@link AuthorizationResult} whose refresh and ID tokens live in private fields, behind getters. */
export class RedactedAuthorizationResult implements AuthorizationResult {
  readonly claims: oauth.IDToken;
  readonly accessToken: AccessToken;
  readonly #refreshToken: string | undefined;
  readonly #idToken: string;

  constructor(claims: oauth.IDToken, accessToken: AccessToken, refreshToken: string | undefined, idToken: string) {
    this.claims = claims;
    this.accessToken = accessToken;
    this.#refreshToken = refreshToken;
    this.#idToken = idToken;
  }

  get refreshToken(): string | undefined {
    return this.#refreshToken;
  }

  get idToken(): string {
    return this.#idToken;
  }

  toJSON(): Record<string, unknown> {
    return { claims: this.claims, accessToken: this.accessToken, refreshToken: this.#refreshToken ? "[redacted]" : undefined, idToken: "[redacted]" };
  }

  toString(): string {
    return `AuthorizationResult(sub ${this.claims.sub}, ${describeAccessToken(this.accessToken)})`;
  }

  [inspectCustom](): string {
    return `AuthorizationResult ${JSON.stringify(this.toJSON())}`;
  }
}
