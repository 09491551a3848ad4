import { randomUUID } from "node:crypto";
import { checkSelection } from "../../anchoring/selection";
import { anchor } from "../../anchoring/anchor";
import type { Db } from "../../db";
import { fail, forbidden, notFound, ok, unauthenticated, type Result } from "../../result";
import { isAdmin } from "../../roles";
import { noteSchema } from "../../validation/note";
import { parseAnnotation } from "../../w3c/annotation-input";
import type { Actor } from "../actor";
import { flagClaim, withdrawClaim } from "../claims/claims";
import { getDocumentText } from "../documents/document-text";
import { addNote, deleteNote, editNote } from "../notes/notes";
import { reattachInTx } from "../claims/claim-reattach";
import { recordEvent } from "../events/record-event";
import { parseInput } from "../../validation/parse-input";
import { inTransaction } from "../transaction";
import { reindexClaims } from "../fact-checks/match-entries";
import { admit, admitMember, workspaceOfClaim } from "../workspaces/scope";

/**
 * Where a posted target sits in the current text: the position when it holds the quote, else the quote found exactly.
 */
function resolveTarget(
  text: string,
  quote: { exact: string; prefix: string; suffix: string } | null,
  position: { start: number; end: number } | null,
): { start: number; end: number } | { field: string; message: string } {
  if (position) {
    if (position.end > text.length)
      return {
        field: "target.selector (TextPositionSelector)",
        message: `The TextPositionSelector ends at ${position.end}, past the end of the current revision's text (${text.length} characters).`,
      };
    if (!quote || text.slice(position.start, position.end) === quote.exact) return position;
  }
  if (quote) {
    // Exact words only: a posted annotation names text that is there now.
    const found = anchor(
      text,
      { quote: { type: "TextQuoteSelector", ...quote } },
      { hint: position?.start, maxErrorRatio: 0 },
    );
    if (found.state !== "orphaned") return { start: found.start, end: found.end };
    return {
      field: "target.selector (TextQuoteSelector)",
      message: "The TextQuoteSelector's exact text is not in the current revision of the document.",
    };
  }
  return { field: "target.selector", message: "The target does not anchor in the current revision." };
}

/** A claim just flagged by an annotation without a note, as written (for the answer, without reading it back). */
export interface FlaggedAnnotation {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  /** The document revision the selectors point into. */
  revision: number;
  flaggedAt: Date;
}

/**
 * A W3C annotation posted to a document's container becomes a claim (and, with an assessing
 * body, a verification note by the same caller). Everything is checked before anything is
 * written; should the note still fail to save, the new claim is withdrawn again. `written`
 * is the new claim when it carries no note and is not a replayed retry: all its annotation
 * shows is then known here, so the caller need not read it back.
 */
export async function createAnnotation(
  db: Db,
  actor: Actor | null,
  slug: string,
  input: unknown,
  id: string = randomUUID(),
): Promise<Result<{ id: string; written: FlaggedAnnotation | null }>> {
  if (!actor) return unauthenticated();
  // Whether the caller may annotate here comes first: a non-member learns nothing, not even
  // what is wrong with the annotation.
  const document = await getDocumentText(db, slug);
  if (!document) return notFound("That document");
  const admitted = admit(actor, document.workspace, "check", "That document");
  if (!admitted.ok) return admitted;
  const parsed = parseAnnotation(input, `/documents/${slug}`);
  if (!parsed.ok)
    return fail(parsed.status, parsed.message, parsed.field ? { [parsed.field]: parsed.message } : undefined);
  const { quote, position, note } = parsed.value;
  const target = resolveTarget(document.plainText, quote, position);
  if ("field" in target) return fail(422, target.message, { [target.field]: target.message });
  if (note) {
    // A W3C note arrives as the annotation's body: its problems are the body's.
    const checked = parseInput(noteSchema, note);
    if (!checked.ok) return { ...checked, fieldErrors: { body: checked.message } };
  }
  const exact = document.plainText.slice(target.start, target.end);
  const flaggedAt = new Date();
  const flagged = await flagClaim(db, actor, slug, { ...target, exact }, id, flaggedAt);
  if (!flagged.ok) return flagged;
  if (note) {
    const written = await addNote(db, actor, flagged.data.id, note, `${flagged.data.id}-note`);
    if (!written.ok) {
      await withdrawClaim(db, actor, flagged.data.id);
      return written;
    }
  }
  const selection = checkSelection(document.plainText, target.start, target.end);
  const replayed = flagged.headers?.["Idempotent-Replayed"] === "true";
  const written =
    !note && !replayed && selection.ok
      ? { ...selection.quote, ...selection.position, revision: document.currentRevision, flaggedAt }
      : null;
  return ok({ id: flagged.data.id, written }, { status: 201 });
}

/** Whether an annotation exists, existed (withdrawn: 410), or never did; with its document. */
export async function annotationState(
  db: Db,
  claimId: string,
): Promise<{ state: "live" | "gone"; slug: string; authorId: string } | null> {
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: { withdrawnAt: true, authorId: true, document: { select: { slug: true } } },
  });
  if (!claim) return null;
  return { state: claim.withdrawnAt ? "gone" : "live", slug: claim.document.slug, authorId: claim.authorId };
}

