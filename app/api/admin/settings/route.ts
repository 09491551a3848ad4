import { readDeskSettings, saveDeskSettings } from "@/lib/data/publishing/desk-settings";
import { ok } from "@/lib/result";
import { deskFallback } from "@/server/publishing/public-site";
import { apiRoute, writeRoute } from "@/server/route";

/** GET: the desk's publishing settings (site administrators). */
export const GET = apiRoute({ caller: "admin" }, async ({ db }) => ok(await readDeskSettings(db, deskFallback())));

/**
 * PUT {organisationName, organisationUrl, logoUrl, licenceName, licenceUrl, ratingWorst, ratingBest,
 * ratingValues, showReviewerNames} (site administrators).
 */
export const PUT = writeRoute(({ db, actor, body }) => saveDeskSettings(db, actor, body, deskFallback()), 200, "admin");
