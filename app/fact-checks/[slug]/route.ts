import { renderPublicFactCheckPage } from "@/lib/publishing/render-public-page";
import { renderGonePage, renderPublicNotFound } from "@/lib/publishing/render-public-status";
import { publicLookup } from "@/server/publishing/public-lookup";
import { publicAnswer, publicDesk, publicEtag } from "@/server/publishing/public-site";
import { publicOrigin } from "@/server/request/public-origin";

const HTML = "text/html; charset=utf-8";

/** GET /fact-checks/<slug>: the public fact-check (200), why it was unpublished (410), or a designed 404. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const origin = publicOrigin(request.headers);
  const [lookup, desk] = await Promise.all([publicLookup(slug), publicDesk()]);
  if (lookup.kind === "published") {
    const etag = publicEtag("page", slug, lookup.fact.version, desk.updatedAt, origin);
    return publicAnswer(request, renderPublicFactCheckPage(lookup.fact, desk, origin), { etag, contentType: HTML });
  }
  if (lookup.kind === "gone") {
    const etag = publicEtag("gone", slug, lookup.gone.unpublishedAt, desk.updatedAt, origin);
    return publicAnswer(request, renderGonePage(lookup.gone, desk, origin), { etag, contentType: HTML, status: 410 });
  }
  return publicAnswer(request, renderPublicNotFound(desk, origin), {
    etag: publicEtag("missing", desk.updatedAt, origin),
    contentType: HTML,
    status: 404,
  });
}
