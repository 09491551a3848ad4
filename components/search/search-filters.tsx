import { CLAIM_STATUSES, statusLabel } from "@/lib/claim-status";
import { SEARCH_TYPES } from "@/lib/validation/search";
import { VERDICTS, verdictLabel } from "@/lib/verdicts";
import { SEARCH_TYPE_LABELS } from "./search-type-labels";

/** The search page's form: the words, then what narrows them. A plain GET form, so a search is a link. */
export function SearchFilters({
  params,
  workspaces,
}: {
  params: URLSearchParams;
  workspaces: { slug: string; name: string }[];
}) {
  const value = (name: string) => params.get(name) ?? "";
  return (
    <form method="get" action="/search" role="search" className="search-form">
      <div className="search-words">
        <label htmlFor="search-q">Search everything</label>
        <input id="search-q" name="q" type="search" defaultValue={value("q")} maxLength={200} />
        <button type="submit">Search</button>
      </div>
      <div className="filters">
        <div>
          <label htmlFor="search-type">Type</label>
          <select id="search-type" name="type" defaultValue={value("type")}>
            <option value="">Everything</option>
            {SEARCH_TYPES.map((t) => (
              <option key={t} value={t}>
                {SEARCH_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="search-workspace">Workspace</label>
          <select id="search-workspace" name="workspace" defaultValue={value("workspace")}>
            <option value="">Any</option>
            {workspaces.map((w) => (
              <option key={w.slug} value={w.slug}>
                {w.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="search-verdict">Verdict</label>
          <select id="search-verdict" name="verdict" defaultValue={value("verdict")}>
            <option value="">Any</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {verdictLabel(v)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="search-status">Status</label>
          <select id="search-status" name="status" defaultValue={value("status")}>
            <option value="">Any</option>
            {CLAIM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="search-from">From</label>
          <input id="search-from" name="from" type="date" defaultValue={value("from")} />
        </div>
        <div>
          <label htmlFor="search-to">To</label>
          <input id="search-to" name="to" type="date" defaultValue={value("to")} />
        </div>
      </div>
    </form>
  );
}
