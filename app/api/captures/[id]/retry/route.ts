import { retryCapture } from "@/lib/data/evidence/captures";
import { writeRoute } from "@/server/route";

/** POST: "Try again" on a failed capture (signed in). */
export const POST = writeRoute<{ id: string }>(({ db, actor, params }) => retryCapture(db, actor, params.id));
