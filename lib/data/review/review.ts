import { isClaimStatus, statusLabel, transition, type ClaimStatus } from "../../claim-status";
import type { Db, Tx } from "../../db";
import { fail, forbidden, notFound, ok, unauthenticated, type Result } from "../../result";
import { isAdmin } from "../../roles";
import { assignSchema, publishVerdictSchema, reopenSchema, setStatusSchema } from "../../validation/review";
import type { Actor } from "../actor";
import { requestCaptures } from "../evidence/captures";
import { urlsInText } from "../../capture/capture-state";
import { recordEvent } from "../events/record-event";
import { checkSecondReview, type EvidenceNote } from "../../second-review";
import { parseInput } from "../../validation/parse-input";
import { inTransaction } from "../transaction";
import { reindexClaims } from "../fact-checks/match-entries";
import { publicPagesChanged } from "../../publishing/public-changes";
import { admitMember, admitToClaims, workspaceOfClaim } from "../workspaces/scope";
import { accessRoleOf, hasWorkspaceRole, isWorkspaceRole } from "../../workspaces/workspace-roles";

export const CHANGED_SINCE_OPENED =
  "This claim changed since you opened it. Its current state is shown; check it and try again.";

/**
 * Bumps the claim's version only if it is still the version the reviewer saw; two reviewers
 * publishing at once both read version N, and only the first update matches.
 */
async function claimVersionGuard(
  tx: Tx,
  claimId: string,
  version: number,
  data: Parameters<Tx["claim"]["updateMany"]>[0]["data"],
): Promise<boolean> {
  const updated = await tx.claim.updateMany({
    where: { id: claimId, version, withdrawnAt: null },
    data: { ...data, version: { increment: 1 } },
  });
  return updated.count === 1;
}

/** What the second-pair-of-eyes rule reads of a claim: its workspace, its live notes, their sources and authors. */
const EVIDENCE = {
  document: { select: { workspaceId: true } },
  notes: {
    where: { deletedAt: null },
    select: {
      authorId: true,
      author: { select: { memberships: { select: { workspaceId: true, role: true, createdAt: true } } } },
      _count: { select: { sources: true } },
    },
  },
} as const;

type EvidenceAuthor = { memberships: { workspaceId: string; role: string; createdAt: Date }[] };

function evidenceOf(claim: {
  document: { workspaceId: string };
  notes: { authorId: string; author: EvidenceAuthor; _count: { sources: number } }[];
}): EvidenceNote[] {
  return claim.notes.map((n) => evidenceNote(n, n._count.sources, claim.document.workspaceId));
}

/** One live note as the second-pair-of-eyes rule sees it: its author's role in the claim's workspace, and since. */
export function evidenceNote(
  note: { authorId: string; author: EvidenceAuthor },
  sourceCount: number,
  workspaceId: string,
): EvidenceNote {
  const membership = note.author.memberships.find((m) => m.workspaceId === workspaceId);
  return {
    authorId: note.authorId,
    authorRole: accessRoleOf(membership && isWorkspaceRole(membership.role) ? membership.role : null),
    // Someone no longer in the workspace joined it at no time before the claim.
    authorJoinedAt: membership?.createdAt ?? new Date(8.64e15),
    sourceCount,
  };
}

/**
 * The claim a reviewer is about to settle (publish or reopen), checked as both need: it exists,
 * it is still the version the reviewer saw, the second-pair-of-eyes rule allows it (or an admin
 * overrides it, on the record), and its status allows the step.
 */
async function claimToSettle(
  tx: Tx,
  claimId: string,
  version: number,
  actor: Actor,
  action: "publish" | "reopen",
  adminOverride: boolean | undefined,
) {
  const claim = await tx.claim.findUnique({ where: { id: claimId }, include: EVIDENCE });
  if (!claim || claim.withdrawnAt) return notFound("That claim");
  if (claim.version !== version) return fail(409, CHANGED_SINCE_OPENED);
  const rule = checkSecondReview(claim, evidenceOf(claim), actor.id);
  if (!rule.ok && !(isAdmin(actor.role) && adminOverride)) {
    return forbidden(
      isAdmin(actor.role) ? `${rule.reason} As an admin you may override this, on the record.` : rule.reason,
    );
  }
  const status = isClaimStatus(claim.status) ? claim.status : "FLAGGED";
  const next = transition(status, action);
  if (!next.ok) return fail(409, next.message);
  return ok({ claim, status, next, overridden: !rule.ok });
}

