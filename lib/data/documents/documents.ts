import { anchor } from "../../anchoring/anchor";
import { isAnchorState, type AnchorState } from "../../anchoring/anchor-state";
import { loadPage } from "../../paging";
import { claimsWithChangedSources } from "../evidence/changed-sources";
import { documentLanguages, type DocumentLanguages } from "../../document/block-languages";
import { summaryQuote } from "../../document/summary-quote";
import { isClaimStatus, type ClaimStatus } from "../../claim-status";
import type { Db } from "../../db";
import type { TiptapDoc } from "../../document/blocks";
import { isVerdict, type Verdict } from "../../verdicts";

export interface DocumentListItem {
  slug: string;
  title: string;
  author: string | null;
  createdAt: string;
  claimCount: number;
  /** Claims by status: no note yet, being verified, final verdict published. */
  flaggedCount: number;
  inReviewCount: number;
  reviewedCount: number;
  archived: boolean;
}

export interface DocumentListQuery {
  /** The workspaces to list (those the caller may read: lib/data/workspaces/scope.ts readableWorkspaceIds). */
  workspaceIds: readonly string[];
  /** Words to find in the title or the author. */
  search?: string;
  page?: number;
  /** Admins may list archived documents too. */
  includeArchived?: boolean;
}

export const DOCUMENTS_PER_PAGE = 20;

/**
 * The home page's list: newest first, archived documents hidden (unless asked), searched
 * by title and author, one page at a time, each with its claim and reviewed counts.
 */
export async function listDocuments(
  db: Db,
  query: DocumentListQuery,
): Promise<{ page: number; pages: number; total: number; documents: DocumentListItem[] }> {
  const search = query.search?.trim().slice(0, 200).toLowerCase();
  const where = {
    workspaceId: { in: [...query.workspaceIds] },
    ...(query.includeArchived ? {} : { archivedAt: null }),
    ...(search ? { searchText: { contains: search } } : {}),
  };
  const loaded = await loadPage(
    query.page ?? 1,
    DOCUMENTS_PER_PAGE,
    () => db.document.count({ where }),
    (skip) =>
      db.document.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip,
        take: DOCUMENTS_PER_PAGE,
        select: { id: true, slug: true, title: true, author: true, createdAt: true, archivedAt: true },
      }),
  );
  const ids = loaded.rows.map((d) => d.id);
  const counts = await db.claim.groupBy({
    by: ["documentId", "status"],
    where: { documentId: { in: ids }, withdrawnAt: null },
    _count: { _all: true },
  });
  const count = (documentId: string, status?: string) =>
    counts
      .filter((c) => c.documentId === documentId && (status === undefined || c.status === status))
      .reduce((sum, c) => sum + c._count._all, 0);
  return {
    page: loaded.page,
    pages: loaded.pages,
    total: loaded.total,
    documents: loaded.rows.map((d) => ({
      slug: d.slug,
      title: d.title,
      author: d.author,
      createdAt: d.createdAt.toISOString(),
      claimCount: count(d.id),
      flaggedCount: count(d.id, "FLAGGED"),
      inReviewCount: count(d.id, "IN_REVIEW"),
      reviewedCount: count(d.id, "REVIEWED"),
      archived: d.archivedAt !== null,
    })),
  };
}

/** Slug and title of every document, for pickers (no counts: cheap on any number of claims). */
export function listDocumentTitles(
  db: Db,
  workspaceIds: readonly string[],
): Promise<{ slug: string; title: string }[]> {
  return db.document.findMany({
    where: { workspaceId: { in: [...workspaceIds] } },
    orderBy: { createdAt: "asc" },
    select: { slug: true, title: true },
  });
}

/** A document's title, or null when there is no such document. */
export async function getDocumentTitle(db: Db, slug: string): Promise<string | null> {
  return (await db.document.findUnique({ where: { slug }, select: { title: true } }))?.title ?? null;
}

export { SUMMARY_QUOTE_LENGTH, summaryQuote } from "../../document/summary-quote";

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
  /** Who flagged it (the panel's "Mine" filter). */
  authorId: string;
  /** False when the quote could not be found in the text any more (shown as an orphan). */
  anchored: boolean;
  /** How the claim sits in this revision: exact, fuzzy (words changed) or orphaned. */
  anchorState: AnchorState;
  /** A source its final verdict cites changed or went away since the verdict (lib/capture/changed-since-verdict.ts). */
  sourceChanged: boolean;
}

export interface RevisionInfo {
  number: number;
  createdAt: string;
}

export interface ReaderDocument {
  id: string;
  slug: string;
  title: string;
  author: string | null;
  publisher: string | null;
  publishedOn: string | null;
  originalUrl: string | null;
  archived: boolean;
  /** The revision shown. */
  revision: number;
  currentRevision: number;
  revisions: RevisionInfo[];
  /** What the import of the shown revision noted (e.g. no article found), if anything. */
  importNote: string | null;
  /** The document; its plain text (the selectors' coordinates) is derived from it (blocksOfTiptapDoc, plainTextOf). */
  content: TiptapDoc;
  /** Its language and each paragraph's (lib/document/block-languages.ts): the reader sets lang and dir from them. */
  languages: DocumentLanguages;
  claims: ClaimSummary[];
}