/**
 * Deletes an annotation: the claim is withdrawn and its author's own notes on it deleted
 * (soft, as everywhere), in one transaction. Its author or an admin may, and only while no
 * one else has written a note on it: others' verification work is never deleted with it.
 */
export async function deleteAnnotation(db: Db, caller: Actor | null, claimId: string): Promise<Result<null>> {
  const admitted = await admitMember(workspaceOfClaim(db, claimId), caller, "check", "That annotation");
  if (!admitted.ok) return admitted;
  const actor = admitted.actor;
  return inTransaction(db, async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: {
        authorId: true,
        documentId: true,
        withdrawnAt: true,
        exact: true,
        notes: { where: { deletedAt: null }, select: { id: true, authorId: true } },
      },
    });
    if (!claim || claim.withdrawnAt) return notFound("That annotation");
    if (claim.authorId !== actor.id && !isAdmin(actor.role))
      return forbidden("Only the person who made this annotation can delete it.");
    if (claim.notes.some((n) => n.authorId !== claim.authorId))
      return fail(409, "Others have written verification notes on this claim, so it can no longer be deleted.");
    const now = new Date();
    for (const note of claim.notes) {
      await tx.note.update({ where: { id: note.id }, data: { deletedAt: now } });
      await recordEvent(tx, {
        actorId: actor.id,
        action: "note.delete",
        entityType: "note",
        entityId: note.id,
        documentId: claim.documentId,
        claimId,
      });
    }
    await tx.claim.update({
      where: { id: claimId },
      data: { withdrawnAt: now, version: { increment: 1 }, noteCount: 0, verdictSpread: 0 },
    });
    await reindexClaims(tx, [claimId]);
    await recordEvent(tx, {
      actorId: actor.id,
      action: "claim.withdraw",
      entityType: "claim",
      entityId: claimId,
      documentId: claim.documentId,
      claimId,
      before: { exact: claim.exact },
    });
    return ok(null, { status: 204 });
  });
}

/**
 * Replaces the caller's own annotation (PUT): its target (the claim re-anchored to the new
 * selectors, refused while others' notes are on it) and its bodies (the caller's note on the
 * claim edited, added or deleted to match). Everything is checked before the first write.
 */
export async function replaceAnnotation(
  db: Db,
  caller: Actor | null,
  claimId: string,
  input: unknown,
): Promise<Result<{ id: string }>> {
  const admitted = await admitMember(workspaceOfClaim(db, claimId), caller, "check", "That annotation");
  if (!admitted.ok) return admitted;
  const actor = admitted.actor;
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: {
      authorId: true,
      exact: true,
      start: true,
      end: true,
      anchorState: true,
      withdrawnAt: true,
      document: { select: { id: true, slug: true, plainText: true, currentRevision: true } },
      notes: {
        where: { deletedAt: null },
        orderBy: { createdAt: "desc" },
        select: { id: true, authorId: true, verdict: true, rationale: true },
      },
    },
  });
  if (!claim || claim.withdrawnAt) return notFound("That annotation");
  if (claim.authorId !== actor.id) return forbidden("Only the person who made this annotation can replace it.");
  const parsed = parseAnnotation(input, `/documents/${claim.document.slug}`);
  if (!parsed.ok)
    return fail(parsed.status, parsed.message, parsed.field ? { [parsed.field]: parsed.message } : undefined);
  const { quote, position, note } = parsed.value;
  const target = resolveTarget(claim.document.plainText, quote, position);
  if ("field" in target) return fail(422, target.message, { [target.field]: target.message });
  const moved = target.start !== claim.start || target.end !== claim.end;
  if (moved && claim.notes.some((n) => n.authorId !== actor.id)) {
    return fail(
      409,
      "Others have verified this claim's words, so its target cannot change. Make a new annotation instead.",
      { target: "The target cannot change." },
    );
  }
  if (note) {
    // A W3C note arrives as the annotation's body: its problems are the body's.
    const checked = parseInput(noteSchema, note);
    if (!checked.ok) return { ...checked, fieldErrors: { body: checked.message } };
  }
  if (moved) {
    const check = checkSelection(claim.document.plainText, target.start, target.end);
    if (!check.ok) return fail(422, check.message, { "target.selector": check.message });
    await db.$transaction((tx) =>
      reattachInTx(
        tx,
        actor.id,
        {
          id: claimId,
          documentId: claim.document.id,
          exact: claim.exact,
          start: claim.start,
          end: claim.end,
          anchorState: claim.anchorState,
        },
        claim.document.currentRevision,
        check,
      ),
    );
  }
  const own = claim.notes.find((n) => n.authorId === actor.id);
  const written = note
    ? own
      ? await editNote(db, actor, own.id, note)
      : await addNote(db, actor, claimId, note)
    : own
      ? await deleteNote(db, actor, own.id)
      : ok(null);
  if (!written.ok) return written;
  return ok({ id: claimId });
}
