import type { Tx } from "../db";

/**
 * Recounts a claim's live notes and how many different verdicts they propose, and stores
 * both on the claim (the review queue sorts by them). Runs inside every note write's
 * transaction, so the numbers never drift from the notes.
 */
export async function refreshNoteStats(tx: Tx, claimId: string): Promise<{ noteCount: number; verdictSpread: number }> {
  const groups = await tx.note.groupBy({ by: ["verdict"], where: { claimId, deletedAt: null }, _count: { _all: true } });
  const noteCount = groups.reduce((sum, g) => sum + g._count._all, 0);
  return { noteCount, verdictSpread: groups.length };
}
