import { getReport } from "@/lib/data/report";
import { ANNO_MEDIA_TYPE, annotationContainer, annotationPage } from "@/lib/report/annotation-container";
import { jsonLdResponse } from "@/server/json-ld-response";
import { fail } from "@/lib/result";
import { reportContext } from "@/server/report-context";
import { readRoute } from "@/server/route";

const CONTAINER_LINKS = [
  '<http://www.w3.org/ns/ldp#BasicContainer>; rel="type"',
  '<http://www.w3.org/TR/annotation-protocol/>; rel="http://www.w3.org/ns/ldp#constrainedBy"',
];

/**
 * GET /api/documents/[slug]/annotations: the document's claims as a read-only W3C Web
 * Annotation Protocol container; ?page=N is one AnnotationPage of it.
 */
export const GET = readRoute<{ slug: string }>(async ({ db, params, request }) => {
  const { slug } = params;
  const url = new URL(request.url);
  const pageParam = url.searchParams.get("page");
  const page = pageParam === null ? null : Number(pageParam);
  if (pageParam !== null && (!/^\d+$/.test(pageParam) || !Number.isSafeInteger(page))) {
    return fail(400, `"page" must be a whole number from 0; got "${pageParam}".`);
  }
  const ctx = reportContext(request.headers);
  const report = await getReport(db, slug, { reviewedOnly: false, includeNotes: true, verdicts: [] }, ctx);
  if (!report) return fail(404, `No document "${slug}".`);
  const containerUrl = `${ctx.baseUrl}/api/documents/${slug}/annotations`;
  if (page === null) return jsonLdResponse(request, annotationContainer(report, containerUrl), ANNO_MEDIA_TYPE, CONTAINER_LINKS);
  const body = annotationPage(report, containerUrl, page);
  if (!body) return fail(404, `There is no page ${page} of this container.`);
  return jsonLdResponse(request, body, ANNO_MEDIA_TYPE, ['<http://www.w3.org/ns/ldp#Resource>; rel="type"']);
});
