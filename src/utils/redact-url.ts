// Query parameters whose values may be credentials; their values never reach an error or a log.
const sensitiveName = /token|secret|assertion|password|code|key|session|auth/i;

/** The URL with credential-like query values (and any userinfo) replaced by `[REDACTED]`. */
export function redactUrl(input: string): string {
  let url: URL;
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
