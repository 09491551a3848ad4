import { isClaimStatus, transition } from "../../claim-status";
import type { Db, Tx } from "../../db";
import { fail, forbidden, notFound, ok, type Result } from "../../result";
import { isAdmin } from "../../roles";
import { noteSchema, type NoteInput } from "../../validation/note";
import type { Actor } from "../actor";
import { checkMentions, recordMentions } from "./mentions";
import { refreshNoteStats } from "./note-stats";
import { createOnce, keyReused } from "../create-once";
import { requestCaptures } from "../evidence/captures";
import { recordEvent } from "../events/record-event";
import { parseInput } from "../../validation/parse-input";
import { inTransaction } from "../transaction";
import { admitMember, workspaceOfClaim, workspaceOfNote } from "../workspaces/scope";

/** What a note write answers: the note, and the claim's version after it (forms send it next). */
export interface NoteWritten {
  id: string;
  claimVersion?: number;
}

const snapshot = (note: { verdict: string; rationale: string }, sources: NoteInput["sources"]) => ({
  verdict: note.verdict,
  rationale: note.rationale,
  sources,
});

async function writeSources(
  tx: Tx,
  note: { id: string; documentId: string },
  sources: NoteInput["sources"],
  authorId: string,
): Promise<void> {
  if (sources.length === 0) return;
  const noteId = note.id;
  // Every cited page is captured as evidence, in the background (lib/data/evidence/captures.ts).
  await requestCaptures(
    tx,
    sources.map((s) => s.url),
    { ownerId: authorId, documentId: note.documentId },
  );
  await tx.source.createMany({
    data: sources.map((source, position) => ({ noteId, url: source.url, title: source.title ?? null, position })),
  });
}

/** Adds a verification note to a claim; a FLAGGED claim moves to IN_REVIEW. */
export async function addNote(
  db: Db,
  caller: Actor | null,
  claimId: string,
  input: unknown,
  id?: string,
): Promise<Result<NoteWritten>> {
  const admitted = await admitMember(workspaceOfClaim(db, claimId), caller, "check", "That claim");
  if (!admitted.ok) return admitted;
  const actor = admitted.actor;
  const parsed = parseInput(noteSchema, input, "Check the highlighted fields.");
  if (!parsed.ok) return parsed;
  const { verdict, rationale, sources } = parsed.data;
  const mentions = await checkMentions(db, rationale);
  if (mentions.problem) return fail(400, "Check the highlighted fields.", { rationale: mentions.problem });
  const replay = async () => {
    const first = id
      ? await db.note.findUnique({ where: { id }, select: { authorId: true, claimId: true, rationale: true } })
      : null;
    if (!first) return null;
    return first.authorId === actor.id && first.claimId === claimId && first.rationale === rationale
      ? ok({ id: id! }, { status: 201 })
      : keyReused();
  };
  return createOnce(
    () =>
      db.$transaction(async (tx) => {
        const claim = await tx.claim.findUnique({
          where: { id: claimId },
          select: { id: true, status: true, documentId: true, withdrawnAt: true },
        });
        if (!claim || claim.withdrawnAt) return notFound("That claim");
        const note = await tx.note.create({ data: { id, claimId, authorId: actor.id, verdict, rationale } });
        await writeSources(tx, { id: note.id, documentId: claim.documentId }, sources, actor.id);
        const next = isClaimStatus(claim.status) ? transition(claim.status, "add-note") : null;
        const { version: claimVersion } = await tx.claim.update({
          where: { id: claimId },
          data: {
            status: next?.ok ? next.status : claim.status,
            version: { increment: 1 },
            lastActivityAt: new Date(),
            ...(await refreshNoteStats(tx, claimId)),
          },
          select: { version: true },
        });
        await recordEvent(tx, {
          actorId: actor.id,
          action: "note.create",
          entityType: "note",
          entityId: note.id,
          documentId: claim.documentId,
          claimId,
          after: snapshot(note, sources),
        });
        await recordMentions(tx, { authorId: actor.id, claimId, noteId: note.id }, mentions.userIds);
        return ok({ id: note.id, claimVersion });
      }),
    replay,
  );
}

