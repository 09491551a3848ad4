import type { SelectionCheck } from "../anchoring/selection";
import type { Tx } from "../db";
import { recordEvent } from "./record-event";

export interface ClaimBeingMoved {
  id: string;
  documentId: string;
  exact: string;
  start: number;
  end: number;
  anchorState: string;
}

/**
 * Anchors a claim to new words of its document's current revision, inside the caller's
 * transaction: the claim's selectors (state exact, version bumped so open forms reload), its
 * ClaimAnchor row for that revision, and a `claim.reattach` event with the old and new words.
 * Re-attaching an orphan and a PUT that changes an annotation's target both land here.
 */
export async function reattachInTx(tx: Tx, actorId: string, claim: ClaimBeingMoved, revision: number, check: Extract<SelectionCheck, { ok: true }>) {
  const anchor = { start: check.position.start, end: check.position.end, exact: check.quote.exact, prefix: check.quote.prefix, suffix: check.quote.suffix };
  await tx.claim.update({ where: { id: claim.id }, data: { ...anchor, anchorState: "exact", version: { increment: 1 }, lastActivityAt: new Date() } });
  await tx.claimAnchor.upsert({
    where: { claimId_revision: { claimId: claim.id, revision } },
    create: { claimId: claim.id, revision, ...anchor, state: "exact" },
    update: { ...anchor, state: "exact" },
  });
  await recordEvent(tx, {
    actorId,
    action: "claim.reattach",
    entityType: "claim",
    entityId: claim.id,
    documentId: claim.documentId,
    claimId: claim.id,
    before: { exact: claim.exact, start: claim.start, end: claim.end, anchorState: claim.anchorState },
    after: { exact: anchor.exact, start: anchor.start, end: anchor.end, revision },
  });
  return anchor;
}
