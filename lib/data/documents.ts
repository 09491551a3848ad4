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

/** Slug and title of every document, for pickers (no counts: cheap on any number of claims). */
export function listDocumentTitles(db: Db): Promise<{ slug: string; title: string }[]> {
  return db.document.findMany({ orderBy: { createdAt: "asc" }, select: { slug: true, title: true } });
}

/** A document's title, or null when there is no such document. */
export async function getDocumentTitle(db: Db, slug: string): Promise<string | null> {
  return (await db.document.findUnique({ where: { slug }, select: { title: true } }))?.title ?? null;
}

/** Characters of a claim's quote the claim list shows; the panel loads the whole claim. */
export const SUMMARY_QUOTE_LENGTH = 140;

/**
 * What the reader needs to draw one claim's highlight and its entry in the claim list, and
 * no more: a document can carry thousands of claims, and all of them travel with the page.
 */
export interface ClaimSummary {
  id: string;
  start: number;
  end: number;
  /** The quote, cut to SUMMARY_QUOTE_LENGTH characters (with "…" when cut). */
  exact: string;
  status: ClaimStatus;
  finalVerdict: Verdict | null;
  noteCount: number;
  /** False when the quote could not be found in the text any more (shown as an orphan). */
  anchored: boolean;
}

/** Cuts a quote for the claim list. */
export function summaryQuote(exact: string): string {
  return exact.length > SUMMARY_QUOTE_LENGTH ? `${exact.slice(0, SUMMARY_QUOTE_LENGTH)}…` : exact;
}

export interface ReaderDocument {
  id: string;
  slug: string;
  title: string;
  /** The document; its plain text (the selectors' coordinates) is derived from it (blocksOfTiptapDoc, plainTextOf). */
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
    select: { id: true, start: true, end: true, exact: true, prefix: true, suffix: true, status: true, finalVerdict: true, noteCount: true },
  });
  return {
    id: document.id,
    slug: document.slug,
    title: document.title,
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
        exact: summaryQuote(c.exact),
        status: isClaimStatus(c.status) ? c.status : "FLAGGED",
        finalVerdict: isVerdict(c.finalVerdict) ? c.finalVerdict : null,
        noteCount: c.noteCount,
        anchored: anchor !== null,
      };
    }),
  };
}
