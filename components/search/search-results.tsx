import Link from "next/link";
import { useTranslations } from "next-intl";
import type { SearchPage } from "@/lib/data/search/search";
import { isClaimStatus } from "@/lib/claim-status";
import { isVerdict } from "@/lib/verdicts";
import { FormattedDate } from "../formatted-date";

/** The results, each with its kind, what it belongs to, a snippet whose found words are marked, and where it lives. */
export function SearchResults({ found, hrefOfPage }: { found: SearchPage; hrefOfPage: (page: number) => string }) {
  const t = useTranslations("Search");
  const statusLabel = useTranslations("Statuses");
  const verdictLabel = useTranslations("Verdicts");
  if (found.total === 0) return <p role="status">{t("nothing", { q: found.q })}</p>;
  return (
    <>
      <p role="status">
        {t("resultCount", { more: found.more ? "yes" : "no", total: found.total, q: found.q })}
        {found.pageCount > 1 && t("pageOf", { page: found.page, pages: found.pageCount })}
      </p>
      <ol className="search-results">
        {found.results.map((r) => (
          <li key={`${r.type}:${r.id}`}>
            <p className="search-kind">{t(`kinds.${r.type}`)}</p>
            <h2>
              {r.type === "fact-check" ? (
                <a href={r.url} rel="noopener nofollow">
                  {r.title}
                </a>
              ) : (
                <Link href={r.url}>{r.title}</Link>
              )}
            </h2>
            <p className="search-snippet" dir="auto">
              {r.snippet.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
            </p>
            <p className="search-meta">
              {r.workspace.name} · <FormattedDate iso={r.date} />
              {r.verdict && isVerdict(r.verdict) && ` · ${verdictLabel(r.verdict)}`}
              {r.status && isClaimStatus(r.status) && ` · ${statusLabel(r.status)}`}
            </p>
          </li>
        ))}
      </ol>
      {found.pageCount > 1 && (
        <nav className="pager" aria-label={t("resultPages")}>
          {found.page > 1 && <Link href={hrefOfPage(found.page - 1)}>{t("previous")}</Link>}
          {found.page < found.pageCount && <Link href={hrefOfPage(found.page + 1)}>{t("next")}</Link>}
        </nav>
      )}
    </>
  );
}
