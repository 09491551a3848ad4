import { changeOwnHandle } from "@/lib/data/accounts/people";
import { writeRoute } from "@/server/route";

/** PUT {handle}: changes the signed-in person's own @handle (409 when someone has it). */
export const PUT = writeRoute(({ db, actor, body }) => changeOwnHandle(db, actor, body));
