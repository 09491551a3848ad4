import { listPublicFactChecks } from "@/lib/data/publishing/public-fact-checks";
import { pageWords } from "@/lib/i18n/page-words";
import { renderPublicList } from "@/lib/publishing/render-public-list";
import { parseVerdict } from "@/lib/verdicts";
import { getDb } from "@/server/db";
import { cachedPublic } from "@/server/publishing/public-cache";
import { publicAnswer, publicDesk, publicEtag } from "@/server/publishing/public-site";
import { publicOrigin } from "@/server/request/public-origin";
import { callerLocale } from "@/server/route";

/**
 * GET /fact-checks?q=&verdict=&page=: every public fact-check, newest first, searchable and paged,
 * in the visitor's language (Accept-Language, so caches keep one copy per language).
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 200);
  const verdict = parseVerdict(url.searchParams.get("verdict") ?? "");
  const page = Math.max(1, Math.min(10_000, Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1));
  const origin = publicOrigin(request.headers);
  const [list, desk] = await Promise.all([
    cachedPublic(`list ${verdict ?? ""} ${page} ${q}`, async () =>
      listPublicFactChecks(await getDb(), { q, verdict, page }),
    ),
    publicDesk(),
  ]);
  const words = pageWords(callerLocale(request));
  const html = renderPublicList(list, desk, origin, words);
  const stamp = list.items.map((f) => `${f.slug}.${f.version}`).join(",");
  return publicAnswer(request, html, {
    etag: publicEtag("list", q, verdict ?? "", list.page, list.total, stamp, desk.updatedAt, origin, words.locale),
    contentType: "text/html; charset=utf-8",
    headers: { Vary: "Accept-Language" },
  });
}
