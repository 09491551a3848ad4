import { createInvitation } from "@/lib/data/workspaces/invitations";
import { writeRoute } from "@/server/route";

/** POST {email, role}: a single-use invitation link, valid 7 days, shown once (its Admins). */
export const POST = writeRoute<{ slug: string }>(
  ({ db, actor, body, params }) => createInvitation(db, actor, params.slug, body),
  201,
);
