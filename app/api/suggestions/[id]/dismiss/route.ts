import { dismissSuggestion } from "@/lib/data/suggestions/dismissals";
import { writeRoute } from "@/server/route";

/** POST: hides a suggested claim for everyone (signed in; recorded in the event log). */
export const POST = writeRoute<{ id: string }>(({ db, actor, params }) => dismissSuggestion(db, actor, params.id));
