import { recheckAllNow } from "@/lib/data/evidence/captures";
import { writeRoute } from "@/server/route";

/** POST: "Re-check sources now" (admins): every captured source is fetched again and compared. */
export const POST = writeRoute(({ db, actor }) => recheckAllNow(db, actor), 200, "admin");
