import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DocumentPager } from "@/components/documents/document-pager";
import { DocumentTable } from "@/components/documents/document-table";
import { countAwaitingReview } from "@/lib/data/review/assigned-count";
import { listDocuments } from "@/lib/data/documents/documents";
import { isAdmin } from "@/lib/roles";
import { readableWorkspaceIds, reviewsAnywhere } from "@/lib/data/workspaces/scope";
import { getDb } from "@/server/db";
import { getActor } from "@/server/session";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ q?: string; page?: string; archived?: string }> };

export default async function HomePage({ searchParams }: Props) {
  const query = await searchParams;
  const actor = await getActor();
  const showArchived = Boolean(actor && isAdmin(actor.role) && query.archived === "1");
  const search = (query.q ?? "").slice(0, 200);
  const db = await getDb();
  const t = await getTranslations("Home");
  const awaiting = reviewsAnywhere(actor) ? await countAwaitingReview(db, actor!) : 0;
  const list = await listDocuments(db, {
    workspaceIds: await readableWorkspaceIds(db, actor, { listed: true }),
    search,
    page: Number(query.page ?? 1),
    includeArchived: showArchived,
  });
  const pageLink = (page: number) => {
    const params = new URLSearchParams();
    if (search) params.set("q", search);
    if (showArchived) params.set("archived", "1");
    if (page > 1) params.set("page", String(page));
    const qs = params.toString();
    return qs ? `/?${qs}` : "/";
  };
  return (
    <main className="page">
      <div className="page-heading">
        <h1>{t("title")}</h1>
        {reviewsAnywhere(actor) && (
          <Link href="/documents/new" className="button-link">
            {t("addDocument")}
          </Link>
        )}
      </div>
      {awaiting > 0 && (
        <p className="awaiting-review">
          <Link href="/review?status=IN_REVIEW&assignee=any">{t("awaitingReview", { count: awaiting })}</Link>
        </p>
      )}
      <form method="get" role="search" className="list-search">
        <label htmlFor="document-search">{t("searchLabel")}</label>
        <input id="document-search" name="q" type="search" defaultValue={search} placeholder={t("searchPlaceholder")} />
        {showArchived && <input type="hidden" name="archived" value="1" />}
        <button type="submit">{t("searchButton")}</button>
        {actor && isAdmin(actor.role) && (
          <Link href={showArchived ? "/" : "/?archived=1"}>{showArchived ? t("hideArchived") : t("showArchived")}</Link>
        )}
      </form>
      {list.documents.length === 0 ? (
        <p>{search ? t("noMatch", { search }) : t("empty")}</p>
      ) : (
        <DocumentTable documents={list.documents} />
      )}
      <DocumentPager page={list.page} pages={list.pages} hrefOf={pageLink} />
    </main>
  );
}