async function loadOwnNote(tx: Tx, actor: Actor, noteId: string, allowAdmin: boolean) {
  const note = await tx.note.findUnique({
    where: { id: noteId },
    include: {
      sources: { orderBy: { position: "asc" } },
      claim: { select: { id: true, documentId: true, status: true } },
    },
  });
  if (!note || note.deletedAt) return { found: false as const, error: notFound("That note") };
  if (note.authorId !== actor.id && !(allowAdmin && isAdmin(actor.role))) {
    return { found: false as const, error: forbidden("Only the note's author can change it.") };
  }
  return { found: true as const, note };
}

/**
 * Edits a note (its author only). The text as it was is kept as a NoteVersion, so the
 * note shows as "edited" with its history viewable.
 */
export async function editNote(
  db: Db,
  caller: Actor | null,
  noteId: string,
  input: unknown,
): Promise<Result<NoteWritten>> {
  const admitted = await admitMember(workspaceOfNote(db, noteId), caller, "check", "That note");
  if (!admitted.ok) return admitted;
  const actor = admitted.actor;
  const parsed = parseInput(noteSchema, input, "Check the highlighted fields.");
  if (!parsed.ok) return parsed;
  const { verdict, rationale, sources } = parsed.data;
  const mentions = await checkMentions(db, rationale);
  if (mentions.problem) return fail(400, "Check the highlighted fields.", { rationale: mentions.problem });
  return inTransaction(db, async (tx) => {
    const loaded = await loadOwnNote(tx, actor, noteId, false);
    if (!loaded.found) return loaded.error;
    const { note } = loaded;
    const oldSources = note.sources.map((s) => ({ url: s.url, title: s.title ?? undefined }));
    await tx.noteVersion.create({
      data: {
        noteId,
        editorId: actor.id,
        verdict: note.verdict,
        rationale: note.rationale,
        sourcesJson: JSON.stringify(oldSources),
        writtenAt: note.editedAt ?? note.createdAt,
      },
    });
    await tx.source.deleteMany({ where: { noteId } });
    await writeSources(tx, { id: noteId, documentId: note.claim.documentId }, sources, actor.id);
    await tx.note.update({ where: { id: noteId }, data: { verdict, rationale, editedAt: new Date() } });
    const { version: claimVersion } = await tx.claim.update({
      where: { id: note.claimId },
      data: { version: { increment: 1 }, lastActivityAt: new Date(), ...(await refreshNoteStats(tx, note.claimId)) },
      select: { version: true },
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: "note.edit",
      entityType: "note",
      entityId: noteId,
      documentId: note.claim.documentId,
      claimId: note.claimId,
      before: snapshot(note, oldSources),
      after: snapshot({ verdict, rationale }, sources),
    });
    await recordMentions(tx, { authorId: actor.id, claimId: note.claimId, noteId }, mentions.userIds);
    return ok({ id: noteId, claimVersion });
  });
}

/**
 * Deletes a note (its author, or an admin). The row is kept with deletedAt and the event log
 * records who deleted it; when it was the claim's last note, the claim goes back to FLAGGED.
 */
export async function deleteNote(db: Db, caller: Actor | null, noteId: string): Promise<Result<NoteWritten>> {
  const admitted = await admitMember(workspaceOfNote(db, noteId), caller, "check", "That note");
  if (!admitted.ok) return admitted;
  const actor = admitted.actor;
  return inTransaction(db, async (tx) => {
    const loaded = await loadOwnNote(tx, actor, noteId, true);
    if (!loaded.found) return loaded.error;
    const { note } = loaded;
    await tx.note.update({ where: { id: noteId }, data: { deletedAt: new Date() } });
    const stats = await refreshNoteStats(tx, note.claimId);
    const status = note.claim.status;
    const next = stats.noteCount === 0 && isClaimStatus(status) ? transition(status, "remove-last-note") : null;
    const { version: claimVersion } = await tx.claim.update({
      where: { id: note.claimId },
      data: {
        status: next?.ok ? next.status : status,
        version: { increment: 1 },
        lastActivityAt: new Date(),
        ...stats,
      },
      select: { version: true },
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: "note.delete",
      entityType: "note",
      entityId: noteId,
      documentId: note.claim.documentId,
      claimId: note.claimId,
      before: snapshot(
        note,
        note.sources.map((s) => ({ url: s.url, title: s.title ?? undefined })),
      ),
    });
    return ok({ id: noteId, claimVersion });
  });
}
