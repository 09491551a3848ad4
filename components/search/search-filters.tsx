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
        <FilterSelect
          name="type"
          label="Type"
          any="Everything"
          value={value("type")}
          options={SEARCH_TYPES.map((t) => [t, SEARCH_TYPE_LABELS[t]])}
        />
        <FilterSelect
          name="workspace"
          label="Workspace"
          value={value("workspace")}
          options={workspaces.map((w) => [w.slug, w.name])}
        />
        <FilterSelect
          name="verdict"
          label="Verdict"
          value={value("verdict")}
          options={VERDICTS.map((v) => [v, verdictLabel(v)])}
        />
        <FilterSelect
          name="status"
          label="Status"
          value={value("status")}
          options={CLAIM_STATUSES.map((st) => [st, statusLabel(st)])}
        />
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

/** One labelled filter: "Any" (or `any`) for no filter, then its options as [value, label]. */
function FilterSelect({
  name,
  label,
  value,
  options,
  any = "Any",
}: {
  name: string;
  label: string;
  value: string;
  options: [string, string][];
  any?: string;
}) {
  return (
    <div>
      <label htmlFor={`search-${name}`}>{label}</label>
      <select id={`search-${name}`} name={name} defaultValue={value}>
        <option value="">{any}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}
