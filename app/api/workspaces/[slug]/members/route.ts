import { listMembers } from "@/lib/data/workspaces/members";
import { readRoute } from "@/server/route";

/** GET: the workspace's members and roles (emails for its Admins) and its membership changes. */
export const GET = readRoute<{ slug: string }>(({ db, actor, params }) => listMembers(db, actor, params.slug));
