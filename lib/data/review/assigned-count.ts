import type { Db } from "../../db";
import { canReview } from "../../roles";
import type { Actor } from "../actor";
import { workspacesWhere } from "../workspaces/scope";

/** Claims of the workspaces where the reviewer reviews (an Editor or Admin there). */
const inReviewedWorkspaces = (actor: Actor) => ({
  document: { workspaceId: { in: workspacesWhere(actor, canReview) } },
});

/** Claims assigned to the reviewer that still need a final verdict. */
export function countAssignedOpenClaims(db: Db, actor: Actor): Promise<number> {
  return db.claim.count({
    where: { assigneeId: actor.id, withdrawnAt: null, status: { not: "REVIEWED" }, ...inReviewedWorkspaces(actor) },
  });
}

/**
 * Claims waiting for this reviewer's final verdict: verified (at least one note, no verdict),
 * assigned to them or to nobody, and not flagged by them (a second pair of eyes settles those).
 */
export function countAwaitingReview(db: Db, actor: Actor): Promise<number> {
  return db.claim.count({
    where: {
      withdrawnAt: null,
      status: "IN_REVIEW",
      authorId: { not: actor.id },
      OR: [{ assigneeId: actor.id }, { assigneeId: null }],
      ...inReviewedWorkspaces(actor),
    },
  });
}
