/**
 * The discovery cache, which belongs to a source (or to the sources it is given to). Only the
 * container: the discovery request itself (oauth4webapi) lives in discovery.ts, loaded with the
 * first token request.
 */
import type * as oauth from "oauth4webapi";

/** Issuer metadata to share between sources (see `IssuerOptions.discoveryCache`); `clear` forgets it. */
export interface DiscoveryCache {
  /** Forgets the metadata of every issuer in this cache, or of one, e.g. after the issuer moved its endpoints. */
  clear(issuer?: string | URL): void;
}

/** The implementation behind {@link DiscoveryCache}: per issuer, single-flight, failures not cached. */
export class IssuerMetadataCache implements DiscoveryCache {
  readonly #entries = new Map<string, Promise<oauth.AuthorizationServer>>();

  /** The metadata of `issuer`, from cache or from `discover` (called once however many callers wait; a failure is not kept). */
  metadata(issuer: URL, discover: () => Promise<oauth.AuthorizationServer>): Promise<oauth.AuthorizationServer> {
    const key = issuer.href;
    let pending = this.#entries.get(key);
    if (!pending) {
      pending = discover();
      this.#entries.set(key, pending);
      const forget = (): void => {
        if (this.#entries.get(key) === pending) this.#entries.delete(key);
      };
      pending.catch(forget);
    }
    return pending;
  }

  clear(issuer?: string | URL): void {
    if (issuer === undefined) this.#entries.clear();
    else this.#entries.delete(new URL(issuer).href);
  }
}

/** A discovery cache to give several sources (`discoveryCache` option), so they discover each issuer once between them. */
export function createDiscoveryCache(): DiscoveryCache {
  return new IssuerMetadataCache();
}
