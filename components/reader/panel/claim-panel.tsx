"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ClaimDetail } from "@/lib/data/claims/claim-detail";
import type { ClaimSummary } from "@/lib/data/documents/documents";
import { statusLabel } from "@/lib/claim-status";
import { verdictLabel } from "@/lib/verdicts";
import { canReview } from "@/lib/roles";
import { AnchorNotice } from "./anchor-notice";
import { callApi } from "../../api-client";
import { ClaimDetailView } from "./claim-detail-view";
import { ClaimSummaryView } from "./claim-summary-view";
import type { ReviewerOption } from "./review/assign-select";
import type { Viewer } from "../viewer";
import type { Suggestion } from "@/lib/data/suggestions/sentence-scores";
import { SuggestedClaimsList } from "../suggestions/suggested-claims-list";
import { filterClaimList, isClaimListFilter, type ClaimListFilter } from "@/lib/claim-list-filter";
import { highlightStyle } from "@/lib/highlight-style";
import { VERDICTS } from "@/lib/verdicts";

interface Props {
  claims: ClaimSummary[];
  activeId: string | null;
  viewer: Viewer | null;
  reviewers: ReviewerOption[];
  onOpen: (id: string | null) => void;
  onClaimChanged: (claim: Partial<ClaimSummary> & { id: string }) => void;
  onClaimWithdrawn: (id: string) => void;
  /** The claim the person just flagged, whose note form takes the focus when it opens. */
  justFlaggedId?: string | null;
  /** Changes when the open claim changed elsewhere (e.g. re-attached), so its detail reloads. */
  reloadKey?: number;
  /** Whether the reader shows the current revision (re-attaching happens only there). */
  isCurrentRevision?: boolean;
  /** Who changed the open claim since it was loaded (live), or null. */
  liveNotice?: string | null;
  onReloadClaim?: () => void;
  /** The highlight key, kept in view at the top of the panel while reading. */
  legend?: React.ReactNode;
  /** "Previous claim" (-1) / "Next claim" (+1), in text order. */
  onStep?: (delta: 1 | -1) => void;
  /** Suggested claims, best first, when the Suggestions toggle is on (null when off). */
  suggestions?: Suggestion[] | null;
  onOpenSuggestion?: (id: string) => void;
  /** A note or reply to bring into view when its claim opens (from an inbox link), by element id. */
  focusTarget?: { claimId: string; elementId: string } | null;
  /** The reader's latest message when it is not about a selection ("Claim flagged", "Claim withdrawn"): shown here, where the person is looking. */
  message?: React.ReactNode;
}

/** The side panel: the document's claims in text order, or one claim with its notes. */
/** Claims listed at first; long documents show more on request rather than thousands of buttons at once. */
const LIST_PAGE = 100;

