import { addNote } from "@/lib/data/notes/notes";
import { writeRoute } from "@/server/route";

/** POST {verdict, rationale, sources[]}: adds a verification note to the claim. */
export const POST = writeRoute<{ id: string }>(
  ({ db, actor, body, params, newId }) => addNote(db, actor, params.id, body, newId),
  201,
);
