import { isClaimStatus, type ClaimStatus } from "../../claim-status";
import type { Db } from "../../db";
import { loadPage } from "../../paging";
import { forbidden, ok, unauthenticated, type Result } from "../../result";
import { QUEUE_PAGE_SIZE, type QueueFilters } from "../../review-queue-filters";
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
  total: number;
  page: number;
  pages: number;
}

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

/** The queue's two statements for a `queueWhere` clause: the count, then one page in the chosen order. */
export function loadQueueClaims(
  db: Db,
  where: ReturnType<typeof queueWhere>,
  filters: Pick<QueueFilters, "page" | "sort">,
) {
  return loadPage(
    filters.page,
    QUEUE_PAGE_SIZE,
    () => db.claim.count({ where }),
    (skip) =>
      db.claim.findMany({
        where,
        orderBy: ORDER[filters.sort],
        skip,
        take: QUEUE_PAGE_SIZE,
        select: {
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
        },
      }),
  );
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
  const { total, pages, page, rows: claims } = await loadQueueClaims(db, where, filters);
  return ok({
    total,
    page,
    pages,
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
