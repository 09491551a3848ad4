import { pageWords, type PageWords } from "../i18n/page-words";
import { escapeHtml as e } from "../report/escape";
import { VERDICTS, type Verdict } from "../verdicts";
import type { DeskSettings } from "./desk-settings";
import type { PublicFactCheck } from "./public-fact-check";
import { publicDocument, verdictChip } from "./render-public-page";

export interface PublicListPage {
  items: PublicFactCheck[];
  total: number;
  page: number;
  pageCount: number;
  q: string;
  verdict: Verdict | null;
}

/** The address of another page of the same search. */
function pageHref(list: PublicListPage, page: number): string {
  const params = new URLSearchParams();
  if (list.q) params.set("q", list.q);
  if (list.verdict) params.set("verdict", list.verdict);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return `/fact-checks${query ? `?${query}` : ""}`;
}

/**
 * /fact-checks: every public fact-check, newest first, with a search box, a verdict filter and
 * pages (no script), in the visitor's language; each entry's own words carry their language.
 */
export function renderPublicList(
  list: PublicListPage,
  desk: DeskSettings,
  origin: string,
  words: PageWords = pageWords(),
): string {
  const t = words.public;
  const options = VERDICTS.map(
    (v) => `<option value="${v}"${list.verdict === v ? " selected" : ""}>${e(words.verdict(v))}</option>`,
  ).join("");
  const items = list.items
    .map(
      (f) => `<li><p class="list-meta">${verdictChip(f, words)} ${e(words.date(f.firstPublishedAt))}</p>
<h2 lang="${e(f.language)}" dir="auto"><a href="/fact-checks/${encodeURIComponent(f.slug)}">${e(f.headline)}</a></h2>
<p lang="${e(f.language)}" dir="auto">“${e(f.quote)}”</p></li>`,
    )
    .join("\n");
  const count = { count: list.total, page: list.page, pages: list.pageCount };
  const found =
    list.total === 0
      ? `<p role="status">${e(list.q || list.verdict ? t("noMatch") : t("nothingYet"))}</p>`
      : `<p class="list-meta" role="status">${e(list.pageCount > 1 ? t("countPaged", count) : t("count", count))}</p>`;
  const pager =
    list.pageCount > 1
      ? `<nav class="pager" aria-label="${e(t("pages"))}">${
          list.page > 1
            ? `<a href="${e(pageHref(list, list.page - 1))}" rel="prev">${e(t("newer"))}</a>`
            : "<span></span>"
        }${list.page < list.pageCount ? `<a href="${e(pageHref(list, list.page + 1))}" rel="next">${e(t("older"))}</a>` : ""}</nav>`
      : "";
  return publicDocument({
    title: t("listTitle", { organisation: desk.organisationName }),
    words,
    desk,
    origin,
    head: `<link rel="canonical" href="${e(origin)}/fact-checks">`,
    body: `<h1>${e(t("listHeading"))}</h1>
<form method="get" action="/fact-checks" role="search">
<label>${e(t("searchLabel"))}<input type="search" name="q" value="${e(list.q)}" maxlength="200"></label>
<label>${e(t("verdictLabel"))}<select name="verdict"><option value="">${e(t("anyVerdict"))}</option>${options}</select></label>
<button type="submit">${e(t("search"))}</button>
</form>
${found}
<ol class="list">${items}</ol>
${pager}`,
  });
}
