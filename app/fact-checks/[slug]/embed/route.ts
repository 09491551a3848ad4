import { renderEmbedCard } from "@/lib/publishing/render-cards";
import { answerFactCheck } from "@/server/publishing/fact-check-answer";

/**
 * GET /fact-checks/<slug>/embed: the card other sites frame (proxy.ts lets any site frame this
 * path alone; the rest of the app stays unframeable). No script.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return answerFactCheck(request, (await params).slug, "embed", renderEmbedCard);
}
