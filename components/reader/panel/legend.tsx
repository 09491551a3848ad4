"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { CLAIM_STATUSES } from "@/lib/claim-status";
import { statusLegendId, verdictLegendId } from "@/lib/highlight-style";
import { VERDICTS } from "@/lib/verdicts";

/**
 * The key to the highlight colours, behind a "Key" button so the panel opens on the claims.
 * Each entry's id is referenced by the claim marks' aria-describedby, so the same words
 * describe a highlight to a screen reader whether the key is open or not.
 */
export function Legend({ showSuggestions = false }: { showSuggestions?: boolean }) {
  const t = useTranslations("Legend");
  const statusLabel = useTranslations("Statuses");
  const verdictLabel = useTranslations("Verdicts");
  const [open, setOpen] = useState(false);
  return (
    <section aria-label={t("heading")} className="legend">
      <button
        type="button"
        className="link-button legend-toggle"
        aria-expanded={open}
        aria-controls="legend-entries"
        onClick={() => setOpen(!open)}
      >
        {t("toggle")}
      </button>
      <div id="legend-entries" hidden={!open}>
        <h2 id="legend-heading">{t("heading")}</h2>
        <ul>
          {CLAIM_STATUSES.map((status) => (
            <li key={status}>
              <span className={`swatch claim-status-${status}`} aria-hidden="true" />
              <span id={statusLegendId(status)}>{t("status", { status: statusLabel(status) })}</span>
            </li>
          ))}
          {VERDICTS.map((verdict) => (
            <li key={verdict}>
              <span className={`swatch claim-verdict-${verdict}`} aria-hidden="true" />
              <span id={verdictLegendId(verdict)}>{t("verdict", { verdict: verdictLabel(verdict) })}</span>
            </li>
          ))}
          {showSuggestions && (
            <li>
              <span className="swatch suggestion-swatch" aria-hidden="true" />
              <span id="suggestion-legend">{t("suggestion")}</span>
            </li>
          )}
        </ul>
      </div>
    </section>
  );
}
