import type { Db } from "../../db";
import { linkMentions } from "../../markdown/link-mentions";
import { renderMarkdown } from "../../markdown/render-markdown";
import { ok, unauthenticated, type Result } from "../../result";
import { markReadSchema } from "../../validation/inbox";
import type { Actor } from "../actor";
import { MENTIONED, mentionedUsers } from "./mentions";
import { parseInput } from "../../validation/parse-input";
import { readableWorkspaceIds } from "../workspaces/scope";

export interface InboxItem {
  id: string;
  authorName: string;
  createdAt: string;
  claimId: string;
  claimExact: string;
  documentSlug: string;
  kind: "note" | "reply";
  /** Where following the item goes: the document, the claim open, the note or reply in view (?reply=… / ?note=…). */
  href: string;
  /** Sanitised HTML of the note or reply that mentions the user. */
  html: string;
  /** Whether the user has marked it read. */
  read: boolean;
}

/** Where the signed-in user was @mentioned, newest first. */
export async function listInbox(db: Db, actor: Actor | null): Promise<Result<InboxItem[]>> {
  if (!actor) return unauthenticated();
  const mentions = await db.mention.findMany({
    where: { userId: actor.id, ...(await inReadableWorkspaces(db, actor)) },
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
        href: `/documents/${m.claim.document.slug}?${m.replyId ? `reply=${encodeURIComponent(m.replyId)}` : `note=${encodeURIComponent(m.noteId ?? "")}`}#claim-${m.claim.id}`,
        read: m.readAt !== null,
        html: renderMarkdown(linkMentions(m.reply?.body ?? m.note?.rationale ?? "", mentionedUsers(m.reply ?? m.note))),
      })),
  );
}

/**
 * Mentions in workspaces the person may still read: someone who left a private workspace (or a
 * token confined to another) no longer sees what was said there.
 */
async function inReadableWorkspaces(db: Db, actor: Actor) {
  return { claim: { document: { workspaceId: { in: await readableWorkspaceIds(db, actor) } } } };
}

/** How many mentions of the user are unread (the count beside "Inbox" in the header). */
export async function countUnreadMentions(db: Db, actor: Actor): Promise<number> {
  return db.mention.count({ where: { userId: actor.id, readAt: null, ...(await inReadableWorkspaces(db, actor)) } });
}

/** The signed-in user's unread count, for the header's badge to follow while a page stays open. */
export async function unreadMentionCount(db: Db, actor: Actor | null): Promise<Result<{ unread: number }>> {
  if (!actor) return unauthenticated();
  return ok({ unread: await countUnreadMentions(db, actor) });
}

/** Marks the signed-in user's own mentions read: the ones named, or all. Nobody else's. */
export async function markMentionsRead(
  db: Db,
  actor: Actor | null,
  input: unknown,
): Promise<Result<{ changed: number }>> {
  if (!actor) return unauthenticated();
  const parsed = parseInput(markReadSchema, input);
  if (!parsed.ok) return parsed;
  const which = "all" in parsed.data ? {} : { id: { in: parsed.data.ids } };
  const { count } = await db.mention.updateMany({
    where: { userId: actor.id, readAt: null, ...which },
    data: { readAt: new Date() },
  });
  return ok({ changed: count });
}
