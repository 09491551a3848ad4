import type { Db } from "../../db";
import { isUniqueViolation } from "../../db/errors";
import { documentSearchText } from "../../document/search-text";
import { slugOf, uniqueSlug } from "../../document/slug";
import { headingLineNumbers, textblockTexts } from "../../document/blocks";
import type { ImportedDocument } from "../../import/import-source";
import { fail, forbidden, notFound, ok, type Result } from "../../result";
import type { Actor } from "../actor";
import { moveClaimsToRevision, type RevisionOutcome } from "./revision-anchors";
import { recordEvent } from "../events/record-event";
import { activeModel } from "../suggestions/desk-model";
import { sentenceScoreRows, type ScoredRow } from "../../checkworthiness/score-rows";
import { storeSentenceScores } from "../suggestions/sentence-scores";
import { importTarget } from "../workspaces/import-target";
import { admitMember, workspaceOfDocument } from "../workspaces/scope";

export interface ImportedSummary {
  slug: string;
  title: string;
  revision: number;
  /** What the importer wants the person to know (e.g. no article found on the page). */
  note: string | null;
}

/** A DocumentRevision row for an import, the first revision or a later one. */
const revisionRow = (
  documentId: string,
  number: number,
  imported: ImportedDocument,
  contentJson: string,
  createdById: string,
  sentenceCount: number,
) => ({
  documentId,
  number,
  plainText: imported.plainText,
  contentJson,
  sourceKind: imported.sourceKind,
  sourceName: imported.sourceName,
  importNote: imported.note,
  createdById,
  sentenceCount,
});

const REVIEWER_ONLY =
  "Adding documents needs the reviewer role: an Editor of the workspace. Ask its admin to make you one.";

/** A title for the import: the one typed, else the source's own, else its first heading or line. */
function titleFor(given: string | undefined, imported: ImportedDocument): string {
  const firstLine = textblockTexts(imported.doc)
    .find((text) => text.trim())
    ?.trim();
  const title = given?.trim() || imported.metadata.title || firstLine || "Untitled document";
  return title.length > 300 ? `${title.slice(0, 299)}…` : title;
}

/**
 * Adds a document from an import (its revision 1), with a unique slug from its title, and
 * its metadata. One transaction: the document, its first revision and the event, or nothing.
 */
