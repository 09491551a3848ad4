import { MAX_QUERY_CHARS } from "@/lib/claim-matching/rank-similar";
import { findSimilarFactChecks } from "@/lib/data/fact-checks/similar-fact-checks";
import { matchScope } from "@/lib/data/workspaces/fact-check-sharing";
import { ok } from "@/lib/result";
import { parseInput } from "@/lib/validation/parse-input";
import { similarQuerySchema } from "@/lib/validation/fact-check";
import { limitAnonymousSearch } from "@/lib/limits/request-limits";
import { env } from "@/server/env";
import { clientIp } from "@/server/request/client-ip";
import { readRoute } from "@/server/route";

/**
 * GET ?q=&limit=&claim=&workspace=&minStrength=: earlier fact-checks of the workspace (the claim's, or the
 * one named, with those shared with it) most likely of the same claim as q (Claimmark claims with a
 * published verdict, imported ClaimReviews), best first, each with a calibrated `score` and a `strength` ("close",
 * "possible"). Below the relevance floor nothing is listed; minStrength=any lists the top results whatever they score.
 * q is cut to its first 2,000 characters (`truncated` says so); limit above 20 is read as 20.
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
    minStrength: params.get("minStrength") ?? undefined,
    workspace: params.get("workspace") ?? undefined,
  });
  if (!parsed.ok) return parsed;
  const { q, limit, claim, minStrength, workspace } = parsed.data;
  const scope = await matchScope(db, actor, { claimId: claim, workspaceSlug: workspace });
  if (!scope.ok) return scope;
  const truncated = q.length > MAX_QUERY_CHARS;
  const query = truncated ? q.slice(0, MAX_QUERY_CHARS) : q;
  const matches = await findSimilarFactChecks(db, query, {
    limit,
    minStrength,
    claimId: claim,
    workspaceIds: scope.data,
  });
  return ok({
    query,
    ...(truncated ? { truncated: true, note: `The text was cut to its first ${MAX_QUERY_CHARS} characters.` } : {}),
    matches,
  });
});
