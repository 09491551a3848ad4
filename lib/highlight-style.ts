import type { ClaimStatus } from "./claim-status";
import type { Verdict } from "./verdicts";

/** Id of the legend entry describing a status; claim marks point at it with aria-describedby. */
export const statusLegendId = (status: ClaimStatus): string => `legend-status-${status}`;
export const verdictLegendId = (verdict: Verdict): string => `legend-verdict-${verdict}`;

/**
 * How a claim's highlight looks and what it says to assistive technology. The colour
 * follows the final verdict when there is one, else the status; the description always
 * names both in words, so colour is never the only signal.
 */
export function highlightStyle(
  status: ClaimStatus,
  finalVerdict: Verdict | null,
): { className: string; describedBy: string } {
  const className = finalVerdict ? `claim-verdict-${finalVerdict}` : `claim-status-${status}`;
  const describedBy = [statusLegendId(status), ...(finalVerdict ? [verdictLegendId(finalVerdict)] : [])].join(" ");
  return { className, describedBy };
}
