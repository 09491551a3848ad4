import { acceptInvitation } from "@/lib/data/workspaces/invitations";
import { writeRoute } from "@/server/route";

/** POST: accepts the invitation as the signed-in account it was made for; 410 once used or expired. */
export const POST = writeRoute<{ token: string }>(({ db, actor, params }) => acceptInvitation(db, actor, params.token));
