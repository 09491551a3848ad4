import type { Db } from "../../db";

/** Claims assigned to the user that still need a final verdict. */
export function countAssignedOpenClaims(db: Db, userId: string): Promise<number> {
  return db.claim.count({ where: { assigneeId: userId, withdrawnAt: null, status: { not: "REVIEWED" } } });
}
