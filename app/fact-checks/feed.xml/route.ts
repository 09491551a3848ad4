import { recentlyChangedFactChecks } from "@/lib/data/publishing/public-fact-checks";
import { renderAtomFeed } from "@/lib/publishing/atom-feed";
import { getDb } from "@/server/db";
import { cachedPublic } from "@/server/publishing/public-cache";
import { publicAnswer, publicDesk, publicEtag } from "@/server/publishing/public-site";
import { publicOrigin } from "@/server/request/public-origin";

/** GET /fact-checks/feed.xml: the newest public fact-checks as Atom; a correction updates its entry. */
export async function GET(request: Request) {
  const origin = publicOrigin(request.headers);
  const [facts, desk] = await Promise.all([
    cachedPublic("feed", async () => recentlyChangedFactChecks(await getDb())),
    publicDesk(),
  ]);
  const stamp = facts.map((f) => `${f.slug}.${f.version}`).join(",");
  return publicAnswer(request, renderAtomFeed(facts, desk, origin), {
    etag: publicEtag("feed", stamp, desk.updatedAt, origin),
    contentType: "application/atom+xml; charset=utf-8",
  });
}
