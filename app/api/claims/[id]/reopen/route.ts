import { reopenClaim } from "@/lib/data/review/review";
import { writeRoute } from "@/server/route";

/** POST {reason, version}: reopens a published verdict (reviewers). */
export const POST = writeRoute<{ id: string }>(
  ({ db, actor, body, params }) => reopenClaim(db, actor, params.id, body),
  200,
  "reviewer",
);
