import { VERDICTS, verdictLabel, type Verdict } from "../verdicts";
import type { ReportClaim } from "./report-model";

export interface SummaryRow {
  key: Verdict | "NOT_REVIEWED";
  label: string;
  count: number;
}

/** Counts claims by final verdict, in scale order, plus those not yet reviewed. */
export function summarise(claims: readonly ReportClaim[]): SummaryRow[] {
  const rows: SummaryRow[] = VERDICTS.map((v) => ({ key: v, label: verdictLabel(v), count: 0 }));
  let notReviewed = 0;
  for (const claim of claims) {
    const row = claim.finalVerdict ? rows.find((r) => r.key === claim.finalVerdict) : undefined;
    if (row) row.count += 1;
    else notReviewed += 1;
  }
  return [...rows, { key: "NOT_REVIEWED", label: "Not yet reviewed", count: notReviewed }];
}

/** "True ×2, False ×1": the proposals of an unreviewed claim in words. */
export function describeProposals(proposals: ReportClaim["proposedVerdicts"]): string {
  if (proposals.length === 0) return "no notes yet";
  return proposals.map((p) => `${verdictLabel(p.verdict)} ×${p.count}`).join(", ");
}
