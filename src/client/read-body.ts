import { ResponseTooLargeError } from "../errors/response-too-large-error.js";
import type { RequestSummary } from "../errors/request-summary.js";

/** Reads the whole body, refusing more than `maxBytes` (declared or actually received). */
export async function readBody(response: Response, maxBytes: number, summary: RequestSummary): Promise<ArrayBuffer> {
  const declared = response.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) {
    await response.body?.cancel();
    throw new ResponseTooLargeError(summary, maxBytes);
  }
  // A declared length of plain bytes is enforced by fetch itself; compressed or chunked bodies are counted as they come.
  if (declared !== null && !response.headers.has("content-encoding")) return response.arrayBuffer();
  const reader = response.body?.getReader();
  if (!reader) return new ArrayBuffer(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new ResponseTooLargeError(summary, maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}
