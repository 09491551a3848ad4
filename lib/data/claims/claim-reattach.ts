import { checkSelection, type SelectionCheck } from "../../anchoring/selection";
import type { Db, Tx } from "../../db";
import { fail, notFound, ok, type Result } from "../../result";
import { reattachSchema } from "../../validation/document";
import { parseInput } from "../../validation/parse-input";
import type { Actor } from "../actor";
import { recordEvent } from "../events/record-event";
import { inTransaction } from "../transaction";
import { reindexClaims } from "../fact-checks/match-entries";
import { admitMember, workspaceOfClaim } from "../workspaces/scope";

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
export async function reattachInTx(
  tx: Tx,
  actorId: string,
  claim: ClaimBeingMoved,
  revision: number,
  check: Extract<SelectionCheck, { ok: true }>,
) {
  const anchor = {
    start: check.position.start,
    end: check.position.end,
    exact: check.quote.exact,
    prefix: check.quote.prefix,
    suffix: check.quote.suffix,
  };
  // Marked like a reworded claim: its verdict was reached on other words, so a reviewer checks it still fits.
  await tx.claim.update({
    where: { id: claim.id },
    data: { ...anchor, anchorState: "fuzzy", version: { increment: 1 }, lastActivityAt: new Date() },
  });
  await reindexClaims(tx, [claim.id]);
  await tx.claimAnchor.upsert({
    where: { claimId_revision: { claimId: claim.id, revision } },
    create: { claimId: claim.id, revision, ...anchor, state: "fuzzy" },
    update: { ...anchor, state: "fuzzy" },
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

/**
 * Re-attaches a claim (usually an orphan) to a new selection of the current revision
 * (reviewers and admins). Its notes and verdict stay; the event keeps the old and new words.
 */
export async function reattachClaim(
  db: Db,
  caller: Actor | null,
  claimId: string,
  input: unknown,
): Promise<Result<{ id: string; start: number; end: number; exact: string }>> {
  const admitted = await admitMember(workspaceOfClaim(db, claimId), caller, "review", "That claim");
  if (!admitted.ok) return admitted;
  const actor = admitted.actor;
  const parsed = parseInput(reattachSchema, input);
  if (!parsed.ok) return parsed;
  return inTransaction(db, async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: {
        id: true,
        exact: true,
        start: true,
        end: true,
        anchorState: true,
        withdrawnAt: true,
        document: { select: { id: true, plainText: true, currentRevision: true } },
      },
    });
    if (!claim || claim.withdrawnAt) return notFound("That claim");
    const check = checkSelection(claim.document.plainText, parsed.data.start, parsed.data.end);
    if (!check.ok) return fail(400, check.message);
    if (check.quote.exact !== parsed.data.exact)
      return fail(409, "The document changed since you opened it. Reload the page and select the text again.");
    const anchor = await reattachInTx(
      tx,
      actor.id,
      { ...claim, documentId: claim.document.id },
      claim.document.currentRevision,
      check,
    );
    return ok({ id: claimId, start: anchor.start, end: anchor.end, exact: anchor.exact });
  });
}
