import { sourceChangedSinceVerdict } from "../../capture/changed-since-verdict";
import type { Db } from "../../db";
import { rechecksForUrls } from "./captures";

/**
 * Which of these claims have a final verdict resting on a source that changed or went away
 * after it was published (lib/capture/changed-since-verdict.ts), read in two queries whatever
 * the number of claims: the sources their live notes cite, then those pages' re-checks. It runs
 * on every reader load and live refresh, so it reads only the re-check columns.
 */
export async function claimsWithChangedSources(
  db: Db,
  claims: readonly { id: string; reviewedAt: Date | null }[],
): Promise<Set<string>> {
  const reviewed = claims.filter((c) => c.reviewedAt !== null);
  if (reviewed.length === 0) return new Set();
  const sources = await db.source.findMany({
    where: { note: { deletedAt: null, claimId: { in: reviewed.map((c) => c.id) } } },
    select: { url: true, note: { select: { claimId: true } } },
  });
  const urlsByClaim = new Map<string, string[]>();
  for (const s of sources) {
    const urls = urlsByClaim.get(s.note.claimId);
    if (urls) urls.push(s.url);
    else urlsByClaim.set(s.note.claimId, [s.url]);
  }
  const rechecks = await rechecksForUrls(
    db,
    sources.map((s) => s.url),
  );
  const changed = new Set<string>();
  for (const claim of reviewed) {
    const found = (urlsByClaim.get(claim.id) ?? []).flatMap((url) => rechecks.get(url) ?? []);
    if (sourceChangedSinceVerdict(claim.reviewedAt!.toISOString(), found)) changed.add(claim.id);
  }
  return changed;
}
