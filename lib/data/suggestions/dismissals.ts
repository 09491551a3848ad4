import type { Db } from "../../db";
import { canReview } from "../../roles";
import { forbidden, notFound, ok, type Result } from "../../result";
import type { Actor } from "../actor";
import { recordEvent } from "../events/record-event";
import { inTransaction } from "../transaction";
import { admitMember, workspaceOfSentence } from "../workspaces/scope";

/**
 * "Dismiss": hides a suggestion for everyone (any signed-in member may), with who and when on
 * the row and in the event log. Dismissing one already dismissed changes nothing.
 */
export async function dismissSuggestion(
  db: Db,
  caller: Actor | null,
  id: string,
): Promise<Result<{ id: string; dismissedAt: string }>> {
  const admitted = await admitMember(workspaceOfSentence(db, id), caller, "check", "That suggestion");
  if (!admitted.ok) return admitted;
  const actor = admitted.actor;
  return inTransaction(db, async (tx) => {
    const row = await tx.sentenceScore.findUnique({
      where: { id },
      select: { id: true, documentId: true, text: true, dismissedAt: true },
    });
    if (!row) return notFound("That suggestion");
    if (row.dismissedAt) return ok({ id, dismissedAt: row.dismissedAt.toISOString() });
    const now = new Date();
    const updated = await tx.sentenceScore.updateMany({
      where: { id, dismissedAt: null },
      data: { dismissedAt: now, dismissedById: actor.id },
    });
    if (updated.count === 1) {
      await recordEvent(tx, {
        actorId: actor.id,
        action: "suggestion.dismiss",
        entityType: "suggestion",
        entityId: id,
        documentId: row.documentId,
        after: { text: row.text },
      });
    }
    return ok({ id, dismissedAt: now.toISOString() });
  });
}

/**
 * Brings a dismissed suggestion back for everyone: "Undo" by the person who dismissed it, or
 * "Restore" by a reviewer. Restoring one not dismissed changes nothing. The dismissal stays in
 * the event log, with the restore after it.
 */
export async function restoreSuggestion(
  db: Db,
  caller: Actor | null,
  id: string,
): Promise<Result<{ id: string; restored: boolean }>> {
  const admitted = await admitMember(workspaceOfSentence(db, id), caller, "check", "That suggestion");
  if (!admitted.ok) return admitted;
  const actor = admitted.actor;
  return inTransaction(db, async (tx) => {
    const row = await tx.sentenceScore.findUnique({
      where: { id },
      select: { id: true, documentId: true, text: true, dismissedAt: true, dismissedById: true },
    });
    if (!row) return notFound("That suggestion");
    if (!row.dismissedAt) return ok({ id, restored: false });
    if (row.dismissedById !== actor.id && !canReview(actor.role))
      return forbidden("Only the person who dismissed it, or a reviewer, can bring a suggestion back.");
    const updated = await tx.sentenceScore.updateMany({
      where: { id, dismissedAt: { not: null } },
      data: { dismissedAt: null, dismissedById: null },
    });
    if (updated.count === 1)
      await recordEvent(tx, {
        actorId: actor.id,
        action: "suggestion.restore",
        entityType: "suggestion",
        entityId: id,
        documentId: row.documentId,
        after: { text: row.text },
      });
    return ok({ id, restored: updated.count === 1 });
  });
}

export interface DismissedSuggestion {
  id: string;
  text: string;
  start: number;
  end: number;
  dismissedAt: string;
  dismissedBy: string | null;
}

/** The current revision's dismissed suggestions, latest first (the reviewers' "Dismissed (N)"). */
export async function listDismissed(db: Db, slug: string): Promise<Result<{ dismissed: DismissedSuggestion[] }>> {
  const document = await db.document.findUnique({ where: { slug }, select: { id: true, currentRevision: true } });
  if (!document) return notFound("That document");
  const rows = await db.sentenceScore.findMany({
    where: { documentId: document.id, revision: document.currentRevision, dismissedAt: { not: null } },
    orderBy: { dismissedAt: "desc" },
    select: { id: true, text: true, start: true, end: true, dismissedAt: true, dismissedById: true },
  });
  const people = await db.user.findMany({
    where: { id: { in: [...new Set(rows.flatMap((r) => (r.dismissedById ? [r.dismissedById] : [])))] } },
    select: { id: true, name: true },
  });
  const names = new Map(people.map((p) => [p.id, p.name]));
  return ok({
    dismissed: rows.map((r) => ({
      id: r.id,
      text: r.text,
      start: r.start,
      end: r.end,
      dismissedAt: r.dismissedAt!.toISOString(),
      dismissedBy: r.dismissedById ? (names.get(r.dismissedById) ?? null) : null,
    })),
  });
}
