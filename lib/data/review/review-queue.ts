import { isClaimStatus, type ClaimStatus } from "../../claim-status";
import type { Db } from "../../db";
import { pageCount, requestedPage } from "../../paging";
import { forbidden, ok, unauthenticated, type Result } from "../../result";
import { QUEUE_PAGE_SIZE, type QueueFilters, type QueueSort } from "../../review-queue-filters";
import { canReview } from "../../roles";
import { isVerdict, type Verdict } from "../../verdicts";
import type { Actor } from "../actor";
import { proposedVerdicts } from "../../agreement";
import { workspacesWhere } from "../workspaces/scope";

export interface QueueRow {
  id: string;
  exact: string;
  documentSlug: string;
  documentTitle: string;
  status: ClaimStatus;
  proposals: { verdict: Verdict; count: number }[];
  finalVerdict: Verdict | null;
  assigneeId: string | null;
  assigneeName: string | null;
  flaggedBy: string;
  flaggedAt: string;
  lastActivityAt: string;
}

export interface QueuePage {
  rows: QueueRow[];
  /** How many claims match, counted up to QUEUE_COUNT_CAP; `more` when there are more than that. */
  total: number;
  more: boolean;
  page: number;
  /** The number of pages, null when the count was capped. */
  pages: number | null;
  /** Where the next page starts (the last row's id), null on the last page. */
  nextAfter: string | null;
  /** Where the previous page ends (the first row's id), null on the first page. */
  previousBefore: string | null;
}

/**
 * Counting every match of a big queue (333,334 claims in review at a million) took longer than
 * the page itself (npm run bench, BENCH_SCALE=1m): the count stops here and says "more than".
 */
export const QUEUE_COUNT_CAP = 10_000;

/** Turns the URL filters into a Prisma where clause (pure; shared by the count and the page query). */
export function queueWhere(
  filters: QueueFilters,
  actorId: string,
  documentIds: readonly string[],
  changedSourceUrls: readonly string[] = [],
) {
  // Only the documents of the workspaces the reviewer reviews in, as a list of ids: a join to
  // Document in both statements cost the queue a third to double its time (scripts/bench-scoping.ts).
  const and: Record<string, unknown>[] = [{ withdrawnAt: null }, { documentId: { in: [...documentIds] } }];
  if (filters.status) and.push({ status: filters.status });
  if (filters.verdict) {
    and.push({
      OR: [{ finalVerdict: filters.verdict }, { notes: { some: { verdict: filters.verdict, deletedAt: null } } }],
    });
  }
  if (filters.assignee === "me") and.push({ assigneeId: actorId });
  else if (filters.assignee === "unassigned") and.push({ assigneeId: null });
  else if (filters.assignee) and.push({ assigneeId: filters.assignee });
  if (filters.document) and.push({ document: { slug: filters.document } });
  if (filters.q) and.push({ searchText: { contains: filters.q.toLowerCase() } });
  if (filters.sourcesChanged)
    and.push({ notes: { some: { deletedAt: null, sources: { some: { url: { in: [...changedSourceUrls] } } } } } });
  return { AND: and };
}

/** Addresses whose latest capture's re-check found the page changed or gone (the "Sources changed" filter). */
async function changedSourceUrls(db: Db): Promise<string[]> {
  const checked = await db.sourceCapture.findMany({
    where: { recheckState: { not: null } },
    orderBy: { createdAt: "desc" },
    select: { url: true, recheckState: true },
  });
  const latest = new Map<string, string | null>();
  for (const c of checked) if (!latest.has(c.url)) latest.set(c.url, c.recheckState);
  return [...latest].filter(([, state]) => state === "CHANGED" || state === "GONE").map(([url]) => url);
}

const ORDER = {
  activity: [{ lastActivityAt: "desc" as const }, { id: "asc" as const }],
  flagged: [{ createdAt: "desc" as const }, { id: "asc" as const }],
  disagreement: [
    { verdictSpread: "desc" as const },
    { noteCount: "desc" as const },
    { lastActivityAt: "desc" as const },
    { id: "asc" as const },
  ],
};

/** The queue's scope: the ids of the documents of the workspaces the reviewer reviews in. */
export async function queueDocumentIds(db: Db, workspaceIds: readonly string[]): Promise<string[]> {
  const documents = await db.document.findMany({
    where: { workspaceId: { in: [...workspaceIds] } },
    select: { id: true },
  });
  return documents.map((d) => d.id);
}

const QUEUE_SELECT = {
  id: true,
  exact: true,
  status: true,
  finalVerdict: true,
  assigneeId: true,
  createdAt: true,
  lastActivityAt: true,
  document: { select: { slug: true, title: true } },
  author: { select: { name: true } },
  assignee: { select: { name: true } },
  notes: { where: { deletedAt: null }, select: { verdict: true } },
} as const;

