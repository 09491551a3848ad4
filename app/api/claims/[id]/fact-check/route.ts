import { getFactCheckDraft } from "@/lib/data/publishing/fact-check-draft";
import { publishFactCheck, updateFactCheck } from "@/lib/data/publishing/fact-check-publishing";
import { readRoute, writeRoute } from "@/server/route";

/** GET: the claim's public fact-check as the publishing form starts from it (its state, fields and sources). */
export const GET = readRoute<{ id: string }>(({ db, actor, params }) => getFactCheckDraft(db, actor, params.id));

/** POST {headline, summary, claimAuthor, claimPublisher, claimDate, claimUrl, sources}: "Publish fact-check". */
export const POST = writeRoute<{ id: string }>(
  ({ db, actor, body, params }) => publishFactCheck(db, actor, params.id, body),
  201,
  "reviewer",
);

/** PATCH {…the same, correction}: "Update fact-check", with a one-line correction note shown on the page. */
export const PATCH = writeRoute<{ id: string }>(
  ({ db, actor, body, params }) => updateFactCheck(db, actor, params.id, body),
  200,
  "reviewer",
);
