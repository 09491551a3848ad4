import type { Db } from "../../db";
import { fail, notFound, ok, type Result } from "../../result";
import { replySchema } from "../../validation/review";
import type { Actor } from "../actor";
import { checkMentions, recordMentions } from "./mentions";
import { createOnce, keyReused } from "../create-once";
import { recordEvent } from "../events/record-event";
import { parseInput } from "../../validation/parse-input";
import { admitMember, workspaceOfClaim } from "../workspaces/scope";

/**
 * Adds a reply to a claim's discussion, or under one of its notes (anyone signed in);
 * @mentions reach the inbox. Answering a resolved thread reopens it, as in document comments.
 */
export async function addReply(
  db: Db,
  caller: Actor | null,
  claimId: string,
  input: unknown,
  id?: string,
): Promise<Result<{ id: string }>> {
  const admitted = await admitMember(workspaceOfClaim(db, claimId), caller, "discuss", "That claim");
  if (!admitted.ok) return admitted;
  const actor = admitted.actor;
  const parsed = parseInput(replySchema, input, "Check the highlighted fields.");
  if (!parsed.ok) return parsed;
  const { body, noteId } = parsed.data;
  const mentions = await checkMentions(db, body);
  if (mentions.problem) return fail(400, "Check the highlighted fields.", { body: mentions.problem });
  const replay = async () => {
    const first = id
      ? await db.reply.findUnique({ where: { id }, select: { authorId: true, claimId: true, body: true } })
      : null;
    if (!first) return null;
    return first.authorId === actor.id && first.claimId === claimId && first.body === body
      ? ok({ id: id! }, { status: 201 })
      : keyReused();
  };
  return createOnce(
    () =>
      db.$transaction(async (tx) => {
        const claim = await tx.claim.findUnique({
          where: { id: claimId },
          select: { documentId: true, withdrawnAt: true, discussionResolvedAt: true },
        });
        if (!claim || claim.withdrawnAt) return notFound("That claim");
        // A new word in a resolved conversation reopens it, under a note or on the claim alike.
        if (!noteId && claim.discussionResolvedAt)
          await tx.claim.update({
            where: { id: claimId },
            data: { discussionResolvedAt: null, discussionResolvedById: null },
          });
        if (noteId) {
          const note = await tx.note.findUnique({
            where: { id: noteId },
            select: { claimId: true, deletedAt: true, threadResolvedAt: true },
          });
          if (!note || note.deletedAt || note.claimId !== claimId) return notFound("That note");
          if (note.threadResolvedAt)
            await tx.note.update({ where: { id: noteId }, data: { threadResolvedAt: null, threadResolvedById: null } });
        }
        const reply = await tx.reply.create({
          data: { id, claimId, noteId: noteId ?? null, authorId: actor.id, body },
        });
        await tx.claim.update({ where: { id: claimId }, data: { lastActivityAt: new Date() } });
        await recordEvent(tx, {
          actorId: actor.id,
          action: "reply.create",
          entityType: "reply",
          entityId: reply.id,
          documentId: claim.documentId,
          claimId,
          after: noteId ? { body, noteId } : { body },
        });
        await recordMentions(tx, { authorId: actor.id, claimId, replyId: reply.id }, mentions.userIds);
        return ok({ id: reply.id });
      }),
    replay,
  );
}
