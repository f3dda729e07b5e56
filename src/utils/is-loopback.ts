/** Whether a URL's host is this machine (`localhost`, `127.0.0.0/8`, `::1`), where plain http cannot be intercepted. */
export function isLoopback(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}
