import { unlinkClaim } from "@/lib/data/claims/claim-links";
import { writeRoute } from "@/server/route";

/** DELETE: removes a "Same claim" link (the person who made it, or a reviewer). */
export const DELETE = writeRoute<{ id: string; linkId: string }>(({ db, actor, params }) =>
  unlinkClaim(db, actor, params.linkId),
);
