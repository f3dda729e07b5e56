/**
 * Bounds on a request body, applied as it is read and before anything parses it: its size, and
 * how deeply its JSON nests. A body nested hundreds of thousands of levels deep parses, but every
 * recursive walk over it afterwards (validation, a handler's spread, the next search's
 * `JSON.stringify`) overflows the stack, so it is refused up front.
 */
import type { IncomingMessage } from "node:http";

/** The largest body the API reads. */
export const maxBodyBytes = 1024 * 1024;

/** The deepest nesting of arrays and objects a body may have; the spec's own bodies nest 3 levels. */
export const maxNestingDepth = 64;

/** The body as text, or undefined when it is larger than {@link maxBodyBytes} (the rest is drained, not buffered). */
export async function readBody(incoming: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming) {
    size += (chunk as Buffer).byteLength;
    if (size <= maxBodyBytes) chunks.push(chunk as Buffer);
  }
  return size > maxBodyBytes ? undefined : Buffer.concat(chunks).toString("utf8");
}

/** Whether `text`, read as JSON, opens more than `limit` arrays or objects inside one another (brackets in strings do not count). */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i++; // a backslash: the next character is escaped
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      if (++depth > limit) return true;
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return false;
}
