/** The URL a fetch call was given, whichever form it came in (string, URL or Request). */
export function requestUrl(input: Parameters<typeof fetch>[0]): string {
  if (typeof input === "string") return input;
  return input instanceof URL ? input.href : input.url;
}