/**
 * Publishes a claim's final verdict (reviewers and admins), under the second-pair-of-eyes rule
 * (lib/second-review.ts). An admin may override it by saying so (`adminOverride`); the trail
 * records it.
 */
export async function publishVerdict(
  db: Db,
  caller: Actor | null,
  claimId: string,
  input: unknown,
): Promise<Result<{ version: number }>> {
  const admitted = await admitMember(workspaceOfClaim(db, claimId), caller, "review", "That claim");
  if (!admitted.ok) return admitted;
  const actor = admitted.actor;
  const parsed = parseInput(publishVerdictSchema, input, "Check the highlighted fields.");
  if (!parsed.ok) return parsed;
  const { verdict, summary, version } = parsed.data;
  return inTransaction(db, async (tx) => {
    const settling = await claimToSettle(tx, claimId, version, actor, "publish", parsed.data.adminOverride);
    if (!settling.ok) return settling;
    const { claim, status, next, overridden } = settling.data;
    const now = new Date();
    const changed = await claimVersionGuard(tx, claimId, version, {
      status: next.status,
      finalVerdict: verdict,
      finalSummary: summary,
      reviewedById: actor.id,
      reviewedAt: now,
      lastActivityAt: now,
    });
    if (!changed) return fail(409, CHANGED_SINCE_OPENED);
    await tx.claimVerdict.create({ data: { claimId, reviewerId: actor.id, verdict, summary, publishedAt: now } });
    // A published verdict is an earlier fact-check other claims are matched against from now on.
    await reindexClaims(tx, [claimId]);
    // Links in the summary are evidence too: captured like a note's sources.
    await requestCaptures(tx, urlsInText(summary), { now, ownerId: actor.id, documentId: claim.documentId });
    await recordEvent(tx, {
      actorId: actor.id,
      action: "claim.verdict",
      entityType: "claim",
      entityId: claimId,
      documentId: claim.documentId,
      claimId,
      before: { status, finalVerdict: claim.finalVerdict },
      after: {
        status: next.status,
        finalVerdict: verdict,
        summary,
        ...(overridden ? { adminOverrodeSecondReview: true } : {}),
      },
    });
    return ok({ version: version + 1 });
  });
}

/** Reopens a published verdict with a reason; the claim goes back to IN_REVIEW and the verdict stays in the history. */
export async function reopenClaim(
  db: Db,
  caller: Actor | null,
  claimId: string,
  input: unknown,
): Promise<Result<{ version: number }>> {
  const admitted = await admitMember(workspaceOfClaim(db, claimId), caller, "review", "That claim");
  if (!admitted.ok) return admitted;
  const actor = admitted.actor;
  const parsed = parseInput(reopenSchema, input, "Check the highlighted fields.");
  if (!parsed.ok) return parsed;
  const { reason, version } = parsed.data;
  const reopened = await inTransaction(db, async (tx) => {
    const settling = await claimToSettle(tx, claimId, version, actor, "reopen", parsed.data.adminOverride);
    if (!settling.ok) return settling;
    const { claim, status, next, overridden } = settling.data;
    const now = new Date();
    const changed = await claimVersionGuard(tx, claimId, version, {
      status: next.status,
      finalVerdict: null,
      finalSummary: null,
      reviewedById: null,
      reviewedAt: null,
      lastActivityAt: now,
    });
    if (!changed) return fail(409, CHANGED_SINCE_OPENED);
    await tx.claimVerdict.updateMany({
      where: { claimId, reopenedAt: null },
      data: { reopenedAt: now, reopenedById: actor.id, reopenReason: reason },
    });
    // Its public fact-check, if any, says so until it is updated or unpublished.
    await tx.publishedFactCheck.updateMany({
      where: { claimId, unpublishedAt: null },
      data: { underReviewSince: now, version: { increment: 1 } },
    });
    await reindexClaims(tx, [claimId]);
    await recordEvent(tx, {
      actorId: actor.id,
      action: "claim.reopen",
      entityType: "claim",
      entityId: claimId,
      documentId: claim.documentId,
      claimId,
      before: { status, finalVerdict: claim.finalVerdict, summary: claim.finalSummary },
      after: { status: next.status, reason, ...(overridden ? { adminOverrodeSecondReview: true } : {}) },
    });
    return ok({ version: version + 1 });
  });
  if (reopened.ok) publicPagesChanged();
  return reopened;
}

