import { unpublishFactCheck } from "@/lib/data/publishing/fact-check-publishing";
import { writeRoute } from "@/server/route";

/** POST {reason}: "Unpublish": the public page answers 410 Gone with the reason (Editors). */
export const POST = writeRoute<{ id: string }>(
  ({ db, actor, body, params }) => unpublishFactCheck(db, actor, params.id, body),
  200,
  "reviewer",
);
