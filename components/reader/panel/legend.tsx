"use client";

import { useState } from "react";
import { CLAIM_STATUSES, statusLabel } from "@/lib/claim-status";
import { statusLegendId, verdictLegendId } from "@/lib/highlight-style";
import { VERDICTS, verdictLabel } from "@/lib/verdicts";

/**
 * The key to the highlight colours, behind a "Key" button so the panel opens on the claims.
 * Each entry's id is referenced by the claim marks' aria-describedby, so the same words
 * describe a highlight to a screen reader whether the key is open or not.
 */
export function Legend({ showSuggestions = false }: { showSuggestions?: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <section aria-label="Highlight key" className="legend">
      <button
        type="button"
        className="link-button legend-toggle"
        aria-expanded={open}
        aria-controls="legend-entries"
        onClick={() => setOpen(!open)}
      >
        Key
      </button>
      <div id="legend-entries" hidden={!open}>
        <h2 id="legend-heading">Highlight key</h2>
        <ul>
          {CLAIM_STATUSES.map((status) => (
            <li key={status}>
              <span className={`swatch claim-status-${status}`} aria-hidden="true" />
              <span id={statusLegendId(status)}>Status: {statusLabel(status)}</span>
            </li>
          ))}
          {VERDICTS.map((verdict) => (
            <li key={verdict}>
              <span className={`swatch claim-verdict-${verdict}`} aria-hidden="true" />
              <span id={verdictLegendId(verdict)}>Final verdict: {verdictLabel(verdict)}</span>
            </li>
          ))}
          {showSuggestions && (
            <li>
              <span className="swatch suggestion-swatch" aria-hidden="true" />
              <span id="suggestion-legend">
                Suggested claim: worth checking, not flagged (wavy underline; Enter shows why)
              </span>
            </li>
          )}
        </ul>
      </div>
    </section>
  );
}
