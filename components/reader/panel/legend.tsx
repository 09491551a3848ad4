import { CLAIM_STATUSES, statusLabel } from "@/lib/claim-status";
import { statusLegendId, verdictLegendId } from "@/lib/highlight-style";
import { VERDICTS, verdictLabel } from "@/lib/verdicts";

/**
 * The key to the highlight colours. Each entry's id is referenced by the claim marks'
 * aria-describedby, so the same words describe a highlight to a screen reader.
 */
export function Legend({ showSuggestions = false }: { showSuggestions?: boolean }) {
  return (
    <section aria-labelledby="legend-heading" className="legend">
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
    </section>
  );
}
