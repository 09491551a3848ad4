import type { Db } from "../../db";
import { documentSearchText } from "../../document/search-text";
import { notFound, ok, type Result } from "../../result";
import { archiveSchema, documentMetadataSchema } from "../../validation/document";
import type { Actor } from "../actor";
import { recordEvent } from "../events/record-event";
import { parseInput } from "../../validation/parse-input";
import { inTransaction } from "../transaction";
import { admitMember, workspaceOfDocument } from "../workspaces/scope";

export interface DocumentDetails {
  slug: string;
  title: string;
  author: string | null;
  publisher: string | null;
  publishedOn: string | null;
  originalUrl: string | null;
  /** Set by hand; null: read from the text. */
  language: string | null;
  archived: boolean;
}

const DETAIL_FIELDS = {
  id: true,
  slug: true,
  title: true,
  author: true,
  publisher: true,
  publishedOn: true,
  originalUrl: true,
  language: true,
  archivedAt: true,
} as const;

const detailsOf = (d: {
  slug: string;
  title: string;
  author: string | null;
  publisher: string | null;
  publishedOn: string | null;
  originalUrl: string | null;
  language: string | null;
  archivedAt: Date | null;
}): DocumentDetails => ({
  slug: d.slug,
  title: d.title,
  author: d.author,
  publisher: d.publisher,
  publishedOn: d.publishedOn,
  originalUrl: d.originalUrl,
  language: d.language,
  archived: d.archivedAt !== null,
});

export async function getDocumentDetails(db: Db, slug: string): Promise<DocumentDetails | null> {
  const document = await db.document.findUnique({ where: { slug }, select: DETAIL_FIELDS });
  return document ? detailsOf(document) : null;
}

/** Edits a document's details (reviewers and admins). The slug stays: links to the document keep working. */
export async function updateDocumentMetadata(
  db: Db,
  caller: Actor | null,
  slug: string,
  input: unknown,
): Promise<Result<DocumentDetails>> {
  const admitted = await admitMember(workspaceOfDocument(db, slug), caller, "review", "That document");
  if (!admitted.ok) return admitted;
  const actor = admitted.actor;
  const parsed = parseInput(documentMetadataSchema, input);
  if (!parsed.ok) return parsed;
  const data = parsed.data;
  return inTransaction(db, async (tx) => {
    const before = await tx.document.findUnique({ where: { slug }, select: DETAIL_FIELDS });
    if (!before) return notFound("That document");
    const after = await tx.document.update({
      where: { id: before.id },
      data: {
        title: data.title,
        author: data.author ?? null,
        publisher: data.publisher ?? null,
        publishedOn: data.publishedOn ?? null,
        originalUrl: data.originalUrl ?? null,
        language: data.language ?? null,
        searchText: documentSearchText(data.title, data.author),
      },
      select: DETAIL_FIELDS,
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: "document.edit",
      entityType: "document",
      entityId: before.id,
      documentId: before.id,
      before: detailsOf(before),
      after: detailsOf(after),
    });
    return ok(detailsOf(after));
  });
}

/**
 * Hides a document from the list, or brings it back (admins). Never deletes: it stays readable by URL, and its events
 * stay.
 */
export async function setDocumentArchived(
  db: Db,
  caller: Actor | null,
  slug: string,
  input: unknown,
): Promise<Result<DocumentDetails>> {
  const admitted = await admitMember(workspaceOfDocument(db, slug), caller, "admin", "That document");
  if (!admitted.ok) return admitted;
  const actor = admitted.actor;
  const parsed = parseInput(archiveSchema, input);
  if (!parsed.ok) return parsed;
  return inTransaction(db, async (tx) => {
    const document = await tx.document.findUnique({ where: { slug }, select: { id: true, archivedAt: true } });
    if (!document) return notFound("That document");
    if ((document.archivedAt !== null) === parsed.data.archived) {
      const again = await tx.document.findUniqueOrThrow({ where: { id: document.id }, select: DETAIL_FIELDS });
      return ok(detailsOf(again));
    }
    const after = await tx.document.update({
      where: { id: document.id },
      data: { archivedAt: parsed.data.archived ? new Date() : null },
      select: DETAIL_FIELDS,
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: parsed.data.archived ? "document.archive" : "document.unarchive",
      entityType: "document",
      entityId: document.id,
      documentId: document.id,
    });
    return ok(detailsOf(after));
  });
}
