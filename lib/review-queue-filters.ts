import { requestedPage } from "./paging";
import { CLAIM_STATUSES, type ClaimStatus } from "./claim-status";
import { VERDICTS, type Verdict } from "./verdicts";

export const QUEUE_SORTS = ["activity", "flagged", "disagreement"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
export const QUEUE_PAGE_SIZE = 50;

/** The review queue's filters, as they live in the URL (bookmarkable, shareable). */
export interface QueueFilters {
  status: ClaimStatus | null;
  verdict: Verdict | null;
  /** "me", "unassigned", a user id, or null for anyone */
  assignee: string | null;
  document: string | null;
  q: string;
  /** Only claims citing a source that changed or vanished since it was captured. */
  sourcesChanged: boolean;
  sort: QueueSort;
  /** The page's number, for people ("Page 3"); where it starts is `after` or `before`. */
  page: number;
  /** The id of the last claim of the page before this one (keyset paging: "Next page"). */
  after: string | null;
  /** The id of the first claim of the page after this one ("Previous page"). */
  before: string | null;
}

/** A claim id as the queue's paging links carry it; anything else is ignored. */
const CURSOR = /^[A-Za-z0-9_-]{1,64}$/;
const cursor = (value: string | null) => (value !== null && CURSOR.test(value) ? value : null);

const pick = <T extends string>(allowed: readonly T[], value: string | null): T | null =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;

/**
 * Reads the filters from a query string. Unknown values fall back to "any" rather than
 * failing: a stale bookmark still opens the queue.
 */
export function parseQueueFilters(params: URLSearchParams, defaultAssignee: string | null): QueueFilters {
  const page = params.get("page");
  const assignee = params.get("assignee");
  return {
    status: pick(CLAIM_STATUSES, params.get("status")),
    verdict: pick(VERDICTS, params.get("verdict")),
    assignee: assignee === null ? defaultAssignee : assignee === "" || assignee === "any" ? null : assignee,
    document: params.get("document") || null,
    q: (params.get("q") ?? "").trim().slice(0, 200),
    sourcesChanged: params.get("sources") === "changed",
    sort: pick(QUEUE_SORTS, params.get("sort")) ?? "activity",
    page: requestedPage(page),
    after: cursor(params.get("after")),
    before: params.get("after") === null ? cursor(params.get("before")) : null,
  };
}

/** The query string for filters (the inverse of parseQueueFilters), with one change applied. */
export function queueQuery(filters: QueueFilters, change: Partial<QueueFilters> = {}): string {
  const f = { ...filters, ...change };
  const params = new URLSearchParams();
  if (f.status) params.set("status", f.status);
  if (f.verdict) params.set("verdict", f.verdict);
  params.set("assignee", f.assignee ?? "any");
  if (f.document) params.set("document", f.document);
  if (f.q) params.set("q", f.q);
  if (f.sourcesChanged) params.set("sources", "changed");
  if (f.sort !== "activity") params.set("sort", f.sort);
  if (f.page > 1) params.set("page", String(f.page));
  if (f.after) params.set("after", f.after);
  else if (f.before) params.set("before", f.before);
  return `?${params.toString()}`;
}
