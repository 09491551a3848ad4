"use client";

import type { Suggestion } from "@/lib/data/suggestions/sentence-scores";
import { BAND_LABELS } from "@/lib/checkworthiness/cue-weights";

/** The panel's "Suggested claims": best first, each a button that shows the sentence and its popover. */
export function SuggestedClaimsList({
  suggestions,
  onOpen,
}: {
  suggestions: Suggestion[];
  onOpen: (id: string) => void;
}) {
  return (
    <section aria-labelledby="suggested-heading" className="suggested-claims">
      <h3 id="suggested-heading">Suggested claims ({suggestions.length})</h3>
      {suggestions.length === 0 ? (
        <p className="hint">No sentence here looks worth checking that is not flagged or dismissed already.</p>
      ) : (
        <ol className="claim-list">
          {suggestions.map((s) => (
            <li key={s.id}>
              <button type="button" className="claim-list-item suggestion-list-item" onClick={() => onOpen(s.id)}>
                <span className="claim-list-quote">“{s.text.length > 140 ? `${s.text.slice(0, 140)}…` : s.text}”</span>
                <span className="claim-list-meta">
                  {BAND_LABELS[s.band]} ({Math.round(s.score * 100)}) · {s.reasons.slice(0, 3).join(", ")}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
