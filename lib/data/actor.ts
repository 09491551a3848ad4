import type { Role } from "../roles";
import { isRole } from "../roles";
import type { Db } from "../db";

/** Who is asking: the signed-in user as the database knows them now (role read fresh). */
export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/**
 * Loads the actor for a session's user id. A role changed by an admin takes effect on the
 * next request, and a session of a user who no longer exists is no session at all.
 */
export async function loadActor(db: Db, userId: string | null | undefined): Promise<Actor | null> {
  if (!userId) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, role: true } });
  if (!user || !isRole(user.role)) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}
