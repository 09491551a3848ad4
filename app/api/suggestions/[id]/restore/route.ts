import { restoreSuggestion } from "@/lib/data/suggestions/dismissals";
import { writeRoute } from "@/server/route";

/** POST: brings a dismissed suggestion back for everyone ("Undo" by who dismissed it, "Restore" by a reviewer). */
export const POST = writeRoute<{ id: string }>(({ db, actor, params }) => restoreSuggestion(db, actor, params.id));
