/** A body read whole, or refused for being over the limit (what was read of it is dropped). */
export type LimitedBody = { overLimit: false; bytes: Uint8Array<ArrayBuffer> } | { overLimit: true };

/**
 * Reads a request's body no further than `limit` bytes. A body declared (by
 * Content-Length) or found (while streaming, for a client that lies or sends
 * no length) to be bigger is refused without buffering the rest: reading stops
 * and the stream is cancelled. Rejects when the stream fails, for instance
 * when the client goes away mid-body.
 */
export async function readLimitedBody(request: Request, limit: number): Promise<LimitedBody> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) return { overLimit: true };
  if (!request.body) return { overLimit: false, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel().catch(() => {});
      return { overLimit: true };
    }
    chunks.push(value);
  }
  return { overLimit: false, bytes: concatenate(chunks, size) };
}

// Not Buffer.concat: the proxy's runtime is not guaranteed to have Node's Buffer.
function concatenate(chunks: readonly Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
