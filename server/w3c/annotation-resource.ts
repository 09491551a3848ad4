import type { Db } from "@/lib/db";
import { getReport } from "@/lib/data/review/report";
import { claimAnnotation } from "@/lib/w3c/render-w3c";
import { reportContext } from "../report-context";

/** Headers every annotation resource answers with (W3C Web Annotation Protocol §4.1). */
export const ANNOTATION_LINKS = ['<http://www.w3.org/ns/ldp#Resource>; rel="type"'];
export const ANNOTATION_ALLOW = "GET, HEAD, OPTIONS, PUT, DELETE";

/** A live claim as its W3C annotation, with notes, as GET /api/annotations/[id] shows it; null when there is none. */
export async function annotationOf(
  db: Db,
  request: Request,
  slug: string,
  claimId: string,
): Promise<Record<string, unknown> | null> {
  const options = { reviewedOnly: false, includeNotes: true, verdicts: [] };
  const report = await getReport(db, slug, options, await reportContext(request.headers), { claimId });
  const item = report?.claims[0];
  return report && item ? claimAnnotation(report, item) : null;
}
