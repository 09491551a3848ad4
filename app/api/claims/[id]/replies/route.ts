import { addReply } from "@/lib/data/notes/replies";
import { writeRoute } from "@/server/route";

/** POST {body}: replies in the claim's discussion (signed in). */
export const POST = writeRoute<{ id: string }>(
  ({ db, actor, body, params, newId }) => addReply(db, actor, params.id, body, newId),
  201,
);
