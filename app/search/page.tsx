import { getTranslations } from "next-intl/server";
import { SearchFilters } from "@/components/search/search-filters";
import { pageTitle } from "@/server/i18n/page-title";
import { getServerText } from "@/server/i18n/server-text";
import { SearchResults } from "@/components/search/search-results";
import { searchEverything } from "@/lib/data/search/search";
import { readableWorkspaceIds } from "@/lib/data/workspaces/scope";
import { searchParamsFrom, type SearchParamsRecord } from "@/lib/search-params";
import { getDb } from "@/server/db";
import { getActor } from "@/server/session";

export const generateMetadata = () => pageTitle("search");
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParamsRecord> };

/** /search?q=: one search over everything the person may read. */
export default async function SearchPage({ searchParams }: Props) {
  const actor = await getActor();
  const db = await getDb();
  const [t, translate] = await Promise.all([getTranslations("Titles"), getServerText()]);
  const params = searchParamsFrom(await searchParams);
  const ids = await readableWorkspaceIds(db, actor, { listed: true });
  const [workspaces, found] = await Promise.all([
    db.workspace.findMany({ where: { id: { in: ids } }, select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    params.get("q")?.trim() ? searchEverything(db, actor, Object.fromEntries(params)) : null,
  ]);
  const hrefOfPage = (page: number) => {
    const next = new URLSearchParams(params);
    next.set("page", String(page));
    return `/search?${next.toString()}`;
  };
  return (
    <main className="page">
      <h1>{t("search")}</h1>
      <SearchFilters params={params} workspaces={workspaces} />
      {found && !found.ok && (
        <p role="alert" className="error">
          {translate(Object.values(found.fieldErrors ?? {})[0] ?? found.message)}
        </p>
      )}
      {found?.ok && <SearchResults found={found.data} hrefOfPage={hrefOfPage} />}
    </main>
  );
}
