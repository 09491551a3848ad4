import { joinWorkspace } from "@/lib/data/workspaces/workspaces";
import { writeRoute } from "@/server/route";

/** POST: "Join workspace": the caller becomes a Checker of this open workspace. */
export const POST = writeRoute<{ slug: string }>(({ db, actor, params }) => joinWorkspace(db, actor, params.slug));
