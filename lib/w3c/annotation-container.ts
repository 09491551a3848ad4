import type { Report } from "../report/report-model";
import { ANNO_CONTEXT, claimAnnotation } from "./render-w3c";

/** Annotations per AnnotationPage in the protocol container. */
export const PAGE_SIZE = 100;

/** The media type the W3C Web Annotation Protocol serves. */
export const ANNO_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

const pageUrl = (containerUrl: string, page: number) => `${containerUrl}?page=${page}`;

/**
 * The container description (W3C Web Annotation Protocol §5.2): an LDP BasicContainer that
 * is also an AnnotationCollection, pointing at its first and last pages.
 */
export function annotationContainer(report: Report, containerUrl: string): Record<string, unknown> {
  const pages = Math.max(1, Math.ceil(report.claims.length / PAGE_SIZE));
  return {
    "@context": [ANNO_CONTEXT, "http://www.w3.org/ns/ldp.jsonld"],
    id: containerUrl,
    type: ["BasicContainer", "AnnotationCollection"],
    label: `Claimmark fact-checks of "${report.document.title}"`,
    total: report.claims.length,
    first: pageUrl(containerUrl, 0),
    last: pageUrl(containerUrl, pages - 1),
  };
}

/** One AnnotationPage of the container (§5.3), or null past the last page. */
export function annotationPage(report: Report, containerUrl: string, page: number): Record<string, unknown> | null {
  const pages = Math.max(1, Math.ceil(report.claims.length / PAGE_SIZE));
  if (!Number.isInteger(page) || page < 0 || page >= pages) return null;
  const items = report.claims.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).map((c) => claimAnnotation(report, c));
  return {
    "@context": ANNO_CONTEXT,
    id: pageUrl(containerUrl, page),
    type: "AnnotationPage",
    partOf: { id: containerUrl, total: report.claims.length },
    startIndex: page * PAGE_SIZE,
    ...(page > 0 ? { prev: pageUrl(containerUrl, page - 1) } : {}),
    ...(page < pages - 1 ? { next: pageUrl(containerUrl, page + 1) } : {}),
    items,
  };
}
