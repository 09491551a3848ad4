import { revokeToken } from "@/lib/data/accounts/api-tokens";
import { writeRoute } from "@/server/route";

/** DELETE: revokes the token at once (its owner, or an admin). */
export const DELETE = writeRoute<{ id: string }>(({ db, actor, params }) => revokeToken(db, actor, params.id));
