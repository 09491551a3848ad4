import { setAccountDisabled } from "@/lib/data/accounts/users";
import { writeRoute } from "@/server/route";

/** PUT {disabled: boolean}: disables an account, ending its sessions, or enables it again (admins only). */
export const PUT = writeRoute<{ id: string }>(
  ({ db, actor, body, params }) => setAccountDisabled(db, actor, params.id, body),
  200,
  "admin",
);
