import { markMentionsRead } from "@/lib/data/notes/inbox";
import { writeRoute } from "@/server/route";

/** POST {ids: [...]} or {all: true}: marks the caller's own inbox items read. */
export const POST = writeRoute(({ db, actor, body }) => markMentionsRead(db, actor, body));
