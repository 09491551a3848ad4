import { setThreadResolved } from "@/lib/data/notes/threads";
import { writeRoute } from "@/server/route";

/** PUT {resolved}: marks the note's reply thread resolved, or reopens it (the note's author, repliers, reviewers). */
export const PUT = writeRoute<{ id: string }>(({ db, actor, body, params }) =>
  setThreadResolved(db, actor, params.id, body),
);
