import { unreadMentionCount } from "@/lib/data/notes/inbox";
import { apiRoute } from "@/server/route";

/** GET: {unread}: how many of the caller's mentions are unread (the header's badge polls it). */
export const GET = apiRoute({ caller: "user" }, ({ db, actor }) => unreadMentionCount(db, actor));
