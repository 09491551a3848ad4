import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { countAssignedOpenClaims } from "@/lib/data/review/assigned-count";
import { listDocumentTitles } from "@/lib/data/documents/documents";
import { listQueue } from "@/lib/data/review/review-queue";
import { reviewersOf } from "@/lib/data/workspaces/members";
import { workspacesWhere } from "@/lib/data/workspaces/scope";
import { CLAIM_STATUSES } from "@/lib/claim-status";
import { parseQueueFilters, queueQuery, QUEUE_SORTS } from "@/lib/review-queue-filters";
import { canReview } from "@/lib/roles";
import { searchParamsFrom, type SearchParamsRecord } from "@/lib/search-params";
import { VERDICTS } from "@/lib/verdicts";
import { denyPage } from "@/server/deny-page";
import { getActor } from "@/server/session";
import { pageTitle } from "@/server/i18n/page-title";
import { QueueLive } from "@/components/review/queue-live";
import { QueueTable } from "@/components/review/queue-table";

export const generateMetadata = () => pageTitle("review");
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParamsRecord> };

export default async function ReviewPage({ searchParams }: Props) {
  const actor = await getActor();
  if (!actor) denyPage(401);
  // The queue is the claims of every workspace where the person is an Editor or Admin.
  const workspaceIds = workspacesWhere(actor, canReview);
  if (workspaceIds.length === 0) denyPage(403);
  const db = await getDb();
  const [t, statusLabel, verdictLabel] = await Promise.all([
    getTranslations("ReviewPage"),
    getTranslations("Statuses"),
    getTranslations("Verdicts"),
  ]);
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
      <h1>{t("title")}</h1>
      <QueueLive viewerId={actor.id} />
      <p>
        <Link href="/review/stats">{t("stats")}</Link> ·{" "}
        <Link href={`/review${queueQuery({ ...filters, assignee: null, sourcesChanged: true, page: 1 })}`}>
          {t("sourcesChangedLink")}
        </Link>
      </p>
      {/* Keyed by the filters: after a link changes them, the fields show the new values (they are uncontrolled). */}
      <form method="get" className="queue-filters" aria-label={t("filters")} key={queueQuery(filters)}>
        <div>
          <label htmlFor="f-status">{t("status")}</label>
          <select id="f-status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">{t("any")}</option>
            {CLAIM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-verdict">{t("verdict")}</label>
          <select id="f-verdict" name="verdict" defaultValue={filters.verdict ?? ""}>
            <option value="">{t("any")}</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {verdictLabel(v)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-assignee">{t("assignee")}</label>
          <select id="f-assignee" name="assignee" defaultValue={filters.assignee ?? "any"}>
            <option value="any">{t("anyone")}</option>
            <option value="me">{t("me")}</option>
            <option value="unassigned">{t("unassigned")}</option>
            {reviewers.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-document">{t("document")}</label>
          <select id="f-document" name="document" defaultValue={filters.document ?? ""}>
            <option value="">{t("any")}</option>
            {documents.map((d) => (
              <option key={d.slug} value={d.slug}>
                {d.title.length > 60 ? `${d.title.slice(0, 60)}…` : d.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-q">{t("search")}</label>
          <input id="f-q" name="q" type="search" defaultValue={filters.q} placeholder={t("searchPlaceholder")} />
        </div>
        <div className="checkbox-field">
          <input
            id="f-sources"
            name="sources"
            type="checkbox"
            value="changed"
            defaultChecked={filters.sourcesChanged}
          />
          <label htmlFor="f-sources">{t("sourcesChanged")}</label>
        </div>
        <div>
          <label htmlFor="f-sort">{t("sortBy")}</label>
          <select id="f-sort" name="sort" defaultValue={filters.sort}>
            {QUEUE_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sorts.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("apply")}</button>
      </form>
      <p role="status">
        {t("countLine", {
          more: more ? "yes" : "no",
          total,
          mine: filters.assignee === "me" ? "yes" : "no",
          page,
          pages: pages === null ? "unknown" : String(pages),
        })}
      </p>
      <QueueTable rows={rows} reviewers={reviewers.map((r) => ({ id: r.id, name: r.name }))} />
      <nav aria-label={t("pages")} className="pager">
        {page > 1 && <Link href={`/review${queueQuery(filters, previousPage)}`}>{t("previous")}</Link>}
        {nextAfter && (
          <Link href={`/review${queueQuery(filters, { page: page + 1, after: nextAfter, before: null })}`}>
            {t("next")}
          </Link>
        )}
      </nav>
    </main>
  );
}
