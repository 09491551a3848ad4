import type { Db, Tx } from "../../db";
import { findMentions, findUnknownMentions } from "../../mentions";

/** A note's or reply's mentions, read once before it is written: whom it names, and why it may not be posted. */
export interface MentionCheck {
  /** Why the text may not be posted as written (an "@word" naming nobody); null when it may. */
  problem: string | null;
  /** The accounts it mentions, each once. */
  userIds: string[];
}

/**
 * Reads the @mentions of a text against every account, once per write: an "@word" that names
 * nobody (a typo, or someone without an account) would otherwise look like a mention that
 * reached them, so it makes the write refused.
 */
export async function checkMentions(db: Db | Tx, text: string): Promise<MentionCheck> {
  if (!text.includes("@")) return { problem: null, userIds: [] };
  const users = await db.user.findMany({ select: { id: true, name: true, handle: true } });
  const userIds = [...new Set(findMentions(text, users).map((m) => m.userId))];
  const unknown = findUnknownMentions(text, users);
  if (unknown.length === 0) return { problem: null, userIds };
  const list = unknown.slice(0, 3).join(", ") + (unknown.length > 3 ? ` and ${unknown.length - 3} more` : "");
  return {
    problem: `${list} ${unknown.length === 1 ? "matches" : "match"} nobody here. Choose a person from the list that opens after @, or write \\@ to keep the sign as text.`,
    userIds,
  };
}

/**
 * Records the @mentions of a note or reply (from checkMentions) so they show in each
 * mentioned user's inbox. A user is listed once per note or reply, however often they are
 * named; mentioning oneself is not recorded.
 */
export async function recordMentions(
  tx: Tx,
  where: { authorId: string; claimId: string; noteId?: string; replyId?: string },
  userIds: readonly string[],
): Promise<number> {
  const mentioned = new Set(userIds);
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
