import type { RecheckState } from "./capture-state";

/** What a re-check of a cited page said, and when. */
export interface SourceRecheck {
  recheckState: RecheckState | null;
  recheckedAt: string | null;
}

/**
 * Whether a source the claim cites changed (or went away) after its final verdict was
 * published: the verdict rests on a page that no longer says what it said. A re-check from
 * before the verdict does not count; the reviewer published knowing it.
 */
export function sourceChangedSinceVerdict(reviewedAt: string | null, rechecks: readonly SourceRecheck[]): boolean {
  if (!reviewedAt) return false;
  const verdictTime = Date.parse(reviewedAt);
  return rechecks.some(
    (r) =>
      (r.recheckState === "CHANGED" || r.recheckState === "GONE") &&
      r.recheckedAt !== null &&
      Date.parse(r.recheckedAt) > verdictTime,
  );
}
