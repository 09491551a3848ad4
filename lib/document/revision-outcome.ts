/** What became of a document's claims when a new version came in (lib/data/documents/revision-anchors.ts). */
export interface RevisionOutcomeCounts {
  revision: number;
  exact: number;
  fuzzy: number;
  orphaned: number;
}

/** Where the import form leaves the counts for the reader it opens next (sessionStorage, one tab). */
export const revisionOutcomeKey = (slug: string) => `claimmark.revision-outcome.${slug}`;