export function ClaimPanel({
  claims,
  activeId,
  viewer,
  reviewers,
  onOpen,
  onClaimChanged,
  onClaimWithdrawn,
  justFlaggedId = null,
  reloadKey = 0,
  isCurrentRevision = true,
  liveNotice = null,
  onReloadClaim,
  suggestions = null,
  onOpenSuggestion,
  onStep,
  legend,
  focusTarget = null,
  message = null,
}: Props) {
  const [detail, setDetail] = useState<ClaimDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(LIST_PAGE);

  const load = useCallback(
    async (id: string) => {
      const result = await callApi<ClaimDetail>(`/api/claims/${id}`, "GET");
      if (!result.ok) return setError(result.message);
      setError(null);
      setDetail(result.data);
      onClaimChanged({
        id,
        status: result.data.status,
        finalVerdict: result.data.finalVerdict,
        noteCount: result.data.notes.length,
      });
    },
    [onClaimChanged],
  );

  useEffect(() => {
    setDetail(null);
    setError(null);
    if (activeId) void load(activeId);
  }, [activeId, load]);

  // The same claim changed (a colleague's note arriving live, a re-attachment): refreshed in
  // place, so the forms below keep whatever is being typed in them.
  const activeRef = useRef(activeId);
  activeRef.current = activeId;
  useEffect(() => {
    if (reloadKey > 0 && activeRef.current) void load(activeRef.current);
  }, [reloadKey, load]);

  // Captures finish in the background: while any source of the open claim is still being
  // captured, the claim is read again every few seconds (in place, forms untouched).
  const capturing = Boolean(
    detail?.notes.some((n) =>
      n.sources.some((s) => s.capture && (s.capture.status === "QUEUED" || s.capture.status === "CAPTURING")),
    ),
  );
  useEffect(() => {
    if (!capturing || !activeRef.current) return;
    const timer = window.setTimeout(() => {
      if (activeRef.current) void load(activeRef.current);
    }, 3000);
    return () => window.clearTimeout(timer);
  }, [capturing, detail, load]);

  const [filter, setFilter] = useState<ClaimListFilter>("all");
  const [search, setSearch] = useState("");
  const summary = activeId ? claims.find((c) => c.id === activeId) : undefined;
  const anchoredClaims = claims.filter((c) => c.anchorState !== "orphaned");
  const listed = filterClaimList(anchoredClaims, filter, search, viewer?.id ?? null);
  const orphans = claims.filter((c) => c.anchorState === "orphaned");
  const item = (claim: ClaimSummary) => (
    <li key={claim.id}>
      <button type="button" className="claim-list-item" onClick={() => onOpen(claim.id)}>
        {/* The same colour and pattern as the claim's highlight in the text. */}
        <span className={`swatch ${highlightStyle(claim.status, claim.finalVerdict).className}`} aria-hidden="true" />
        <span className="claim-list-quote">
          “{claim.exact.length > 140 ? `${claim.exact.slice(0, 140)}…` : claim.exact}”
        </span>
        <span className="claim-list-meta">
          {statusLabel(claim.status)}
          {claim.finalVerdict ? ` · ${verdictLabel(claim.finalVerdict)}` : ""} · {claim.noteCount}{" "}
          {claim.noteCount === 1 ? "note" : "notes"}
          {claim.anchorState === "fuzzy" ? " · wording changed: check the verdict still fits" : ""}
        </span>
      </button>
    </li>
  );
  // Opening a claim from its highlight brings the panel's top (the claim) into view.
  const panelRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!activeId || !panelRef.current) return;
    panelRef.current.scrollTop = 0;
    const box = panelRef.current.getBoundingClientRect();
    if (box.top < 0 || box.top > window.innerHeight) panelRef.current.scrollIntoView({ block: "start" });
  }, [activeId]);
  const stepper = onStep && anchoredClaims.length > 0 && (
    <nav className="claim-stepper" aria-label="Claims in text order">
      <button
        type="button"
        className="secondary"
        onClick={() => onStep(-1)}
        aria-keyshortcuts="k"
        disabled={Boolean(activeId) && anchoredClaims[0]?.id === activeId}
      >
        Previous claim
      </button>{" "}
      <button
        type="button"
        className="secondary"
        onClick={() => onStep(1)}
        aria-keyshortcuts="j"
        disabled={Boolean(activeId) && anchoredClaims[anchoredClaims.length - 1]?.id === activeId}
      >
        Next claim
      </button>
    </nav>
  );
  return (
    <aside className="claim-panel" aria-label="Claims" ref={panelRef}>
      {legend}
      <p role="status" aria-live="polite" className="panel-message">
        {message}
      </p>
      {stepper}
      {activeId ? (
        <>
          <button type="button" className="link-button" onClick={() => onOpen(null)}>
            ← All claims
          </button>
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          {liveNotice && (
            <p role="status" className="live-notice">
              Updated by {liveNotice} just now; what you are typing is kept.{" "}
              <button type="button" className="link-button" onClick={onReloadClaim}>
                Dismiss
              </button>
            </p>
          )}
          {(!detail || detail.id !== activeId) && !error && summary && <ClaimSummaryView claim={summary} />}
          {(!detail || detail.id !== activeId) && !error && !summary && <p aria-busy="true">Loading the claim…</p>}
          {detail && detail.id === activeId && (
            <AnchorNotice claim={detail} canReattach={Boolean(viewer && canReview(viewer.role) && isCurrentRevision)} />
          )}
          {detail && detail.id === activeId && (
            <ClaimDetailView
              claim={detail}
              viewer={viewer}
              reviewers={reviewers}
              onChanged={(claimVersion) => {
                // The person's own write moved the version on: the forms send the new one at
                // once, not only after the reload below arrives.
                if (claimVersion !== undefined)
                  setDetail((d) => (d && d.id === detail.id ? { ...d, version: claimVersion } : d));
                void load(detail.id);
              }}
              onWithdrawn={() => onClaimWithdrawn(detail.id)}
              focusNoteForm={justFlaggedId === detail.id}
              focusElementId={focusTarget?.claimId === detail.id ? focusTarget.elementId : null}
            />
          )}
        </>
      ) : (
        <>
          <h2>Claims in this document ({anchoredClaims.length})</h2>
          {claims.length === 0 ? (
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
          {suggestions && onOpenSuggestion && (
            <SuggestedClaimsList suggestions={suggestions} onOpen={onOpenSuggestion} />
          )}
          {listed.length > shown && (
            <button type="button" className="secondary" onClick={() => setShown((n) => n + LIST_PAGE * 5)}>
              Show more claims ({listed.length - shown} more)
            </button>
          )}
        </>
      )}
    </aside>
  );
}
