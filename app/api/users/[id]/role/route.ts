import { changeRole } from "@/lib/data/accounts/users";
import { writeRoute } from "@/server/route";

/** PUT {role}: changes a user's role (admins only). */
export const PUT = writeRoute<{ id: string }>(
  ({ db, actor, body, params }) => changeRole(db, actor, params.id, body),
  200,
  "admin",
);
