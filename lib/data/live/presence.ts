import type { Db } from "../../db";

/** A stream not refreshed for this long no longer counts (keep-alives refresh every 15 s). */
export const PRESENCE_STALE_MS = 45_000;

/** Records an open stream on a document. */
export async function joinPresence(db: Db, streamId: string, documentId: string, viewerKey: string): Promise<void> {
  await db.streamPresence.create({ data: { id: streamId, documentId, viewerKey } });
}

/** Refreshes a stream's row (with each keep-alive). */
export async function beatPresence(db: Db, streamId: string): Promise<void> {
  await db.streamPresence.updateMany({ where: { id: streamId }, data: { lastSeen: new Date() } });
}

/** Deletes rows long stale (streams of an instance that died without closing them). */
export async function sweepPresence(db: Db): Promise<void> {
  await db.streamPresence.deleteMany({ where: { lastSeen: { lt: new Date(Date.now() - PRESENCE_STALE_MS * 4) } } });
}

export async function leavePresence(db: Db, streamId: string): Promise<void> {
  await db.streamPresence.deleteMany({ where: { id: streamId } });
}

/** How many people (signed-in users, and each visitor's stream) have the document open now, on every instance. */
export async function countReading(db: Db, documentId: string): Promise<number> {
  const rows = await db.streamPresence.groupBy({
    by: ["viewerKey"],
    where: { documentId, lastSeen: { gte: new Date(Date.now() - PRESENCE_STALE_MS) } },
  });
  return rows.length;
}
