import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import { getReport } from "@/lib/data/report";
import { ANNO_MEDIA_TYPE, annotationContainer, annotationPage } from "@/lib/report/annotation-container";
import { jsonLdResponse } from "@/server/json-ld-response";
import { reportContext } from "@/server/report-context";

const CONTAINER_LINKS = [
  '<http://www.w3.org/ns/ldp#BasicContainer>; rel="type"',
  '<http://www.w3.org/TR/annotation-protocol/>; rel="http://www.w3.org/ns/ldp#constrainedBy"',
];

/**
 * GET /api/documents/[slug]/annotations: the document's claims as a read-only W3C Web
 * Annotation Protocol container; ?page=N is one AnnotationPage of it.
 */
export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  const url = new URL(request.url);
  const pageParam = url.searchParams.get("page");
  const page = pageParam === null ? null : Number(pageParam);
  if (pageParam !== null && (!/^\d+$/.test(pageParam) || !Number.isSafeInteger(page))) {
    return NextResponse.json({ message: `"page" must be a whole number from 0; got "${pageParam}".` }, { status: 400 });
  }
  const ctx = reportContext(request.url);
  const report = await getReport(await getDb(), slug, { reviewedOnly: false, includeNotes: true, verdicts: [] }, ctx);
  if (!report) return NextResponse.json({ message: `No document "${slug}".` }, { status: 404 });
  const containerUrl = `${ctx.baseUrl}/api/documents/${slug}/annotations`;
  if (page === null) return jsonLdResponse(request, annotationContainer(report, containerUrl), ANNO_MEDIA_TYPE, CONTAINER_LINKS);
  const body = annotationPage(report, containerUrl, page);
  if (!body) return NextResponse.json({ message: `There is no page ${page} of this container.` }, { status: 404 });
  return jsonLdResponse(request, body, ANNO_MEDIA_TYPE, ['<http://www.w3.org/ns/ldp#Resource>; rel="type"']);
}
