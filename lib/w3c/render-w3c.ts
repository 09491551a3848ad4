import { verdictLabel } from "../verdicts";
import type { Report, ReportClaim } from "../report/report-model";

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/**
 * A W3C Web Annotation of one claim (https://www.w3.org/TR/annotation-model/). Each carries
 * its own @context even inside a collection, so every annotation stands alone (the W3C
 * test suite checks each one that way).
 */
export function claimAnnotation(
  report: {
    document: Pick<Report["document"], "url" | "revisionUrl">;
    options: Pick<Report["options"], "includeNotes">;
  },
  claim: ReportClaim,
): Record<string, unknown> {
  const body: Record<string, unknown>[] = [];
  if (claim.finalVerdict) {
    body.push({
      type: "TextualBody",
      purpose: "assessing",
      value: verdictLabel(claim.finalVerdict),
      format: "text/plain",
      language: "en",
    });
    if (claim.finalSummary)
      body.push({ type: "TextualBody", purpose: "commenting", value: claim.finalSummary, format: "text/markdown" });
  }
  if (report.options.includeNotes || !claim.finalVerdict) {
    for (const note of claim.notes) {
      body.push({
        type: "TextualBody",
        purpose: "commenting",
        value: `${verdictLabel(note.verdict)}: ${note.rationale}`,
        format: "text/markdown",
        creator: { type: "Person", name: note.authorName },
        created: note.createdAt,
      });
    }
  }
  body.push({ type: "TextualBody", purpose: "tagging", value: `status:${claim.status.toLowerCase()}` });
  if (!claim.finalVerdict) body.push({ type: "TextualBody", purpose: "tagging", value: "not-yet-reviewed" });
  for (const source of claim.sources) body.push({ type: "SpecificResource", purpose: "linking", source: source.url });
  return {
    "@context": ANNO_CONTEXT,
    id: claim.annotationUrl,
    type: "Annotation",
    motivation: "assessing",
    created: claim.flaggedAt,
    modified: claim.updatedAt,
    creator: { type: "Person", name: claim.flaggedBy },
    via: claim.permalink,
    body,
    target: {
      // The revision the selectors point into; its path is still /documents/[slug].
      source: report.document.revisionUrl ?? report.document.url,
      selector: [
        { type: "TextQuoteSelector", exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix },
        { type: "TextPositionSelector", start: claim.start, end: claim.end },
      ],
    },
  };
}

/** Every claim of the report as one W3C AnnotationCollection with its single embedded page. */
export function renderW3cCollection(report: Report, collectionId: string): Record<string, unknown> {
  return {
    "@context": ANNO_CONTEXT,
    id: collectionId,
    type: "AnnotationCollection",
    label: `Claimmark fact-checks of "${report.document.title}"`,
    total: report.claims.length,
    first: {
      id: `${collectionId}#page1`,
      type: "AnnotationPage",
      startIndex: 0,
      items: report.claims.map((claim) => claimAnnotation(report, claim)),
    },
  };
}
