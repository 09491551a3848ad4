"use client";

import { useState } from "react";
import type { ClaimSummary } from "@/lib/data/documents/documents";
import { statusLabel } from "@/lib/claim-status";
import { filterClaimList, isClaimListFilter, type ClaimListFilter } from "@/lib/claim-list-filter";
import { highlightStyle } from "@/lib/highlight-style";
import { canReview } from "@/lib/roles";
import { VERDICTS, verdictLabel } from "@/lib/verdicts";
import { useReader } from "../state/reader-context";
import { SuggestedClaimsList } from "../suggestions/suggested-claims-list";
import type { SuggestionsView } from "../suggestions/use-suggestions";
import { SOURCE_CHANGED_LABEL } from "@/lib/capture/changed-since-verdict";
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
          {claim.finalVerdict ? ` · ${verdictLabel(claim.finalVerdict)}` : ""} · {claim.noteCount}{" "}
          {claim.noteCount === 1 ? "note" : "notes"}
          {claim.anchorState === "fuzzy" ? " · wording changed: check the verdict still fits" : ""}
          {claim.sourceChanged && (
            <>
              {" · "}
              <strong className="source-changed">{SOURCE_CHANGED_LABEL}</strong>
            </>
          )}
        </span>
      </button>
    </li>
  );
  return (
    <>
      <h2>Claims in this document ({anchoredClaims.length})</h2>
      {state.claims.length === 0 ? (
        <p>No claims yet. Select a sentence in the document and choose “Flag claim” (or press Shift+F).</p>
      ) : (
        <>
          <div className="claim-list-filters" role="search" aria-label="Filter claims">
            <label htmlFor="claim-filter">Show</label>
            <select
              id="claim-filter"
              value={filter}
              onChange={(e) => isClaimListFilter(e.target.value) && setFilter(e.target.value)}
            >
              <option value="all">All</option>
              <option value="mine">Mine</option>
              <option value="needs-note">Needs a note</option>
              <option value="in-review">In review</option>
              <option value="reviewed">Reviewed</option>
              {VERDICTS.map((v) => (
                <option key={v} value={`verdict:${v}`}>
                  Verdict: {verdictLabel(v)}
                </option>
              ))}
            </select>
            <label htmlFor="claim-search">Search claims</label>
            <input
              id="claim-search"
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              placeholder="Words in the quote"
            />
          </div>
          {listed.length === 0 ? (
            <p className="hint">
              No claim matches.{" "}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setFilter("all");
                  setSearch("");
                }}
              >
                Clear filters
              </button>
            </p>
          ) : (
            <ol
              className="claim-list"
              aria-label={
                listed.length === anchoredClaims.length
                  ? "Claims"
                  : `Claims shown: ${listed.length} of ${anchoredClaims.length}`
              }
            >
              {listed.slice(0, shown).map(item)}
            </ol>
          )}
        </>
      )}
      {orphans.length > 0 && (
        <section aria-labelledby="orphans-heading" className="orphans">
          <h3 id="orphans-heading">Orphaned claims ({orphans.length})</h3>
          <p className="hint">
            Their words are not in this revision. Notes and verdicts stay with them
            {viewer && canReview(viewer.role) ? "; open one, select its new text and choose “Re-attach here”" : ""}.
          </p>
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
          Show more claims ({listed.length - shown} more)
        </button>
      )}
    </>
  );
}
