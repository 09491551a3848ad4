import { createAnnotation } from "@/lib/data/annotations/annotations";
import { getReport } from "@/lib/data/review/report";
import { ANNO_MEDIA_TYPE, annotationContainer, annotationPage } from "@/lib/w3c/annotation-container";
import { fail } from "@/lib/result";
import { ANNOTATION_ALLOW, ANNOTATION_LINKS, annotationOf } from "@/server/w3c/annotation-resource";
import { flaggedAnnotation } from "@/lib/w3c/flagged-annotation";
import { publicOrigin } from "@/server/request/public-origin";
import { jsonLdResponse } from "@/server/w3c/json-ld-response";
import { reportContext } from "@/server/report-context";
import { apiRoute, readRoute } from "@/server/route";
import { admitToDocument } from "@/lib/data/workspaces/scope";

const CONTAINER_LINKS = [
  '<http://www.w3.org/ns/ldp#BasicContainer>; rel="type"',
  '<http://www.w3.org/TR/annotation-protocol/>; rel="http://www.w3.org/ns/ldp#constrainedBy"',
];
const CONTAINER_ALLOW = "GET, HEAD, OPTIONS, POST";
/** What the container accepts in a POST (W3C Web Annotation Protocol §4.2). */
const ACCEPT_POST =
  'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld", application/ld+json, application/json';

/**
 * GET /api/documents/[slug]/annotations: the document's claims as a W3C Web Annotation
 * Protocol container; ?page=N is one AnnotationPage of it.
 */
export const GET = readRoute<{ slug: string }>(async ({ db, actor, params, request }) => {
  const admitted = await admitToDocument(db, actor, params.slug);
  if (!admitted.ok) return admitted;
  const { slug } = params;
  const url = new URL(request.url);
  const pageParam = url.searchParams.get("page");
  const page = pageParam === null ? null : Number(pageParam);
  if (pageParam !== null && (!/^\d+$/.test(pageParam) || !Number.isSafeInteger(page))) {
    return fail(400, `"page" must be a whole number from 0; got "${pageParam}".`);
  }
  const ctx = await reportContext(request.headers);
  const report = await getReport(db, slug, { reviewedOnly: false, includeNotes: true, verdicts: [] }, ctx);
  if (!report) return fail(404, `No document "${slug}".`);
  const containerUrl = `${ctx.baseUrl}/api/documents/${slug}/annotations`;
  const extra = { headers: { "Accept-Post": ACCEPT_POST } };
  if (page === null)
    return jsonLdResponse(
      request,
      annotationContainer(report, containerUrl),
      ANNO_MEDIA_TYPE,
      CONTAINER_LINKS,
      CONTAINER_ALLOW,
      extra,
    );
  const body = annotationPage(report, containerUrl, page);
  if (!body) return fail(404, `There is no page ${page} of this container.`);
  return jsonLdResponse(
    request,
    body,
    ANNO_MEDIA_TYPE,
    ['<http://www.w3.org/ns/ldp#Resource>; rel="type"'],
    CONTAINER_ALLOW,
    extra,
  );
});

/**
 * POST: a W3C annotation (motivation assessing or highlighting, a text target on this
 * document) becomes a claim, its assessing + commenting + linking bodies a verification note.
 * 201 with Location, ETag and the annotation as stored; 400/422 naming the field otherwise.
 */
export const POST = apiRoute<{ slug: string }>(
  { caller: "user", maxBodyBytes: 1024 * 1024 },
  async ({ db, actor, body, params, request, newId }) => {
    const created = await createAnnotation(db, actor, params.slug, body, newId);
    if (!created.ok) return created;
    const { id, written } = created.data;
    // A bare highlight is answered from what was written; one with a note is read back
    // (its status, mentions and sources are the note's business).
    const annotation =
      written && actor
        ? flaggedAnnotation(publicOrigin(request.headers), params.slug, id, actor.name, written)
        : await annotationOf(db, request, params.slug, id);
    if (!annotation) return fail(404, "The annotation was stored but could not be read back.");
    const location = String(annotation.id);
    return jsonLdResponse(request, annotation, ANNO_MEDIA_TYPE, ANNOTATION_LINKS, ANNOTATION_ALLOW, {
      status: 201,
      headers: { Location: location },
    });
  },
);