/** Assigns claims to a reviewer (or unassigns them): all of them or none. */
export async function assignClaims(db: Db, caller: Actor | null, input: unknown): Promise<Result<{ changed: number }>> {
  if (!caller) return unauthenticated();
  const parsed = parseInput(assignSchema, input);
  if (!parsed.ok) return parsed;
  const { claimIds, assigneeId } = parsed.data;
  const admitted = await admitToClaims(db, caller, claimIds, "review");
  if (!admitted.ok) return admitted;
  const { actor, workspaceOf } = admitted;
  return inTransaction(db, async (tx) => {
    let assigneeName: string | null = null;
    if (assigneeId) {
      const assignee = await tx.user.findUnique({ where: { id: assigneeId }, include: { memberships: true } });
      if (!assignee) return fail(400, "That assignee does not exist.");
      // An assignee reviews in the claims' workspaces: an Editor or Admin of every one of them.
      const reviewsIn = new Set(
        assignee.memberships
          .filter((m) => isWorkspaceRole(m.role) && hasWorkspaceRole(m.role, "EDITOR"))
          .map((m) => m.workspaceId),
      );
      if ([...workspaceOf.values()].some((w) => !reviewsIn.has(w)))
        return fail(400, `${assignee.name} is not a reviewer, so claims cannot be assigned to them.`);
      assigneeName = assignee.name;
    }
    let changed = 0;
    for (const id of new Set(claimIds)) {
      const claim = await tx.claim.findUnique({ where: { id }, include: { assignee: { select: { name: true } } } });
      if (!claim || claim.withdrawnAt) return fail(404, `Claim ${id} was not found; no claim was changed.`);
      if (claim.assigneeId === assigneeId) continue;
      await tx.claim.update({
        where: { id },
        data: { assigneeId, version: { increment: 1 }, lastActivityAt: new Date() },
      });
      await recordEvent(tx, {
        actorId: actor.id,
        action: "claim.assign",
        entityType: "claim",
        entityId: id,
        documentId: claim.documentId,
        claimId: id,
        before: { assignee: claim.assignee?.name ?? null },
        after: { assignee: assigneeName },
      });
      changed += 1;
    }
    return ok({ changed });
  });
}

/**
 * Sets the status of several claims by hand (between Flagged and In review), in one
 * transaction: if any claim refuses the move, nothing changes and the message names it.
 */
export async function setClaimsStatus(
  db: Db,
  caller: Actor | null,
  input: unknown,
): Promise<Result<{ changed: number }>> {
  if (!caller) return unauthenticated();
  const parsed = parseInput(setStatusSchema, input);
  if (!parsed.ok) return parsed;
  const { claimIds, status } = parsed.data;
  const admitted = await admitToClaims(db, caller, claimIds, "review");
  if (!admitted.ok) return admitted;
  const { actor } = admitted;
  return inTransaction(db, async (tx) => {
    // Every claim is checked before any changes: all of them move, or none, and a refusal
    // names every claim that cannot (the queue then offers to skip those).
    const moves: { id: string; documentId: string; from: ClaimStatus; to: ClaimStatus }[] = [];
    const cannotChange: { id: string; reason: string }[] = [];
    for (const id of new Set(claimIds)) {
      const claim = await tx.claim.findUnique({ where: { id } });
      if (!claim || claim.withdrawnAt) return fail(404, `Claim ${id} was not found; no claim was changed.`);
      const from: ClaimStatus = isClaimStatus(claim.status) ? claim.status : "FLAGGED";
      if (from === status) continue;
      const next = transition(from, "set-status", status);
      if (next.ok) moves.push({ id, documentId: claim.documentId, from, to: next.status });
      else cannotChange.push({ id, reason: `“${claim.exact.slice(0, 60)}…” (${statusLabel(from)}): ${next.message}` });
    }
    if (cannotChange.length > 0)
      return {
        ...fail(
          409,
          `${cannotChange.length === 1 ? "1 claim" : `${cannotChange.length} claims`} cannot move to ${statusLabel(status)}: ${cannotChange[0]!.reason} No claim was changed.`,
        ),
        details: { cannotChange: cannotChange.map((c) => c.id) },
      };
    for (const move of moves) {
      await tx.claim.update({
        where: { id: move.id },
        data: { status: move.to, version: { increment: 1 }, lastActivityAt: new Date() },
      });
      await recordEvent(tx, {
        actorId: actor.id,
        action: "claim.status",
        entityType: "claim",
        entityId: move.id,
        documentId: move.documentId,
        claimId: move.id,
        before: { status: move.from },
        after: { status: move.to },
      });
    }
    return ok({ changed: moves.length });
  });
}
