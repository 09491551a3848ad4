import { VERDICTS, type Verdict } from "../verdicts";
import { pageWords, type PageWords } from "../i18n/page-words";
import type { ReportClaim } from "./report-model";

export interface SummaryRow {
  key: Verdict | "NOT_REVIEWED";
  label: string;
  count: number;
}

/** Counts claims by final verdict, in scale order, plus those not yet reviewed. */
export function summarise(claims: readonly ReportClaim[], language: PageWords = pageWords()): SummaryRow[] {
  const rows: SummaryRow[] = VERDICTS.map((v) => ({ key: v, label: language.verdict(v), count: 0 }));
  let notReviewed = 0;
  for (const claim of claims) {
    const row = claim.finalVerdict ? rows.find((r) => r.key === claim.finalVerdict) : undefined;
    if (row) row.count += 1;
    else notReviewed += 1;
  }
  return [...rows, { key: "NOT_REVIEWED", label: language.report("notYetReviewed"), count: notReviewed }];
}

/** "True ×2, False ×1": the proposals of an unreviewed claim in words. */
export function describeProposals(
  proposals: ReportClaim["proposedVerdicts"],
  language: PageWords = pageWords(),
): string {
  if (proposals.length === 0) return language.report("noNotesYet");
  const list = proposals.map((p) =>
    language.report("proposal", { verdict: language.verdict(p.verdict), count: p.count }),
  );
  return language.list(list);
}
