import type { Db, Tx } from "../db";
import { findMentions, findUnknownMentions } from "../mentions";

/**
 * Records the @mentions in a note or reply so they show in each mentioned user's inbox.
 * A user is listed once per note or reply, however often they are named; mentioning
 * oneself is not recorded.
 */
export async function recordMentions(
  tx: Tx,
  where: { authorId: string; claimId: string; noteId?: string; replyId?: string; text: string },
): Promise<number> {
  if (!where.text.includes("@")) return 0;
  const users = await tx.user.findMany({ select: { id: true, name: true, handle: true } });
  const mentioned = new Set(findMentions(where.text, users).map((m) => m.userId));
  mentioned.delete(where.authorId);
  if (mentioned.size === 0) return 0;
  const already = await tx.mention.findMany({
    where: { noteId: where.noteId ?? null, replyId: where.replyId ?? null, claimId: where.claimId },
    select: { userId: true },
  });
  for (const m of already) mentioned.delete(m.userId);
  if (mentioned.size === 0) return 0;
  await tx.mention.createMany({
    data: [...mentioned].map((userId) => ({
      userId,
      authorId: where.authorId,
      claimId: where.claimId,
      noteId: where.noteId ?? null,
      replyId: where.replyId ?? null,
    })),
  });
  return mentioned.size;
}

/** The select that brings a note's or reply's stored mentions with the mentioned users' names. */
export const MENTIONED = { select: { user: { select: { id: true, name: true, handle: true } } } } as const;

/**
 * The people a note or reply mentions, from its stored Mention rows: rendering links only
 * these few names instead of trying every account's name at every "@" on each read.
 */
export function mentionedUsers(
  owner: { mentions: { user: { id: string; name: string; handle: string | null } }[] } | null | undefined,
): { id: string; name: string; handle: string | null }[] {
  return owner?.mentions.map((m) => m.user) ?? [];
}

/**
 * Why a note or reply may not be posted as written: an "@word" that names nobody (a typo, or
 * someone without an account), which would otherwise look like a mention that reached them.
 * Null when every mention names someone.
 */
export async function unknownMentionsMessage(db: Db | Tx, text: string): Promise<string | null> {
  if (!text.includes("@")) return null;
  const users = await db.user.findMany({ select: { id: true, name: true, handle: true } });
  const unknown = findUnknownMentions(text, users);
  if (unknown.length === 0) return null;
  const list = unknown.slice(0, 3).join(", ") + (unknown.length > 3 ? ` and ${unknown.length - 3} more` : "");
  return `${list} ${unknown.length === 1 ? "matches" : "match"} nobody here. Choose a person from the list that opens after @, or write \\@ to keep the sign as text.`;
}
