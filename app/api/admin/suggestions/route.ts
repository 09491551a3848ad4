import { suggestionsModelStatus } from "@/lib/data/suggestions/desk-admin";
import { apiRoute } from "@/server/route";

/** GET: the suggestions model in use, its figures on the desk's labels beside the base's, what is queued (admins). */
export const GET = apiRoute({ caller: "admin" }, ({ db, actor }) => suggestionsModelStatus(db, actor));
