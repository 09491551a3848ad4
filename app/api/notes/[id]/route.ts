import { deleteNote, editNote } from "@/lib/data/notes/notes";
import { writeRoute } from "@/server/route";

/** PATCH {verdict, rationale, sources[]}: edits a note (its author; the old text is kept). */
export const PATCH = writeRoute<{ id: string }>(({ db, actor, body, params }) => editNote(db, actor, params.id, body));

/** DELETE: deletes a note (its author or an admin; the event log keeps the trace). */
export const DELETE = writeRoute<{ id: string }>(({ db, actor, params }) => deleteNote(db, actor, params.id));
