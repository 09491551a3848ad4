import type { Db } from "../../db";
import { queryMatches, type QueryOptions } from "../../claim-matching/rank-similar";
import type { MatchStrength } from "../../claim-matching/strength-labels";
import { isVerdict, verdictLabel, type Verdict } from "../../verdicts";
import { verdictForRating } from "../../claim-matching/rating-to-verdict";
import { claimKey, factCheckKey, PUBLISHED } from "./match-entries";
import { databaseMatchStore } from "./match-index";

/** An earlier fact-check that may be of the same claim. */
export interface FactCheckMatch {
  /** "claimmark": a claim with a published final verdict; "imported": an external ClaimReview. */
  source: "claimmark" | "imported";
  id: string;
  text: string;
  /** The verdict as people read it ("False", or the imported rating as published). */
  verdict: string | null;
  /** The nearest Claimmark verdict, for prefilling a note (null when a rating cannot be mapped). */
  verdictCode: Verdict | null;
  summary: string | null;
  /** Who published it: the reviewer's name, or the fact-checking organisation. */
  publishedBy: string | null;
  date: string | null;
  /** The claim in its document (a path in this app), or the fact-check's own address. */
  url: string;
  /** The document a Claimmark claim is in. */
  documentTitle: string | null;
  /** 0..1: how likely this checks the same claim (calibrated on labelled pairs). */
  score: number;
  /** "close" (right at least 9 times in 10 on held-out pairs) or "possible"; "weak" only with minStrength "any". */
  strength: MatchStrength;
}

/**
 * The index is the instance's; a workspace's answer is filtered from a deeper ranking, so
 * entries of workspaces it may not see do not crowd out its own.
 */
const RANKED_PER_RESULT = 5;

/**
 * Earlier fact-checks most similar to a text, best first: claims with a published final verdict
 * and imported fact-checks of the given workspaces (lib/data/workspaces/fact-check-sharing.ts:
 * a workspace's own and those shared with it), each with a calibrated score and strength;
 * below the relevance floor nothing is listed unless `minStrength` is "any". With `claimId`,
 * that claim itself and the fact-checks it is already linked to are left out.
 */
export async function findSimilarFactChecks(
  db: Db,
  text: string,
  options: Pick<QueryOptions, "limit" | "minStrength"> & { claimId?: string; workspaceIds: readonly string[] },
): Promise<FactCheckMatch[]> {
  const exclude = new Set<string>();
  if (options.claimId) {
    exclude.add(claimKey(options.claimId));
    const links = await db.claimLink.findMany({
      where: { claimId: options.claimId },
      select: { linkedClaimId: true, factCheckId: true },
    });
    for (const link of links) {
      if (link.linkedClaimId) exclude.add(claimKey(link.linkedClaimId));
      if (link.factCheckId) exclude.add(factCheckKey(link.factCheckId));
    }
  }
  const limit = options.limit ?? 5;
  const ranked = await queryMatches(databaseMatchStore(db), text, {
    limit: limit * RANKED_PER_RESULT,
    minStrength: options.minStrength,
    exclude,
  });
  const claimIds = ranked.filter((m) => m.key.startsWith("claim:")).map((m) => m.key.slice(6));
  const factCheckIds = ranked.filter((m) => m.key.startsWith("factcheck:")).map((m) => m.key.slice(10));
  const workspaceIds = [...options.workspaceIds];
  const [claims, factChecks] = await Promise.all([
    claimIds.length
      ? db.claim.findMany({
          where: { id: { in: claimIds }, ...PUBLISHED, document: { workspaceId: { in: workspaceIds } } },
          select: {
            id: true,
            exact: true,
            finalVerdict: true,
            finalSummary: true,
            reviewedAt: true,
            reviewedBy: { select: { name: true } },
            document: { select: { slug: true, title: true } },
          },
        })
      : [],
    factCheckIds.length
      ? db.externalFactCheck.findMany({ where: { id: { in: factCheckIds }, workspaceId: { in: workspaceIds } } })
      : [],
  ]);
  const byKey = new Map<string, Omit<FactCheckMatch, "score" | "strength">>();
  for (const c of claims) {
    const verdict = isVerdict(c.finalVerdict) ? c.finalVerdict : null;
    byKey.set(claimKey(c.id), {
      source: "claimmark",
      id: c.id,
      text: c.exact,
      verdict: verdict ? verdictLabel(verdict) : null,
      verdictCode: verdict,
      summary: c.finalSummary,
      publishedBy: c.reviewedBy?.name ?? null,
      date: c.reviewedAt?.toISOString() ?? null,
      url: `/documents/${c.document.slug}#claim-${c.id}`,
      documentTitle: c.document.title,
    });
  }
  for (const f of factChecks) {
    byKey.set(factCheckKey(f.id), {
      source: "imported",
      id: f.id,
      text: f.claimReviewed,
      verdict: f.rating,
      verdictCode: verdictForRating(f.rating),
      summary: f.claimAuthor ? `Claim by ${f.claimAuthor}` : null,
      publishedBy: f.reviewer,
      date: f.reviewedOn,
      url: f.url,
      documentTitle: null,
    });
  }
  // What the workspaces may not see is not in byKey; neither is a claim reopened between the
  // ranking and this read (left out rather than shown with no verdict).
  return ranked
    .flatMap((m) => {
      const found = byKey.get(m.key);
      return found ? [{ ...found, score: m.score, strength: m.strength }] : [];
    })
    .slice(0, limit);
}
