import { getReport } from "@/lib/data/report";
import { ANNO_MEDIA_TYPE } from "@/lib/report/annotation-container";
import { claimAnnotation } from "@/lib/report/render-w3c";
import { notFound } from "@/lib/result";
import { jsonLdResponse } from "@/server/json-ld-response";
import { reportContext } from "@/server/report-context";
import { readRoute } from "@/server/route";
import { getClaimDocumentSlug } from "@/lib/data/claim-detail";

/** GET /api/annotations/[id]: one claim as a W3C Web Annotation (read-only). */
export const GET = readRoute<{ id: string }>(async ({ db, params, request }) => {
  const slug = await getClaimDocumentSlug(db, params.id);
  if (!slug) return notFound("That annotation");
  const options = { reviewedOnly: false, includeNotes: true, verdicts: [] };
  const report = await getReport(db, slug, options, reportContext(request.headers), { claimId: params.id });
  const item = report?.claims[0];
  if (!report || !item) return notFound("That annotation");
  return jsonLdResponse(request, claimAnnotation(report, item), ANNO_MEDIA_TYPE, ['<http://www.w3.org/ns/ldp#Resource>; rel="type"']);
});
