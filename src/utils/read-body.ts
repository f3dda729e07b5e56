/**
 * Reads a whole response body, refusing more than `maxBytes` of *decoded* bytes, declared or
 * received: a small gzip can decode to hundreds of megabytes. `tooLarge` builds the error to throw.
 */
export async function readBody(response: Response, maxBytes: number, tooLarge: () => Error): Promise<Uint8Array> {
  const declared = response.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  // A declared length of plain bytes is enforced by fetch itself; compressed or chunked bodies are counted as they come.
  if (declared !== null && !response.headers.has("content-encoding")) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
