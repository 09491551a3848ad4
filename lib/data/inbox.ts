import type { Db } from "../db";
import { linkMentions } from "../markdown/link-mentions";
import { renderMarkdown } from "../markdown/render-markdown";
import { ok, unauthenticated, type Result } from "../result";
import type { Actor } from "./actor";
import { MENTIONED, mentionedUsers } from "./mentions";

export interface InboxItem {
  id: string;
  authorName: string;
  createdAt: string;
  claimId: string;
  claimExact: string;
  documentSlug: string;
  kind: "note" | "reply";
  /** Sanitised HTML of the note or reply that mentions the user. */
  html: string;
}

/** Where the signed-in user was @mentioned, newest first. */
export async function listInbox(db: Db, actor: Actor | null): Promise<Result<InboxItem[]>> {
  if (!actor) return unauthenticated();
  const mentions = await db.mention.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    take: 200,
    include: {
      author: { select: { name: true } },
      claim: { select: { id: true, exact: true, withdrawnAt: true, document: { select: { slug: true } } } },
      note: { select: { rationale: true, deletedAt: true, mentions: MENTIONED } },
      reply: { select: { body: true, deletedAt: true, mentions: MENTIONED } },
    },
  });
  return ok(
    mentions
      .filter((m) => !m.claim.withdrawnAt && !m.note?.deletedAt && !m.reply?.deletedAt)
      .map((m) => ({
        id: m.id,
        authorName: m.author.name,
        createdAt: m.createdAt.toISOString(),
        claimId: m.claim.id,
        claimExact: m.claim.exact,
        documentSlug: m.claim.document.slug,
        kind: m.replyId ? "reply" : "note",
        html: renderMarkdown(linkMentions(m.reply?.body ?? m.note?.rationale ?? "", mentionedUsers(m.reply ?? m.note))),
      })),
  );
}
