"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { SuggestionsView } from "../suggestions/use-suggestions";
import { UndoDismissal } from "../suggestions/undo-dismissal";
import { useReader } from "../state/reader-context";
import { ClaimList } from "./claim-list";
import { ClaimStepper } from "./claim-stepper";
import { OpenClaim } from "./open-claim";

interface Props {
  /** The highlight key, kept in view at the top of the panel while reading. */
  legend: React.ReactNode;
  /** Suggested claims, when the Suggestions toggle is on (null when off). */
  suggestions: SuggestionsView | null;
  onOpenSuggestion: (id: string) => void;
  /** The reader's latest message when it is not about a selection ("Claim flagged"): shown where the person looks. */
  message: React.ReactNode;
}

/** The side panel: the document's claims in text order, or one claim with its notes. */
export function ClaimPanel({ legend, suggestions, onOpenSuggestion, message }: Props) {
  const t = useTranslations("ClaimPanel");
  const { state } = useReader();
  const { activeId } = state;
  const anchoredClaims = state.claims.filter((c) => c.anchorState !== "orphaned");
  // Opening a claim from its highlight brings the panel's top (the claim) into view.
  const panelRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!activeId || !panelRef.current) return;
    panelRef.current.scrollTop = 0;
    const box = panelRef.current.getBoundingClientRect();
    if (box.top < 0 || box.top > window.innerHeight) panelRef.current.scrollIntoView({ block: "start" });
  }, [activeId]);
  return (
    <aside className="claim-panel" aria-label={t("label")} ref={panelRef}>
      {legend}
      <p role="status" aria-live="polite" className="panel-message">
        {message}
        {suggestions && <UndoDismissal view={suggestions} />}
      </p>
      <ClaimStepper anchoredClaims={anchoredClaims} />
      {activeId ? (
        // Keyed by the claim: another claim's forms never carry over what was typed for this one.
        <OpenClaim key={activeId} activeId={activeId} />
      ) : (
        <ClaimList anchoredClaims={anchoredClaims} suggestions={suggestions} onOpenSuggestion={onOpenSuggestion} />
      )}
    </aside>
  );
}
