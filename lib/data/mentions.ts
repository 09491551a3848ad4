import type { Tx } from "../db";
import { findMentions } from "../mentions";

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
  const users = await tx.user.findMany({ select: { id: true, name: true } });
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
export const MENTIONED = { select: { user: { select: { id: true, name: true } } } } as const;

/**
 * The people a note or reply mentions, from its stored Mention rows: rendering links only
 * these few names instead of trying every account's name at every "@" on each read.
 */
export function mentionedUsers(owner: { mentions: { user: { id: string; name: string } }[] } | null | undefined): { id: string; name: string }[] {
  return owner?.mentions.map((m) => m.user) ?? [];
}
