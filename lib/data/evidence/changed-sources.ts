import { sourceChangedSinceVerdict } from "../../capture/changed-since-verdict";
import type { Db } from "../../db";
import { capturesForUrls } from "./captures";

/**
 * Which of these claims have a final verdict resting on a source that changed or went away
 * after it was published (lib/capture/changed-since-verdict.ts), read in two queries whatever
 * the number of claims: the sources their live notes cite, then those pages' captures.
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
  const captures = await capturesForUrls(
    db,
    sources.map((s) => s.url),
  );
  const changed = new Set<string>();
  for (const claim of reviewed) {
    const rechecks = sources.filter((s) => s.note.claimId === claim.id).flatMap((s) => captures[s.url] ?? []);
    if (sourceChangedSinceVerdict(claim.reviewedAt!.toISOString(), rechecks)) changed.add(claim.id);
  }
  return changed;
}
