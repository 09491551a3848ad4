import Link from "next/link";
import type { SearchPage } from "@/lib/data/search/search";
import { isClaimStatus, statusLabel } from "@/lib/claim-status";
import { isVerdict, verdictLabel } from "@/lib/verdicts";
import { FormattedDate } from "../formatted-date";
import { SEARCH_TYPE_NAMES } from "./search-type-labels";

/** The results, each with its kind, what it belongs to, a snippet whose found words are marked, and where it lives. */
export function SearchResults({ found, hrefOfPage }: { found: SearchPage; hrefOfPage: (page: number) => string }) {
  if (found.total === 0) return <p role="status">Nothing matches “{found.q}” that you can read.</p>;
  return (
    <>
      <p role="status">
        {found.more ? "More than " : ""}
        {found.total.toLocaleString("en")} result{found.total === 1 && !found.more ? "" : "s"} for “{found.q}”
        {found.pageCount > 1 && `, page ${found.page} of ${found.pageCount}`}
      </p>
      <ol className="search-results">
        {found.results.map((r) => (
          <li key={`${r.type}:${r.id}`}>
            <p className="search-kind">{SEARCH_TYPE_NAMES[r.type]}</p>
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
        <nav className="pager" aria-label="Result pages">
          {found.page > 1 && <Link href={hrefOfPage(found.page - 1)}>Previous page</Link>}
          {found.page < found.pageCount && <Link href={hrefOfPage(found.page + 1)}>Next page</Link>}
        </nav>
      )}
    </>
  );
}
