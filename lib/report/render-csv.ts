import { stringify } from "csv-stringify/sync";
import { verdictLabel } from "../verdicts";
import type { Report } from "./report-model";

/** The CSV columns, in order (documented in the README). */
export const CSV_COLUMNS = [
  "claim_id",
  "permalink",
  "quote",
  "context_before",
  "context_after",
  "status",
  "final_verdict",
  "final_summary",
  "reviewer",
  "reviewed_at",
  "proposed_verdicts",
  "notes",
  "sources",
  "flagged_by",
  "flagged_at",
] as const;

/**
 * One row per claim, RFC 4180 quoting by csv-stringify. Cells that a spreadsheet would run
 * as a formula (starting with = + - @, tab or carriage return) are escaped by the library's
 * escape_formulas option. Multi-valued cells (sources, proposals) are joined by " | ".
 */
export function renderCsv(report: Report): string {
  const rows = report.claims.map((c) => [
    c.id,
    c.permalink,
    c.exact,
    c.prefix,
    c.suffix,
    c.status,
    c.finalVerdict ? verdictLabel(c.finalVerdict) : "",
    c.finalSummary ?? "",
    c.reviewerName ?? "",
    c.reviewedAt ?? "",
    c.proposedVerdicts.map((p) => `${verdictLabel(p.verdict)}: ${p.count}`).join(" | "),
    String(c.notes.length),
    c.sources.map((s) => s.url).join(" | "),
    c.flaggedBy,
    c.flaggedAt,
  ]);
  return stringify([[...CSV_COLUMNS], ...rows], { escape_formulas: true, record_delimiter: "windows", bom: true });
}
