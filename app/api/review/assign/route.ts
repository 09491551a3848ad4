import { assignClaims } from "@/lib/data/review/review";
import { writeRoute } from "@/server/route";

/** POST {claimIds, assigneeId|null}: assigns claims, all or none (reviewers). */
export const POST = writeRoute(({ db, actor, body }) => assignClaims(db, actor, body), 200, "reviewer");
