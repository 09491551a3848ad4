import { changeMemberRole, endMembership } from "@/lib/data/workspaces/members";
import { writeRoute } from "@/server/route";

/** PUT {role}: changes a member's role (its Admins; never the last Admin's). */
export const PUT = writeRoute<{ slug: string; userId: string }>(({ db, actor, body, params }) =>
  changeMemberRole(db, actor, params.slug, params.userId, body),
);

/** DELETE: removes a member (its Admins; never the last Admin). */
export const DELETE = writeRoute<{ slug: string; userId: string }>(({ db, actor, params }) =>
  endMembership(db, actor, params.slug, params.userId),
);
