import { setNewAccountsJoinDefault } from "@/lib/data/workspaces/default-workspace";
import { writeRoute } from "@/server/route";

/** PUT {join}: whether new accounts join the Default workspace as Checkers (site administrators). */
export const PUT = writeRoute(({ db, actor, body }) => setNewAccountsJoinDefault(db, actor, body), 200, "admin");
