import type { Db } from "../../db";
import { canReview } from "../../roles";
import { forbidden, notFound, ok, type Result } from "../../result";
import { threadSchema } from "../../validation/review";
import type { Actor } from "../actor";
import { recordEvent } from "../events/record-event";
import { parseInput } from "../../validation/parse-input";
import { inTransaction } from "../transaction";
import { admitMember, workspaceOfClaim, workspaceOfNote } from "../workspaces/scope";

/**
 * Who may resolve or reopen a note's thread: those in the conversation (the note's author and
 * whoever replied in the thread) and reviewers and admins, who keep a claim's discussion tidy.
 * The one rule for the server's check and the panel's buttons.
 */
export function mayResolveThread(
  viewer: Pick<Actor, "id" | "role">,
  noteAuthorId: string,
  repliedInThread: boolean,
): boolean {
  return viewer.id === noteAuthorId || canReview(viewer.role) || repliedInThread;
}

/**
 * Marks the reply thread under a note resolved (collapsed in the panel) or reopens it. Those
 * in the conversation may: the note's author and whoever replied in the thread, and
 * reviewers and admins, who keep a claim's discussion tidy. Saying what already holds is a
 * no-op without an event.
 */
export async function setThreadResolved(
  db: Db,
  caller: Actor | null,
  noteId: string,
  input: unknown,
): Promise<Result<{ resolved: boolean }>> {
  const admitted = await admitMember(workspaceOfNote(db, noteId), caller, "discuss", "That note");
  if (!admitted.ok) return admitted;
  const actor = admitted.actor;
  const parsed = parseInput(threadSchema, input);
  if (!parsed.ok) return parsed;
  const { resolved } = parsed.data;
  return inTransaction(db, async (tx) => {
    const note = await tx.note.findUnique({
      where: { id: noteId },
      select: {
        id: true,
        authorId: true,
        author: { select: { name: true } },
        claimId: true,
        deletedAt: true,
        threadResolvedAt: true,
        claim: { select: { documentId: true, withdrawnAt: true } },
      },
    });
    if (!note || note.deletedAt || note.claim.withdrawnAt) return notFound("That note");
    const replied = (await tx.reply.count({ where: { noteId, authorId: actor.id, deletedAt: null } })) > 0;
    if (!mayResolveThread(actor, note.authorId, replied))
      return forbidden(
        "Only the note's author, people who replied to it, and reviewers can resolve or reopen its thread.",
      );
    if (Boolean(note.threadResolvedAt) === resolved) return ok({ resolved });
    await tx.note.update({
      where: { id: noteId },
      data: resolved
        ? { threadResolvedAt: new Date(), threadResolvedById: actor.id }
        : { threadResolvedAt: null, threadResolvedById: null },
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: resolved ? "thread.resolve" : "thread.reopen",
      entityType: "note",
      entityId: noteId,
      documentId: note.claim.documentId,
      claimId: note.claimId,
      after: { noteAuthor: note.author.name },
    });
    return ok({ resolved });
  });
}

/**
 * The claim's general discussion, resolved or reopened the way a note's thread is (one
 * conversation model): by the claim's author, whoever replied in the discussion, and
 * reviewers and admins. A new reply to the claim reopens it.
 */
export async function setDiscussionResolved(
  db: Db,
  caller: Actor | null,
  claimId: string,
  input: unknown,
): Promise<Result<{ resolved: boolean }>> {
  const admitted = await admitMember(workspaceOfClaim(db, claimId), caller, "discuss", "That claim");
  if (!admitted.ok) return admitted;
  const actor = admitted.actor;
  const parsed = parseInput(threadSchema, input);
  if (!parsed.ok) return parsed;
  const { resolved } = parsed.data;
  return inTransaction(db, async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: { authorId: true, documentId: true, withdrawnAt: true, discussionResolvedAt: true },
    });
    if (!claim || claim.withdrawnAt) return notFound("That claim");
    const replied =
      (await tx.reply.count({ where: { claimId, noteId: null, authorId: actor.id, deletedAt: null } })) > 0;
    if (!mayResolveThread(actor, claim.authorId, replied))
      return forbidden(
        "Only the claim's author, people who replied in its discussion, and reviewers can resolve or reopen it.",
      );
    if (Boolean(claim.discussionResolvedAt) === resolved) return ok({ resolved });
    await tx.claim.update({
      where: { id: claimId },
      data: resolved
        ? { discussionResolvedAt: new Date(), discussionResolvedById: actor.id }
        : { discussionResolvedAt: null, discussionResolvedById: null },
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: resolved ? "discussion.resolve" : "discussion.reopen",
      entityType: "claim",
      entityId: claimId,
      documentId: claim.documentId,
      claimId,
    });
    return ok({ resolved });
  });
}
