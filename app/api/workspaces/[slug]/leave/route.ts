import { endMembership } from "@/lib/data/workspaces/members";
import { unauthenticated } from "@/lib/result";
import { writeRoute } from "@/server/route";

/** POST: "Leave workspace" (not its last Admin). */
export const POST = writeRoute<{ slug: string }>(({ db, actor, params }) =>
  actor ? endMembership(db, actor, params.slug, actor.id) : Promise.resolve(unauthenticated()),
);
