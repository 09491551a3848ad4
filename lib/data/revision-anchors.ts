import type { Tx } from "../db";
import { isAnchorState } from "../anchoring/anchor-state";
import { reanchor } from "../anchoring/reanchor";
import { createTextQuoteSelector } from "../anchoring/text-quote";

export interface RevisionOutcome {
  /** How many live claims landed in each state in the new revision. */
  exact: number;
  fuzzy: number;
  orphaned: number;
}

/**
 * Moves every live claim of a document from revision `from` to revision `to`, inside the
 * caller's transaction: each claim's anchor in `from` is kept as a ClaimAnchor row (if it
 * was not already), the claim is re-anchored in the new text (lib/anchoring/reanchor.ts),
 * its anchor in `to` is written as a row too, and the claim's own selectors become the new
 * ones. Orphans keep their last quote (the words the notes are about).
 */
export async function moveClaimsToRevision(tx: Tx, documentId: string, from: number, oldText: string, to: number, newText: string): Promise<RevisionOutcome> {
  const claims = await tx.claim.findMany({
    where: { documentId, withdrawnAt: null },
    select: { id: true, start: true, end: true, exact: true, prefix: true, suffix: true, anchorState: true },
  });
  const outcome: RevisionOutcome = { exact: 0, fuzzy: 0, orphaned: 0 };
  if (!claims.length) return outcome;

  const kept = new Set(
    (await tx.claimAnchor.findMany({ where: { revision: from, claim: { documentId } }, select: { claimId: true } })).map((a) => a.claimId),
  );
  await tx.claimAnchor.createMany({
    data: claims
      .filter((c) => !kept.has(c.id))
      .map((c) => ({ claimId: c.id, revision: from, start: c.start, end: c.end, exact: c.exact, prefix: c.prefix, suffix: c.suffix, state: isAnchorState(c.anchorState) ? c.anchorState : "exact" })),
  });

  const moved = reanchor(
    oldText,
    newText,
    claims.map((c) => ({ id: c.id, start: c.start, end: c.end, quote: { type: "TextQuoteSelector", exact: c.exact, prefix: c.prefix, suffix: c.suffix } })),
  );
  const byId = new Map(claims.map((c) => [c.id, c]));
  const rows = moved.map((m) => {
    outcome[m.state]++;
    const claim = byId.get(m.id)!;
    if (m.state === "orphaned") {
      return { claimId: m.id, revision: to, start: claim.start, end: claim.end, exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix, state: m.state };
    }
    const quote = createTextQuoteSelector(newText, m.start, m.end);
    return { claimId: m.id, revision: to, start: m.start, end: m.end, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, state: m.state };
  });
  await tx.claimAnchor.createMany({ data: rows });
  for (const row of rows) {
    const claim = byId.get(row.claimId)!;
    const unchanged = row.state === "exact" && claim.anchorState === "exact" && claim.start === row.start && claim.end === row.end && claim.prefix === row.prefix && claim.suffix === row.suffix;
    if (unchanged) continue;
    await tx.claim.update({
      where: { id: row.claimId },
      data: {
        start: row.start,
        end: row.end,
        exact: row.exact,
        prefix: row.prefix,
        suffix: row.suffix,
        anchorState: row.state,
        // A reviewer with the claim open should look again when its words changed or vanished.
        ...(row.state === "exact" ? {} : { version: { increment: 1 } }),
      },
      select: { id: true },
    });
  }
  return outcome;
}
