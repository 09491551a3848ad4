import { setDiscussionResolved } from "@/lib/data/notes/threads";
import { writeRoute } from "@/server/route";

/**
 * PUT {resolved}: marks the claim's general discussion resolved, or reopens it (the claim's
 * author, repliers, reviewers).
 */
export const PUT = writeRoute<{ id: string }>(({ db, actor, body, params }) =>
  setDiscussionResolved(db, actor, params.id, body),
);
