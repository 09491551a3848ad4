import type { FlaggedAnnotation } from "../data/annotations/annotations";
import { claimAddresses, documentAddresses } from "../report/report-addresses";
import { claimAnnotation } from "./render-w3c";

/**
 * A claim an annotation POST has just flagged, without notes, as GET /api/annotations/[id]
 * would read it back through the report model: built from what was written, so the answer
 * costs no read. The annotations tests hold the two equal.
 */
export function flaggedAnnotation(
  baseUrl: string,
  slug: string,
  claimId: string,
  flaggedBy: string,
  written: FlaggedAnnotation,
): Record<string, unknown> {
  const at = written.flaggedAt.toISOString();
  return claimAnnotation(
    { document: documentAddresses(baseUrl, slug, written.revision), options: { includeNotes: true } },
    {
      id: claimId,
      ...claimAddresses(baseUrl, slug, claimId),
      exact: written.exact,
      prefix: written.prefix,
      suffix: written.suffix,
      start: written.start,
      end: written.end,
      status: "FLAGGED",
      flaggedBy,
      flaggedAt: at,
      updatedAt: at,
      finalVerdict: null,
      finalSummary: null,
      reviewerName: null,
      reviewedAt: null,
      proposedVerdicts: [],
      notes: [],
      sources: [],
      sourceChanged: false,
      sameClaimAs: [],
    },
  );
}
