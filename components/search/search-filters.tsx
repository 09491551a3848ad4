import { useTranslations } from "next-intl";
import { CLAIM_STATUSES } from "@/lib/claim-status";
import { SEARCH_TYPES } from "@/lib/validation/search";
import { VERDICTS } from "@/lib/verdicts";

/** The search page's form: the words, then what narrows them. A plain GET form, so a search is a link. */
export function SearchFilters({
  params,
  workspaces,
}: {
  params: URLSearchParams;
  workspaces: { slug: string; name: string }[];
}) {
  const t = useTranslations("Search");
  const statusLabel = useTranslations("Statuses");
  const verdictLabel = useTranslations("Verdicts");
  const value = (name: string) => params.get(name) ?? "";
  return (
    <form method="get" action="/search" role="search" className="search-form">
      <div className="search-words">
        <label htmlFor="search-q">{t("everything")}</label>
        <input id="search-q" name="q" type="search" defaultValue={value("q")} maxLength={200} />
        <button type="submit">{t("search")}</button>
      </div>
      <div className="filters">
        <FilterSelect
          name="type"
          label={t("type")}
          any={t("anyType")}
          anyWord={t("any")}
          value={value("type")}
          options={SEARCH_TYPES.map((type) => [type, t(`types.${type}`)])}
        />
        <FilterSelect
          name="workspace"
          label={t("workspace")}
          anyWord={t("any")}
          value={value("workspace")}
          options={workspaces.map((w) => [w.slug, w.name])}
        />
        <FilterSelect
          name="verdict"
          label={t("verdict")}
          anyWord={t("any")}
          value={value("verdict")}
          options={VERDICTS.map((v) => [v, verdictLabel(v)])}
        />
        <FilterSelect
          name="status"
          label={t("status")}
          anyWord={t("any")}
          value={value("status")}
          options={CLAIM_STATUSES.map((st) => [st, statusLabel(st)])}
        />
        <div>
          <label htmlFor="search-from">{t("from")}</label>
          <input id="search-from" name="from" type="date" defaultValue={value("from")} />
        </div>
        <div>
          <label htmlFor="search-to">{t("to")}</label>
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
  anyWord,
  any = anyWord,
}: {
  name: string;
  label: string;
  value: string;
  options: [string, string][];
  /** The interface's word for no filter ("Any"). */
  anyWord: string;
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
