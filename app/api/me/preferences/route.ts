import { getReaderPreferences, saveReaderPreferences } from "@/lib/data/accounts/reader-preferences";
import { ok } from "@/lib/result";
import { apiRoute, writeRoute } from "@/server/route";

/** GET: your reader settings. */
export const GET = apiRoute({ caller: "user" }, async ({ db, actor }) => ok(await getReaderPreferences(db, actor)));

/** PUT {showSuggestions}: saves your reader settings. */
export const PUT = writeRoute(({ db, actor, body }) => saveReaderPreferences(db, actor, body));
