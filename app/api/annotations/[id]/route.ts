import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import { getReport } from "@/lib/data/report";
import { ANNO_MEDIA_TYPE } from "@/lib/report/annotation-container";
import { claimAnnotation } from "@/lib/report/render-w3c";
import { jsonLdResponse } from "@/server/json-ld-response";
import { reportContext } from "@/server/report-context";

/** GET /api/annotations/[id]: one claim as a W3C Web Annotation (read-only). */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  const db = await getDb();
  const claim = await db.claim.findUnique({ where: { id }, select: { withdrawnAt: true, document: { select: { slug: true } } } });
  if (!claim || claim.withdrawnAt) return NextResponse.json({ message: "That annotation was not found." }, { status: 404 });
  const options = { reviewedOnly: false, includeNotes: true, verdicts: [] };
  const report = await getReport(db, claim.document.slug, options, reportContext(request.url), { claimId: id });
  const item = report?.claims[0];
  if (!report || !item) return NextResponse.json({ message: "That annotation was not found." }, { status: 404 });
  return jsonLdResponse(request, claimAnnotation(report, item), ANNO_MEDIA_TYPE, ['<http://www.w3.org/ns/ldp#Resource>; rel="type"']);
}
