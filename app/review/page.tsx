import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/server/db";
import { countAssignedOpenClaims } from "@/lib/data/review/assigned-count";
import { listDocumentTitles } from "@/lib/data/documents/documents";
import { listQueue } from "@/lib/data/review/review-queue";
import { reviewersOf } from "@/lib/data/workspaces/members";
import { workspacesWhere } from "@/lib/data/workspaces/scope";
import { CLAIM_STATUSES, statusLabel } from "@/lib/claim-status";
import { parseQueueFilters, queueQuery, QUEUE_SORTS } from "@/lib/review-queue-filters";
import { canReview } from "@/lib/roles";
import { searchParamsFrom, type SearchParamsRecord } from "@/lib/search-params";
import { VERDICTS, verdictLabel } from "@/lib/verdicts";
import { denyPage } from "@/server/deny-page";
import { getActor } from "@/server/session";
import { QueueLive } from "@/components/review/queue-live";
import { QueueTable } from "@/components/review/queue-table";

export const metadata: Metadata = { title: "Review queue" };
export const dynamic = "force-dynamic";

const SORT_LABELS = { activity: "Last activity", flagged: "Flagged date", disagreement: "Disagreement first" } as const;

type Props = { searchParams: Promise<SearchParamsRecord> };

export default async function ReviewPage({ searchParams }: Props) {
  const actor = await getActor();
  if (!actor) denyPage(401);
  // The queue is the claims of every workspace where the person is an Editor or Admin.
  const workspaceIds = workspacesWhere(actor, canReview);
  if (workspaceIds.length === 0) denyPage(403);
  const db = await getDb();
  const params = searchParamsFrom(await searchParams);
  // Reviewers with claims waiting for them land on "Assigned to me"; "Anyone" is one click away.
  const waiting = await countAssignedOpenClaims(db, actor);
  const filters = parseQueueFilters(params, waiting > 0 ? "me" : null);
  const [queue, reviewers, documents] = await Promise.all([
    listQueue(db, actor, filters),
    reviewersOf(db, workspaceIds),
    listDocumentTitles(db, workspaceIds),
  ]);
  if (!queue.ok) denyPage(queue.status);
  const { rows, total, more, page, pages, nextAfter, previousBefore } = queue.data;
  // The first page needs no cursor; the others are reached by key from the page beside them.
  const previousPage =
    page <= 2 ? { page: 1, after: null, before: null } : { page: page - 1, after: null, before: previousBefore };

  return (
    <main className="page page-wide">
      <h1>Review queue</h1>
      <QueueLive viewerId={actor.id} />
      <p>
        <Link href="/review/stats">Statistics and agreement</Link> ·{" "}
        <Link href={`/review${queueQuery({ ...filters, assignee: null, sourcesChanged: true, page: 1 })}`}>
          Claims whose sources changed
        </Link>
      </p>
      {/* Keyed by the filters: after a link changes them, the fields show the new values (they are uncontrolled). */}
      <form method="get" className="queue-filters" aria-label="Filters" key={queueQuery(filters)}>
        <div>
          <label htmlFor="f-status">Status</label>
          <select id="f-status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">Any</option>
            {CLAIM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-verdict">Verdict</label>
          <select id="f-verdict" name="verdict" defaultValue={filters.verdict ?? ""}>
            <option value="">Any</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {verdictLabel(v)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-assignee">Assignee</label>
          <select id="f-assignee" name="assignee" defaultValue={filters.assignee ?? "any"}>
            <option value="any">Anyone</option>
            <option value="me">Me</option>
            <option value="unassigned">Unassigned</option>
            {reviewers.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-document">Document</label>
          <select id="f-document" name="document" defaultValue={filters.document ?? ""}>
            <option value="">Any</option>
            {documents.map((d) => (
              <option key={d.slug} value={d.slug}>
                {d.title.length > 60 ? `${d.title.slice(0, 60)}…` : d.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-q">Search</label>
          <input
            id="f-q"
            name="q"
            type="search"
            defaultValue={filters.q}
            placeholder="Words in the claim or its notes"
          />
        </div>
        <div className="checkbox-field">
          <input
            id="f-sources"
            name="sources"
            type="checkbox"
            value="changed"
            defaultChecked={filters.sourcesChanged}
          />
          <label htmlFor="f-sources">Sources changed</label>
        </div>
        <div>
          <label htmlFor="f-sort">Sort by</label>
          <select id="f-sort" name="sort" defaultValue={filters.sort}>
            {QUEUE_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Apply filters</button>
      </form>
      <p role="status">
        {more ? `More than ${total.toLocaleString("en")}` : total} {total === 1 && !more ? "claim" : "claims"}
        {filters.assignee === "me" ? " assigned to you" : ""}. Page {page}
        {pages === null ? "" : ` of ${pages}`}.
      </p>
      <QueueTable rows={rows} reviewers={reviewers.map((r) => ({ id: r.id, name: r.name }))} />
      <nav aria-label="Pages" className="pager">
        {page > 1 && <Link href={`/review${queueQuery(filters, previousPage)}`}>Previous page</Link>}
        {nextAfter && (
          <Link href={`/review${queueQuery(filters, { page: page + 1, after: nextAfter, before: null })}`}>
            Next page
          </Link>
        )}
      </nav>
    </main>
  );
}
