import { publicFactCheckStamps } from "@/lib/data/publishing/public-fact-checks";
import { renderSitemap } from "@/lib/publishing/sitemap";
import { getDb } from "@/server/db";
import { cachedPublic } from "@/server/publishing/public-cache";
import { publicAnswer, publicEtag } from "@/server/publishing/public-site";
import { publicOrigin } from "@/server/request/public-origin";

/** GET /sitemap.xml: the public pages (the list and every public fact-check), for search engines. */
export async function GET(request: Request) {
  const origin = publicOrigin(request.headers);
  const stamps = await cachedPublic("sitemap", async () => publicFactCheckStamps(await getDb()));
  return publicAnswer(request, renderSitemap(stamps, origin), {
    etag: publicEtag("sitemap", stamps.map((s) => `${s.slug}.${s.modifiedAt}`).join(","), origin),
    contentType: "application/xml; charset=utf-8",
  });
}
