import { renderEmbedCard } from "@/lib/publishing/render-cards";
import { renderGonePage, renderPublicNotFound } from "@/lib/publishing/render-public-status";
import { publicLookup } from "@/server/publishing/public-lookup";
import { publicAnswer, publicDesk, publicEtag } from "@/server/publishing/public-site";
import { publicOrigin } from "@/server/request/public-origin";

const HTML = "text/html; charset=utf-8";

/**
 * GET /fact-checks/<slug>/embed: the card other sites frame (proxy.ts lets any site frame this
 * path alone; the rest of the app stays unframeable). No script.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const origin = publicOrigin(request.headers);
  const [lookup, desk] = await Promise.all([publicLookup(slug), publicDesk()]);
  if (lookup.kind === "published") {
    const etag = publicEtag("embed", slug, lookup.fact.version, desk.updatedAt, origin);
    return publicAnswer(request, renderEmbedCard(lookup.fact, desk, origin), { etag, contentType: HTML });
  }
  const gone = lookup.kind === "gone";
  return publicAnswer(request, gone ? renderGonePage(lookup.gone, desk, origin) : renderPublicNotFound(desk, origin), {
    etag: publicEtag("embed-none", slug, gone ? lookup.gone.unpublishedAt : "", desk.updatedAt, origin),
    contentType: HTML,
    status: gone ? 410 : 404,
  });
}
