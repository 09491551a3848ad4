import { escapeHtml as e } from "../report/escape";
import { VERDICTS, verdictLabel, type Verdict } from "../verdicts";
import type { DeskSettings } from "./desk-settings";
import { publicDate } from "./public-dates";
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

/** /fact-checks: every public fact-check, newest first, with a search box, a verdict filter and pages (no script). */
export function renderPublicList(list: PublicListPage, desk: DeskSettings, origin: string): string {
  const options = VERDICTS.map(
    (v) => `<option value="${v}"${list.verdict === v ? " selected" : ""}>${e(verdictLabel(v))}</option>`,
  ).join("");
  const items = list.items
    .map(
      (f) => `<li><p class="list-meta">${verdictChip(f)} ${e(publicDate(f.firstPublishedAt))}</p>
<h2><a href="/fact-checks/${encodeURIComponent(f.slug)}">${e(f.headline)}</a></h2>
<p dir="auto">“${e(f.quote)}”</p></li>`,
    )
    .join("\n");
  const found =
    list.total === 0
      ? `<p role="status">${list.q || list.verdict ? "No published fact-check matches this search." : "Nothing published yet."}</p>`
      : `<p class="list-meta" role="status">${list.total.toLocaleString("en")} fact-check${list.total === 1 ? "" : "s"}${
          list.pageCount > 1 ? `, page ${list.page} of ${list.pageCount}` : ""
        }</p>`;
  const pager =
    list.pageCount > 1
      ? `<nav class="pager" aria-label="Pages">${
          list.page > 1 ? `<a href="${e(pageHref(list, list.page - 1))}" rel="prev">Newer</a>` : "<span></span>"
        }${list.page < list.pageCount ? `<a href="${e(pageHref(list, list.page + 1))}" rel="next">Older</a>` : ""}</nav>`
      : "";
  return publicDocument({
    title: `Fact-checks · ${desk.organisationName}`,
    lang: "en",
    desk,
    origin,
    head: `<link rel="canonical" href="${e(origin)}/fact-checks">`,
    body: `<h1>Fact-checks</h1>
<form method="get" action="/fact-checks" role="search">
<label>Search fact-checks<input type="search" name="q" value="${e(list.q)}" maxlength="200"></label>
<label>Verdict<select name="verdict"><option value="">Any verdict</option>${options}</select></label>
<button type="submit">Search</button>
</form>
${found}
<ol class="list">${items}</ol>
${pager}`,
  });
}
