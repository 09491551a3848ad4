import type { Db } from "../../db";

import type { LiveChange } from "../../live/live-change";

/** One change to a document: the live path's one shape (lib/live/live-change.ts). */
export type DocumentChange = LiveChange;

type FeedRow = {
  seq: number | bigint;
  documentId: string;
  claimId: string | null;
  actorId: string | null;
  actorName: string | null;
  action: string;
};

const changeOf = (row: FeedRow): DocumentChange => ({
  seq: Number(row.seq),
  documentId: row.documentId,
  claimId: row.claimId,
  actorId: row.actorId,
  actorName: row.actorName,
  action: row.action,
});

/** The newest seq in the feed (0 when empty): where a new stream starts. */
export async function latestChangeSeq(db: Db): Promise<number> {
  const rows = await db.$queryRaw<{ seq: number | bigint | null }[]>`SELECT MAX("seq") AS "seq" FROM "ChangeFeed"`;
  return Number(rows[0]?.seq ?? 0);
}

/** Changes after `afterSeq`, oldest first, for every document or one. */
export async function changesAfter(
  db: Db,
  afterSeq: number,
  options: { documentId?: string; limit?: number } = {},
): Promise<DocumentChange[]> {
  const limit = options.limit ?? 500;
  const rows = options.documentId
    ? await db.$queryRaw<FeedRow[]>`
        SELECT f."seq", f."documentId", f."claimId", f."actorId", u."name" AS "actorName", f."action"
        FROM "ChangeFeed" f LEFT JOIN "User" u ON u."id" = f."actorId"
        WHERE f."documentId" = ${options.documentId} AND f."seq" > ${afterSeq} ORDER BY f."seq" LIMIT ${limit}`
    : await db.$queryRaw<FeedRow[]>`
        SELECT f."seq", f."documentId", f."claimId", f."actorId", u."name" AS "actorName", f."action"
        FROM "ChangeFeed" f LEFT JOIN "User" u ON u."id" = f."actorId"
        WHERE f."seq" > ${afterSeq} ORDER BY f."seq" LIMIT ${limit}`;
  return rows.map(changeOf);
}
