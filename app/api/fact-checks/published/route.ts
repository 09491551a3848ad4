import { listPublicFactChecks, MAX_PUBLIC_PAGE_SIZE } from "@/lib/data/publishing/public-fact-checks";
import { claimReviewOf } from "@/lib/publishing/claim-review-jsonld";
import { factCheckUrl } from "@/lib/publishing/public-fact-check";
import { parseVerdict } from "@/lib/verdicts";
import { getDb } from "@/server/db";
import { cachedPublic } from "@/server/publishing/public-cache";
import { publicAnswer, publicDesk, publicEtag } from "@/server/publishing/public-site";
import { publicOrigin } from "@/server/request/public-origin";

const positive = (value: string | null, fallback: number, max: number) =>
  Math.max(1, Math.min(max, Number.parseInt(value ?? "", 10) || fallback));

/**
 * GET /api/fact-checks/published?q=&verdict=&page=&pageSize=: the public fact-checks as JSON,
 * newest first, each with its page's address and its ClaimReview. Public: no session is read.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 200);
  const verdictParam = url.searchParams.get("verdict");
  const verdict = verdictParam ? parseVerdict(verdictParam) : null;
  if (verdictParam && !verdict)
    return Response.json(
      { message: "Unknown verdict: use TRUE, MOSTLY_TRUE, MIXED, MISLEADING, FALSE or UNVERIFIABLE." },
      { status: 400 },
    );
  const page = positive(url.searchParams.get("page"), 1, 10_000);
  const pageSize = positive(url.searchParams.get("pageSize"), 20, MAX_PUBLIC_PAGE_SIZE);
  const origin = publicOrigin(request.headers);
  const [list, desk] = await Promise.all([
    cachedPublic(`api ${verdict ?? ""} ${page} ${pageSize} ${q}`, async () =>
      listPublicFactChecks(await getDb(), { q, verdict, page, pageSize }),
    ),
    publicDesk(),
  ]);
  const body = {
    total: list.total,
    page: list.page,
    pageCount: list.pageCount,
    items: list.items.map((fact) => ({
      url: factCheckUrl(origin, fact.slug),
      slug: fact.slug,
      headline: fact.headline,
      verdict: fact.verdict,
      claimReviewed: fact.quote,
      summary: fact.summary,
      datePublished: fact.firstPublishedAt,
      dateModified: fact.modifiedAt,
      underReviewSince: fact.underReviewSince,
      corrections: fact.corrections,
      claimReview: claimReviewOf(fact, desk, origin),
    })),
  };
  const stamp = list.items.map((f) => `${f.slug}.${f.version}`).join(",");
  return publicAnswer(request, JSON.stringify(body), {
    etag: publicEtag("api", q, verdict ?? "", list.page, pageSize, list.total, stamp, desk.updatedAt, origin),
    contentType: "application/json; charset=utf-8",
    headers: { "Access-Control-Allow-Origin": "*" },
  });
}
