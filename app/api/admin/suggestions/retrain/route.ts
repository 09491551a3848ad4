import { requestRetrain } from "@/lib/data/suggestions/desk-admin";
import { writeRoute } from "@/server/route";

/** POST: "Retrain now" (admins): queued for the worker; 409 with how many more labels are needed when too few. */
export const POST = writeRoute(({ db, actor }) => requestRetrain(db, actor), 202, "admin");
