import type { Db } from "@/lib/db";
import { takeNamedLock } from "@/lib/data/named-lock";
import { recordEvent } from "@/lib/data/record-event";
import { isRole, type Role } from "@/lib/roles";

/** The local account for an OAuth sign-in, matched by email and created on first sign-in. */
export async function findOrCreateOAuthUser(db: Db, email: string, name: string): Promise<{ id: string; role: Role }> {
  const normalised = email.trim().toLowerCase();
  const existing = await db.user.findUnique({ where: { email: normalised } });
  if (existing) return { id: existing.id, role: isRole(existing.role) ? existing.role : "ANNOTATOR" };
  return db.$transaction(async (tx) => {
    await takeNamedLock(tx, "accounts"); // as in signUp: only one first account becomes admin
    const role: Role = (await tx.user.count()) === 0 ? "ADMIN" : "ANNOTATOR";
    const user = await tx.user.create({ data: { email: normalised, name: name.slice(0, 100), role } });
    await recordEvent(tx, { actorId: user.id, action: "user.signup", entityType: "user", entityId: user.id, after: { name: user.name, email: normalised, role } });
    return { id: user.id, role };
  });
}
