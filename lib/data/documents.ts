import { resolveAnchor } from "../anchoring/anchor";
import { isClaimStatus, type ClaimStatus } from "../claim-status";
import type { Db } from "../db";
import type { TiptapDoc } from "../document/blocks";
import { isVerdict, type Verdict } from "../verdicts";

export interface DocumentListItem {
  slug: string;
  title: string;
  claimCount: number;
  reviewedCount: number;
}

/** Every document with its number of claims and of claims with a final verdict. */
export async function listDocuments(db: Db): Promise<DocumentListItem[]> {
  const [documents, counts, reviewed] = await Promise.all([
    db.document.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, slug: true, title: true } }),
    db.claim.groupBy({ by: ["documentId"], where: { withdrawnAt: null }, _count: { _all: true } }),
    db.claim.groupBy({ by: ["documentId"], where: { withdrawnAt: null, status: "REVIEWED" }, _count: { _all: true } }),
  ]);
  const total = new Map(counts.map((c) => [c.documentId, c._count._all]));
  const done = new Map(reviewed.map((c) => [c.documentId, c._count._all]));
  return documents.map((d) => ({
    slug: d.slug,
    title: d.title,
    claimCount: total.get(d.id) ?? 0,
    reviewedCount: done.get(d.id) ?? 0,
  }));
}

/** What the reader needs to draw one claim's highlight and its entry in the claim list. */
export interface ClaimSummary {
  id: string;
  start: number;
  end: number;
  exact: string;
  status: ClaimStatus;
  finalVerdict: Verdict | null;
  authorId: string;
  authorName: string;
  createdAt: string;
  noteCount: number;
  /** False when the quote could not be found in the text any more (shown as an orphan). */
  anchored: boolean;
}

export interface ReaderDocument {
  id: string;
  slug: string;
  title: string;
  plainText: string;
  content: TiptapDoc;
  claims: ClaimSummary[];
}

/** Loads a document and its claims, in text order, for the reader. */
export async function getReaderDocument(db: Db, slug: string): Promise<ReaderDocument | null> {
  const document = await db.document.findUnique({ where: { slug } });
  if (!document) return null;
  const claims = await db.claim.findMany({
    where: { documentId: document.id, withdrawnAt: null },
    orderBy: [{ start: "asc" }, { end: "asc" }],
    select: {
      id: true, start: true, end: true, exact: true, prefix: true, suffix: true, status: true,
      finalVerdict: true, authorId: true, createdAt: true,
      author: { select: { name: true } },
      _count: { select: { notes: { where: { deletedAt: null } } } },
    },
  });
  return {
    id: document.id,
    slug: document.slug,
    title: document.title,
    plainText: document.plainText,
    content: JSON.parse(document.contentJson) as TiptapDoc,
    claims: claims.map((c) => {
      const anchor = resolveAnchor(
        document.plainText,
        { type: "TextPositionSelector", start: c.start, end: c.end },
        { type: "TextQuoteSelector", exact: c.exact, prefix: c.prefix, suffix: c.suffix },
      );
      return {
        id: c.id,
        start: anchor?.start ?? c.start,
        end: anchor?.end ?? c.end,
        exact: c.exact,
        status: isClaimStatus(c.status) ? c.status : "FLAGGED",
        finalVerdict: isVerdict(c.finalVerdict) ? c.finalVerdict : null,
        authorId: c.authorId,
        authorName: c.author.name,
        createdAt: c.createdAt.toISOString(),
        noteCount: c._count.notes,
        anchored: anchor !== null,
      };
    }),
  };
}
