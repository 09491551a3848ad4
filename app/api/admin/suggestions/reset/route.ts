import { requestReset } from "@/lib/data/suggestions/desk-admin";
import { writeRoute } from "@/server/route";

/** POST: "Reset to the base model" (admins): queued for the worker, which re-scores the documents. */
export const POST = writeRoute(({ db, actor }) => requestReset(db, actor), 202, "admin");
