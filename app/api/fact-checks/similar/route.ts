import { findSimilarFactChecks } from "@/lib/data/fact-checks/similar-fact-checks";
import { ok } from "@/lib/result";
import { parseInput } from "@/lib/validation/parse-input";
import { similarQuerySchema } from "@/lib/validation/fact-check";
import { limitAnonymousSearch } from "@/lib/limits/request-limits";
import { env } from "@/server/env";
import { clientIp } from "@/server/request/client-ip";
import { readRoute } from "@/server/route";

/**
 * GET ?q=&limit=&claim=: earlier fact-checks most similar to q (Claimmark claims with a published verdict, imported
 * ClaimReviews), best first.
 */
export const GET = readRoute(async ({ db, actor, request }) => {
  if (!actor) {
    const limited = await limitAnonymousSearch(db, clientIp(request.headers), env().SEARCH_LIMIT_PER_MINUTE);
    if (limited) return limited;
  }
  const params = new URL(request.url).searchParams;
  const parsed = parseInput(similarQuerySchema, {
    q: params.get("q") ?? "",
    limit: params.get("limit") ?? undefined,
    claim: params.get("claim") ?? undefined,
  });
  if (!parsed.ok) return parsed;
  const { q, limit, claim } = parsed.data;
  return ok({ query: q, matches: await findSimilarFactChecks(db, q, limit, claim) });
});