const findQueueRows = (
  db: Db,
  args: {
    where: ReturnType<typeof queueWhere>;
    orderBy: (typeof ORDER)[QueueSort];
    skip: number;
    take: number;
    cursor?: { id: string };
  },
) => db.claim.findMany({ ...args, select: QUEUE_SELECT });

type QueueClaims = Omit<QueuePage, "rows"> & { rows: Awaited<ReturnType<typeof findQueueRows>> };

/**
 * The queue's two statements for a `queueWhere` clause: the count (capped), and one page in the
 * chosen order, paged by key: after the claim `after` or before the claim `before` in that
 * order (Prisma's cursor, which compares the sort keys of that claim), so a deep page costs no
 * more rows than the first. A page number without a cursor (an old bookmark) is still read by
 * offset. One row more than a page says whether another follows.
 */
export async function loadQueueClaims(
  db: Db,
  where: ReturnType<typeof queueWhere>,
  filters: Pick<QueueFilters, "page" | "sort" | "after" | "before">,
  countCap = QUEUE_COUNT_CAP,
): Promise<QueueClaims> {
  const orderBy = ORDER[filters.sort];
  const cursor = filters.after ?? filters.before;
  const requested = requestedPage(filters.page);
  const [counted, found] = await Promise.all([
    db.claim.count({ where, take: countCap + 1 }),
    cursor
      ? findQueueRows(db, {
          where,
          orderBy,
          cursor: { id: cursor },
          skip: 1,
          take: filters.before ? -(QUEUE_PAGE_SIZE + 1) : QUEUE_PAGE_SIZE + 1,
        })
      : findQueueRows(db, {
          where,
          orderBy,
          skip: (requested - 1) * QUEUE_PAGE_SIZE,
          take: QUEUE_PAGE_SIZE + 1,
        }),
  ]);
  // A cursor that names no claim (a link from another database, say) starts over at the first page.
  if (cursor && found.length === 0 && counted > 0)
    return loadQueueClaims(db, where, { ...filters, page: 1, after: null, before: null }, countCap);
  const more = counted > countCap;
  const total = Math.min(counted, countCap);
  const pages = more ? null : pageCount(total, QUEUE_PAGE_SIZE);
  // An old link to a page past the end reads as the last page.
  if (!cursor && found.length === 0 && pages !== null && requested > pages)
    return loadQueueClaims(db, where, { ...filters, page: pages }, countCap);
  // Going back, the extra row is the one before the page; going forward, the one after it.
  const extra = found.length > QUEUE_PAGE_SIZE;
  const rows = filters.before ? found.slice(extra ? 1 : 0) : found.slice(0, QUEUE_PAGE_SIZE);
  // Back to where no row comes before: the first page, whatever number the link carried.
  const page = filters.before && !extra ? 1 : Math.min(requested, pages ?? requested);
  const hasNext = Boolean(filters.before) || extra;
  return {
    total,
    more,
    pages,
    page,
    rows,
    nextAfter: hasNext && rows.length > 0 ? rows[rows.length - 1]!.id : null,
    previousBefore: page > 1 && rows.length > 0 ? rows[0]!.id : null,
  };
}

/**
 * One page (50 rows) of the review queue with the filters applied: the claims of every workspace
 * the caller is an Editor or Admin of.
 */
export async function listQueue(db: Db, actor: Actor | null, filters: QueueFilters): Promise<Result<QueuePage>> {
  if (!actor) return unauthenticated();
  const workspaceIds = workspacesWhere(actor, canReview);
  if (workspaceIds.length === 0) return forbidden("You need the reviewer role to see the review queue.");
  const where = queueWhere(
    filters,
    actor.id,
    await queueDocumentIds(db, workspaceIds),
    filters.sourcesChanged ? await changedSourceUrls(db) : [],
  );
  const { rows: claims, ...paging } = await loadQueueClaims(db, where, filters);
  return ok({
    ...paging,
    rows: claims.map((c) => ({
      id: c.id,
      exact: c.exact,
      documentSlug: c.document.slug,
      documentTitle: c.document.title,
      status: isClaimStatus(c.status) ? c.status : "FLAGGED",
      proposals: proposedVerdicts(c.notes.map((n) => n.verdict)),
      finalVerdict: isVerdict(c.finalVerdict) ? c.finalVerdict : null,
      assigneeId: c.assigneeId,
      assigneeName: c.assignee?.name ?? null,
      flaggedBy: c.author.name,
      flaggedAt: c.createdAt.toISOString(),
      lastActivityAt: c.lastActivityAt.toISOString(),
    })),
  });
}
