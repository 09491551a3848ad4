import { createHash, randomUUID } from "node:crypto";

export type IdempotencyKey = { ok: true; key: string | null } | { ok: false; message: string };

/** Reads the optional `Idempotency-Key` header: 1–200 visible ASCII characters. */
export function readIdempotencyKey(headers: Headers): IdempotencyKey {
  const key = headers.get("idempotency-key");
  if (key === null) return { ok: true, key: null };
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
    return {
      ok: false,
      message: "Idempotency-Key must be 1 to 200 visible ASCII characters (a UUID is a good choice).",
    };
  }
  return { ok: true, key };
}

/**
 * The id a write creates its new row under. Without a key it is random. With a key it is
 * derived from (caller, method, path, key), so a retry of the same request tries to create
 * the same row again: the database's primary key makes the retry find the first write instead
 * of duplicating it, even when the server died between committing and answering (the row and
 * the key are one thing, so there is no window where one exists without the other).
 */
export function newRowId(callerId: string | null, method: string, path: string, key: string | null): string {
  if (key === null) return randomUUID();
  const hash = createHash("sha256")
    .update(`${callerId ?? "anonymous"}\n${method}\n${path}\n${key}`)
    .digest("hex");
  // Formatted as a UUID so it looks like every other id the app hands out.
  return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-${hash.slice(12, 16)}-${hash.slice(16, 20)}-${hash.slice(20, 32)}`;
}
