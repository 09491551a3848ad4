import { renderPublicFactCheckPage } from "@/lib/publishing/render-public-page";
import { answerFactCheck } from "@/server/publishing/fact-check-answer";

/** GET /fact-checks/<slug>: the public fact-check (200), why it was unpublished (410), or a designed 404. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return answerFactCheck(request, (await params).slug, "page", renderPublicFactCheckPage);
}
