import { setClaimsStatus } from "@/lib/data/review/review";
import { writeRoute } from "@/server/route";

/** POST {claimIds, status}: sets the status of claims, all or none (reviewers). */
export const POST = writeRoute(({ db, actor, body }) => setClaimsStatus(db, actor, body), 200, "reviewer");
