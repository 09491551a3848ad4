import { reattachClaim } from "@/lib/data/claims/claim-reattach";
import { writeRoute } from "@/server/route";

/** PUT {start, end, exact}: re-attaches the claim to a selection of the current revision (reviewers and admins). */
export const PUT = writeRoute<{ id: string }>(
  ({ db, actor, body, params }) => reattachClaim(db, actor, params.id, body),
  200,
  "reviewer",
);
