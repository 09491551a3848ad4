import { setWorkspaceArchived } from "@/lib/data/workspaces/workspaces";
import { writeRoute } from "@/server/route";

/** POST {archived}: archives the workspace (its Admins, site administrators) or restores it (site administrators). */
export const POST = writeRoute<{ slug: string }>(({ db, actor, body, params }) =>
  setWorkspaceArchived(db, actor, params.slug, body),
);
