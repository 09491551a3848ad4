import type { Db } from "../../db";

/** Claims assigned to the user that still need a final verdict. */
export function countAssignedOpenClaims(db: Db, userId: string): Promise<number> {
  return db.claim.count({ where: { assigneeId: userId, withdrawnAt: null, status: { not: "REVIEWED" } } });
}

/**
 * Claims waiting for this reviewer's final verdict: verified (at least one note, no verdict),
 * assigned to them or to nobody, and not flagged by them (a second pair of eyes settles those).
 */
export function countAwaitingReview(db: Db, userId: string): Promise<number> {
  return db.claim.count({
    where: {
      withdrawnAt: null,
      status: "IN_REVIEW",
      authorId: { not: userId },
      OR: [{ assigneeId: userId }, { assigneeId: null }],
    },
  });
}