const CLAIM_STATE_FIELDS = {
  status: true,
  finalVerdict: true,
  noteCount: true,
  authorId: true,
  reviewedAt: true,
} as const;

function summaryOf(
  c: {
    id: string;
    start: number;
    end: number;
    exact: string;
    status: string;
    finalVerdict: string | null;
    noteCount: number;
    authorId: string;
  },
  anchorState: AnchorState,
  sourceChanged: boolean,
): ClaimSummary {
  return {
    id: c.id,
    start: c.start,
    end: c.end,
    exact: summaryQuote(c.exact),
    status: isClaimStatus(c.status) ? c.status : "FLAGGED",
    finalVerdict: isVerdict(c.finalVerdict) ? c.finalVerdict : null,
    noteCount: c.noteCount,
    authorId: c.authorId,
    anchored: anchorState !== "orphaned",
    anchorState,
    sourceChanged,
  };
}

/**
 * Loads a document and its claims, in text order, for the reader: the current revision, or
 * an earlier one (`revision`) with its claims as they were anchored there. Null when there
 * is no such document or revision.
 */
export async function getReaderDocument(db: Db, slug: string, revision?: number): Promise<ReaderDocument | null> {
  const document = await db.document.findUnique({ where: { slug } });
  if (!document) return null;
  const shown = revision ?? document.currentRevision;
  const [revisions, revisionRow] = await Promise.all([
    db.documentRevision.findMany({
      where: { documentId: document.id },
      orderBy: { number: "asc" },
      select: { number: true, createdAt: true },
    }),
    db.documentRevision.findUnique({
      where: { documentId_number: { documentId: document.id, number: shown } },
      select: { contentJson: true, importNote: true },
    }),
  ]);
  if (shown !== document.currentRevision && !revisionRow) return null;
  const base = {
    id: document.id,
    slug: document.slug,
    title: document.title,
    author: document.author,
    publisher: document.publisher,
    publishedOn: document.publishedOn,
    originalUrl: document.originalUrl,
    archived: document.archivedAt !== null,
    revision: shown,
    currentRevision: document.currentRevision,
    revisions: revisions.map((r) => ({ number: r.number, createdAt: r.createdAt.toISOString() })),
    importNote: revisionRow?.importNote ?? null,
  };

  if (shown !== document.currentRevision) {
    const anchors = await db.claimAnchor.findMany({
      where: { revision: shown, claim: { documentId: document.id, withdrawnAt: null } },
      orderBy: [{ start: "asc" }, { end: "asc" }],
      select: {
        start: true,
        end: true,
        exact: true,
        state: true,
        claim: { select: { id: true, ...CLAIM_STATE_FIELDS } },
      },
    });
    const changed = await claimsWithChangedSources(
      db,
      anchors.map((a) => a.claim),
    );
    const content = JSON.parse(revisionRow!.contentJson) as TiptapDoc;
    return {
      ...base,
      content,
      languages: documentLanguages(content, `${document.id}:${shown}`, document.language),
      claims: anchors.map((a) =>
        summaryOf(
          { ...a.claim, start: a.start, end: a.end, exact: a.exact },
          isAnchorState(a.state) ? a.state : "exact",
          changed.has(a.claim.id),
        ),
      ),
    };
  }

  const claims = await db.claim.findMany({
    where: { documentId: document.id, withdrawnAt: null },
    orderBy: [{ start: "asc" }, { end: "asc" }],
    select: {
      id: true,
      start: true,
      end: true,
      exact: true,
      prefix: true,
      suffix: true,
      anchorState: true,
      ...CLAIM_STATE_FIELDS,
    },
  });
  const changed = await claimsWithChangedSources(db, claims);
  const content = JSON.parse(document.contentJson) as TiptapDoc;
  return {
    ...base,
    content,
    languages: documentLanguages(content, `${document.id}:${shown}`, document.language),
    claims: claims.map((c) => {
      const state = isAnchorState(c.anchorState) ? c.anchorState : "exact";
      const sourceChanged = changed.has(c.id);
      if (state === "orphaned") return summaryOf(c, "orphaned", sourceChanged);
      // Stored offsets are checked against the text (and found again if they drifted).
      const found = anchor(document.plainText, {
        position: c,
        quote: { type: "TextQuoteSelector", exact: c.exact, prefix: c.prefix, suffix: c.suffix },
      });
      if (found.state === "orphaned") return summaryOf(c, "orphaned", sourceChanged);
      return summaryOf({ ...c, start: found.start, end: found.end }, state, sourceChanged);
    }),
  };
}

/** The language read from a document's current text, whatever its details say (shown beside "Read from the text"). */
export async function detectedDocumentLanguage(db: Db, slug: string): Promise<string | null> {
  const document = await db.document.findUnique({
    where: { slug },
    select: { id: true, currentRevision: true, contentJson: true },
  });
  if (!document) return null;
  const content = JSON.parse(document.contentJson) as TiptapDoc;
  return documentLanguages(content, `${document.id}:${document.currentRevision}`).document;
}
