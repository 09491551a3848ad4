import { publishVerdict } from "@/lib/data/review/review";
import { writeRoute } from "@/server/route";

/** POST {verdict, summary, version}: publishes the final verdict (reviewers; 409 if the claim changed). */
export const POST = writeRoute<{ id: string }>(
  ({ db, actor, body, params }) => publishVerdict(db, actor, params.id, body),
  200,
  "reviewer",
);
