/**
 * What openapi-fetch builds for a call when no middleware will look at it: the URL, method,
 * headers and serialised body, without an undici `Request` (fetch builds its own anyway, and each
 * one costs a follow-up AbortSignal on Node 20). With middleware, openapi-fetch builds real Requests.
 */
export class CallRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  /** The serialised body as openapi-fetch produced it (a JSON string, FormData), sent as is on every attempt. */
  readonly payload: BodyInit | undefined;

  constructor(url: string, init: { method?: string; headers?: Headers; body?: BodyInit | null }) {
    // Parsed like a Request would: the base-URL check compares normalised URLs.
    this.url = new URL(url).href;
    this.method = init.method ?? "GET";
    this.headers = init.headers ?? new Headers();
    this.payload = init.body ?? undefined;
  }
}
