import { useTranslations } from "next-intl";
import type { ClaimStatus } from "@/lib/claim-status";
import { verdictColours, type Verdict } from "@/lib/verdicts";

/**
 * A verdict as a chip: its colour and its label together, the same in the queue, the home page,
 * the inbox, the statistics, similar fact-checks and the report, so colour is never the only cue.
 */
export function VerdictChip({ verdict, label }: { verdict: Verdict; label?: string }) {
  // `label`: another desk's own words for a rating (an imported fact-check's "Pants on Fire"),
  // shown in the colour of the nearest verdict.
  const verdictLabel = useTranslations("Verdicts");
  const { fill, edge } = verdictColours(verdict);
  return (
    <span className="chip verdict-chip" style={{ background: fill, borderColor: edge }}>
      {label ?? verdictLabel(verdict)}
    </span>
  );
}

/** A claim's review status as a quiet chip (outlined, so it never reads as a verdict). */
export function StatusChip({ status }: { status: ClaimStatus }) {
  const statusLabel = useTranslations("Statuses");
  return <span className={`chip status-chip chip-status-${status}`}>{statusLabel(status)}</span>;
}
