import type { Tx } from "../../db";

/** The queue's search text for a claim: its quote and its notes, lower-cased. */
export function searchTextOf(exact: string, rationales: readonly string[]): string {
  return [exact, ...rationales].join("\n").toLowerCase();
}

/**
 * Recounts a claim's live notes, how many different verdicts they propose, and its search
 * text, to be stored on the claim (the review queue filters and sorts by them). Runs inside
 * every note write's transaction, so they never drift from the notes.
 */
export async function refreshNoteStats(
  tx: Tx,
  claimId: string,
): Promise<{ noteCount: number; verdictSpread: number; searchText: string }> {
  const [claim, notes] = await Promise.all([
    tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { exact: true } }),
    tx.note.findMany({
      where: { claimId, deletedAt: null },
      orderBy: { createdAt: "asc" },
      select: { verdict: true, rationale: true },
    }),
  ]);
  return {
    noteCount: notes.length,
    verdictSpread: new Set(notes.map((n) => n.verdict)).size,
    searchText: searchTextOf(
      claim.exact,
      notes.map((n) => n.rationale),
    ),
  };
}
