/**
 * Signs a user in non-interactively at the sandbox authorization server: follows the authorization
 * request's redirects by hand, submits oidc-provider's development login and consent forms, and
 * stops at the redirect to the client's redirect_uri. No browser needed.
 *
 * Only for the sandbox's `devInteractions` pages (any login, any password); not for real servers.
 */

/** Options for {@link scriptedLogin}. */
export interface ScriptedLoginOptions {
  /** The login name; it becomes the ID token's `sub`. @default "alice" */
  readonly login?: string;
  /** Any non-empty password (the development forms accept every password). @default "sandbox" */
  readonly password?: string;
  /** Where the login ends: the first redirect whose URL starts with this is returned. @default the `redirect_uri` of the request */
  readonly redirectUri?: string;
  /** `fetch` to use. @default globalThis.fetch */
  readonly fetch?: typeof fetch;
  /** Upper bound on requests, against redirect loops. @default 20 */
  readonly maxSteps?: number;
}

/** Runs the authorization request at `authorizationUrl` to its end and returns the callback URL (with `code` and `state`, or `error`). */
export async function scriptedLogin(authorizationUrl: URL | string, options: ScriptedLoginOptions = {}): Promise<URL> {
  const doFetch = options.fetch ?? globalThis.fetch;
  const start = new URL(authorizationUrl);
  const redirectUri = options.redirectUri ?? start.searchParams.get("redirect_uri");
  if (!redirectUri) throw new Error("scriptedLogin: the authorization URL has no redirect_uri; pass options.redirectUri");

  const jar = new CookieJar();
  let request: { url: URL; method: "GET" | "POST"; body?: URLSearchParams } = { url: start, method: "GET" };
  for (let step = 0; step < (options.maxSteps ?? 20); step++) {
    const res = await doFetch(request.url, {
      method: request.method,
      redirect: "manual",
      headers: {
        cookie: jar.header(request.url),
        ...(request.body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      ...(request.body ? { body: request.body } : {}),
    });
    jar.store(request.url, res.headers.getSetCookie());

    const location = res.headers.get("location");
    if (res.status >= 300 && res.status < 400 && location) {
      await res.body?.cancel();
      const next = new URL(location, request.url);
      if (next.href.startsWith(redirectUri)) return next;
      request = { url: next, method: "GET" };
      continue;
    }

    const html = res.ok ? await res.text() : "";
    const form = /<form[^>]*action="([^"]+)"[^>]*method="post"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
    const prompt = form?.[2] ? /name="prompt" value="([^"]+)"/.exec(form[2])?.[1] : undefined;
    if (!form?.[1] || !prompt) {
      throw new Error(`scriptedLogin: unexpected ${res.status} response at ${request.url.pathname} (no login or consent form)`);
    }
    const body = new URLSearchParams({ prompt });
    if (prompt === "login") {
      body.set("login", options.login ?? "alice");
      body.set("password", options.password ?? "sandbox");
    }
    request = { url: new URL(decodeHtml(form[1]), request.url), method: "POST", body };
  }
  throw new Error("scriptedLogin: too many redirects");
}

const decodeHtml = (s: string): string =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&#x2F;/gi, "/")
    .replace(/&#47;/g, "/")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** Just enough of a cookie jar for one origin-bound login: name=value, Path, Max-Age/Expires deletion. */
class CookieJar {
  readonly #cookies = new Map<string, { value: string; origin: string; path: string }>();

  store(url: URL, setCookies: readonly string[]): void {
    for (const line of setCookies) {
      const [pair = "", ...attrs] = line.split(";").map((s) => s.trim());
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const attr = (key: string): string | undefined => attrs.find((a) => a.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
      const path = attr("path") ?? "/";
      const maxAge = attr("max-age");
      const expires = attr("expires");
      const deleted = (maxAge !== undefined && Number(maxAge) <= 0) || (expires !== undefined && Date.parse(expires) < Date.now());
      const key = `${url.origin} ${path} ${name}`;
      if (deleted) this.#cookies.delete(key);
      else this.#cookies.set(key, { value: `${name}=${value}`, origin: url.origin, path });
    }
  }

  header(url: URL): string {
    return [...this.#cookies.values()]
      .filter((c) => c.origin === url.origin && url.pathname.startsWith(c.path))
      .map((c) => c.value)
      .join("; ");
  }
}
