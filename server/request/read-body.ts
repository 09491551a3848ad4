/** Bytes a JSON write may carry unless its route says otherwise. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export type BodyRead = { ok: true; text: string } | { ok: false; status: 400 | 413; message: string };

type BytesRead = { ok: true; bytes: Buffer } | { ok: false; status: 400 | 413; message: string };

/** The answer to a body over its cap. */
export const tooLarge = (maxBytes: number): { ok: false; status: 413; message: string } => ({
  ok: false,
  status: 413,
  message: `The request body is larger than ${formatBytes(maxBytes)}, the most this endpoint accepts.`,
});

/** A declared Content-Length over the cap: refused before a byte is read. */
export function declaresMoreThan(request: Request, maxBytes: number): boolean {
  const declared = request.headers.get("content-length");
  return declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes;
}

/** "64 KB", "20 MB": the cap as a person reads it. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/**
 * Reads a request body as UTF-8 text, never holding more than `maxBytes` of it. A declared
 * Content-Length over the cap is refused before a byte is read; a body without one (chunked)
 * is counted while it streams and the stream is cancelled as soon as it passes the cap, so a
 * visitor's 500 MB upload costs the server at most the cap, not the upload.
 */
export async function readBodyCapped(request: Request, maxBytes: number): Promise<BodyRead> {
  const read = await readBytesCapped(request, maxBytes);
  return read.ok ? { ok: true, text: read.bytes.toString("utf8") } : read;
}

async function readBytesCapped(request: Request, maxBytes: number): Promise<BytesRead> {
  if (declaresMoreThan(request, maxBytes)) return tooLarge(maxBytes);
  if (!request.body) return { ok: true, bytes: Buffer.alloc(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      // The client went away mid-body (a closed connection, a cancelled upload): not our error.
      return { ok: false, status: 400, message: "The request body was cut off before it ended." };
    }
    const { done, value } = chunk;
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
