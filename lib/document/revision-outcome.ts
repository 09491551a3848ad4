/** What became of a document's claims when a new version came in (lib/data/documents/revision-anchors.ts). */
export interface RevisionOutcomeCounts {
  revision: number;
  exact: number;
  fuzzy: number;
  orphaned: number;
}

/**
 * The reader's line after "Import new version": "Revision 2: 12 unchanged, 3 reworded — check
 * their verdicts, 1 orphaned — re-attach it from the list." Only the parts that happened.
 */
export function describeRevisionOutcome({ revision, exact, fuzzy, orphaned }: RevisionOutcomeCounts): string {
  if (exact + fuzzy + orphaned === 0) return `Revision ${revision} is the current text; it had no claims to move.`;
  const parts = [
    exact > 0 ? `${exact} unchanged` : "",
    fuzzy > 0 ? `${fuzzy} reworded — check ${fuzzy === 1 ? "its verdict" : "their verdicts"}` : "",
    orphaned > 0 ? `${orphaned} orphaned — re-attach ${orphaned === 1 ? "it" : "them"} from the list` : "",
  ].filter(Boolean);
  return `Revision ${revision}: ${parts.join(", ")}.`;
}

/** Where the import form leaves the counts for the reader it opens next (sessionStorage, one tab). */
export const revisionOutcomeKey = (slug: string) => `claimmark.revision-outcome.${slug}`;