export async function importDocument(
  db: Db,
  caller: Actor | null,
  imported: ImportedDocument,
  givenTitle?: string,
  workspaceSlug?: string,
): Promise<Result<ImportedSummary>> {
  const target = await importTarget(db, caller, workspaceSlug);
  if (!target.ok) return target.status === 403 ? forbidden(REVIEWER_ONLY) : target;
  const actor = target.actor;
  const title = titleFor(givenTitle, imported);
  const base = slugOf(title);
  const contentJson = JSON.stringify(imported.doc);
  // Check-worthiness is scored once, here, not on every page view (lib/checkworthiness).
  const scored = await scoresFor(db, imported);
  // Two imports of one title at once: the loser of the unique slug retries with the next free one.
  for (let attempt = 0; attempt < 5; attempt++) {
    const taken = await db.document.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
    const slug = uniqueSlug(base, new Set(taken.map((d) => d.slug)));
    try {
      const documentId = await db.$transaction(async (tx) => {
        const document = await tx.document.create({
          data: {
            slug,
            workspaceId: target.workspace.id,
            title,
            author: imported.metadata.author ?? null,
            publisher: imported.metadata.publisher ?? null,
            publishedOn: imported.metadata.publishedOn ?? null,
            originalUrl: imported.metadata.originalUrl ?? null,
            plainText: imported.plainText,
            contentJson,
            currentRevision: 1,
            searchText: documentSearchText(title, imported.metadata.author),
            createdById: actor.id,
          },
          // Without a select, Prisma reads the row back: megabytes of text and JSON for nothing.
          select: { id: true },
        });
        await tx.documentRevision.create({
          data: revisionRow(document.id, 1, imported, contentJson, actor.id, scored.length),
          select: { id: true },
        });
        await recordEvent(tx, {
          actorId: actor.id,
          action: "document.import",
          entityType: "document",
          entityId: document.id,
          documentId: document.id,
          after: {
            slug,
            title,
            source: imported.sourceKind,
            sourceName: imported.sourceName,
            characters: imported.plainText.length,
          },
        });
        return document.id;
      });
      // After the document's transaction, in batches: see storeSentenceScores.
      await storeSentenceScores(db, documentId, 1, scored);
      return ok(
        { slug, title, revision: 1, note: imported.note },
        { status: 201, headers: { Location: `/documents/${slug}` } },
      );
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return fail(409, "Another document with this title was being added at the same moment. Try again.");
}

export interface RevisionSummary extends RevisionOutcome {
  slug: string;
  revision: number;
  note: string | null;
}

/**
 * Adds revision n+1 of a document and makes it current, moving every live claim onto it
 * (lib/data/documents/revision-anchors.ts). A text identical to the current one is refused (409). One
 * transaction: the revision, every claim's new anchor, the document and the event, or none.
 */
export async function importRevision(
  db: Db,
  caller: Actor | null,
  slug: string,
  imported: ImportedDocument,
): Promise<Result<RevisionSummary>> {
  const admitted = await admitMember(workspaceOfDocument(db, slug), caller, "review", "That document");
  if (!admitted.ok)
    return admitted.status === 403
      ? forbidden("Uploading a new version needs the Editor role in this workspace.")
      : admitted;
  const actor = admitted.actor;
  const document = await db.document.findUnique({
    where: { slug },
    select: { id: true, plainText: true, contentJson: true, currentRevision: true },
  });
  if (!document) return notFound("That document");
  const contentJson = JSON.stringify(imported.doc);
  if (document.plainText === imported.plainText && document.contentJson === contentJson) {
    return fail(
      409,
      `This is the same text as the current version (revision ${document.currentRevision}); no new version was made.`,
    );
  }
  const number = document.currentRevision + 1;
  const scored = await scoresFor(db, imported);
  try {
    const outcome = await db.$transaction(
      async (tx) => {
        // Claims the current revision; a concurrent upload of the same number fails on the unique (documentId, number).
        await tx.documentRevision.create({
          data: revisionRow(document.id, number, imported, contentJson, actor.id, scored.length),
          select: { id: true },
        });
        const moved = await moveClaimsToRevision(
          tx,
          document.id,
          document.currentRevision,
          document.plainText,
          number,
          imported.plainText,
        );
        const updated = await tx.document.updateMany({
          where: { id: document.id, currentRevision: document.currentRevision },
          data: { plainText: imported.plainText, contentJson, currentRevision: number },
        });
        if (updated.count !== 1) throw new RevisionRace();
        await recordEvent(tx, {
          actorId: actor.id,
          action: "document.revise",
          entityType: "document",
          entityId: document.id,
          documentId: document.id,
          after: { revision: number, source: imported.sourceKind, sourceName: imported.sourceName, ...moved },
        });
        return moved;
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
    await storeSentenceScores(db, document.id, number, scored);
    return ok(
      { slug, revision: number, note: imported.note, ...outcome },
      { status: 201, headers: { Location: `/documents/${slug}` } },
    );
  } catch (error) {
    if (error instanceof RevisionRace || isUniqueViolation(error)) {
      return fail(409, "Someone else uploaded a new version at the same moment. Reload the document and try again.");
    }
    throw error;
  }
}

class RevisionRace extends Error {}

/**
 * The imported text's scored sentences: the import child's when the model in use made them
 * (the usual case: scoring stays off this event loop), else scored here.
 */
async function scoresFor(db: Db, imported: ImportedDocument): Promise<ScoredRow[]> {
  const { model } = await activeModel(db);
  const given = imported.sentenceScores;
  if (given && given.every((row) => row.modelVersion === model.version)) return given;
  return sentenceScoreRows(imported.plainText, headingLineNumbers(imported.doc), model);
}
