import type { Context } from "hono";

export type LimitedBody = { ok: true; bytes: Uint8Array } | { ok: false };

/**
 * Reads a request body, but never more than `maxBytes`: a declared Content-Length above the limit is refused
 * before reading, and a body without one (chunked) is read chunk by chunk and dropped the moment it passes the
 * limit. So a 300 MB upload costs at most `maxBytes` of memory, not 300 MB, before its 413.
 */
export async function readLimitedBody(c: Context, maxBytes: number): Promise<LimitedBody> {
  const declared = c.req.header("content-length");
  if (declared !== undefined && !(Number(declared) <= maxBytes)) return refuse(c);
  const stream = c.req.raw.body;
  if (!stream) return { ok: true, bytes: new Uint8Array(0) };
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      reader.cancel().catch(() => undefined);
      return refuse(c);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

function refuse(c: Context): { ok: false } {
  // The rest of an oversized body is not read; closing the connection after the 413 tells the client to stop.
  c.header("Connection", "close");
  return { ok: false };
}
