"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ClaimSummary } from "@/lib/data/documents/documents";
import { filterClaimList, isClaimListFilter, type ClaimListFilter } from "@/lib/claim-list-filter";
import { highlightStyle } from "@/lib/highlight-style";
import { canReview } from "@/lib/roles";
import { VERDICTS } from "@/lib/verdicts";
import { useReader } from "../state/reader-context";
import { SuggestedClaimsList } from "../suggestions/suggested-claims-list";
import type { SuggestionsView } from "../suggestions/use-suggestions";
import { truncate } from "@/lib/text/truncate";

/** Claims listed at first; long documents show more on request rather than thousands of buttons at once. */
const LIST_PAGE = 100;

interface Props {
  anchoredClaims: ClaimSummary[];
  /** Suggested claims, when the Suggestions toggle is on (null when off). */
  suggestions: SuggestionsView | null;
  onOpenSuggestion: (id: string) => void;
}

/** The document's claims in text order, with filters and a search; orphans apart; suggestions below. */
export function ClaimList({ anchoredClaims, suggestions, onOpenSuggestion }: Props) {
  const t = useTranslations("ClaimList");
  const verdictLabel = useTranslations("Verdicts");
  const statusLabel = useTranslations("Statuses");
  const { state, viewer, openFromPanel } = useReader();
  const [filter, setFilter] = useState<ClaimListFilter>("all");
  const [search, setSearch] = useState("");
  const [shown, setShown] = useState(LIST_PAGE);
  const listed = filterClaimList(anchoredClaims, filter, search, viewer?.id ?? null);
  const orphans = state.claims.filter((c) => c.anchorState === "orphaned");
  const item = (claim: ClaimSummary) => (
    <li key={claim.id}>
      <button type="button" className="claim-list-item" onClick={() => openFromPanel(claim.id)}>
        {/* The same colour and pattern as the claim's highlight in the text. */}
        <span className={`swatch ${highlightStyle(claim.status, claim.finalVerdict).className}`} aria-hidden="true" />
        <span className="claim-list-quote">“{truncate(claim.exact, 140)}”</span>
        <span className="claim-list-meta">
          {statusLabel(claim.status)}
          {claim.finalVerdict ? ` · ${verdictLabel(claim.finalVerdict)}` : ""} ·{" "}
          {t("notes", { count: claim.noteCount })}
          {claim.anchorState === "fuzzy" ? ` · ${t("wordingChanged")}` : ""}
          {claim.sourceChanged && (
            <>
              {" · "}
              <strong className="source-changed">{t("sourceChanged")}</strong>
            </>
          )}
        </span>
      </button>
    </li>
  );
  return (
    <>
      <h2>{t("heading", { count: anchoredClaims.length })}</h2>
      {state.claims.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <div className="claim-list-filters" role="search" aria-label={t("filterLabel")}>
            <label htmlFor="claim-filter">{t("show")}</label>
            <select
              id="claim-filter"
              value={filter}
              onChange={(e) => isClaimListFilter(e.target.value) && setFilter(e.target.value)}
            >
              <option value="all">{t("filters.all")}</option>
              <option value="mine">{t("filters.mine")}</option>
              <option value="needs-note">{t("filters.needsNote")}</option>
              <option value="in-review">{t("filters.inReview")}</option>
              <option value="reviewed">{t("filters.reviewed")}</option>
              {VERDICTS.map((v) => (
                <option key={v} value={`verdict:${v}`}>
                  {t("filters.verdict", { verdict: verdictLabel(v) })}
                </option>
              ))}
            </select>
            <label htmlFor="claim-search">{t("searchLabel")}</label>
            <input
              id="claim-search"
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              placeholder={t("searchPlaceholder")}
            />
          </div>
          {listed.length === 0 ? (
            <p className="hint">
              {t("noMatch")}{" "}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setFilter("all");
                  setSearch("");
                }}
              >
                {t("clearFilters")}
              </button>
            </p>
          ) : (
            <ol
              className="claim-list"
              aria-label={
                listed.length === anchoredClaims.length
                  ? t("listLabel")
                  : t("listLabelFiltered", { shown: listed.length, total: anchoredClaims.length })
              }
            >
              {listed.slice(0, shown).map(item)}
            </ol>
          )}
        </>
      )}
      {orphans.length > 0 && (
        <section aria-labelledby="orphans-heading" className="orphans">
          <h3 id="orphans-heading">{t("orphansHeading", { count: orphans.length })}</h3>
          <p className="hint">{viewer && canReview(viewer.role) ? t("orphansHintReviewer") : t("orphansHint")}</p>
          <ul className="claim-list">{orphans.map(item)}</ul>
        </section>
      )}
      {suggestions && (
        <SuggestedClaimsList
          view={suggestions}
          onOpen={onOpenSuggestion}
          canRestore={viewer !== null && canReview(viewer.role)}
        />
      )}
      {listed.length > shown && (
        <button type="button" className="secondary" onClick={() => setShown((n) => n + LIST_PAGE * 5)}>
          {t("showMore", { count: listed.length - shown })}
        </button>
      )}
    </>
  );
}
