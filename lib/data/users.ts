import { decoyPasswordHash, hashPassword, verifyPassword } from "../auth/password";
import type { Db } from "../db";
import { isUniqueViolation } from "../db/errors";
import { fail, forbidden, ok, unauthenticated, type Result } from "../result";
import { isAdmin, isRole, ROLES, type Role } from "../roles";
import { signUpSchema } from "../validation/auth";
import { fieldErrorsOf } from "../validation/field-errors";
import type { Actor } from "./actor";
import { takeNamedLock } from "./named-lock";
import { recordEvent } from "./record-event";

export interface UserSummary {
  id: string;
  name: string;
  email: string;
  role: Role;
  createdAt: string;
}

const toSummary = (u: { id: string; name: string; email: string; role: string; createdAt: Date }): UserSummary => ({
  id: u.id,
  name: u.name,
  email: u.email,
  role: isRole(u.role) ? u.role : "ANNOTATOR",
  createdAt: u.createdAt.toISOString(),
});

/**
 * Creates an account. The first account of a fresh instance becomes ADMIN, later ones
 * ANNOTATOR; sign-ups take a named lock before counting, so two first sign-ups at once
 * cannot both become admin.
 */
export async function signUp(db: Db, input: unknown): Promise<Result<UserSummary>> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return fail(400, "Check the highlighted fields.", fieldErrorsOf(parsed.error));
  const { name, email, password } = parsed.data;
  const passwordHash = await hashPassword(password);
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return fail(409, "Check the highlighted fields.", { email: "An account with this email already exists. Sign in instead." });
  try {
    const user = await db.$transaction(async (tx) => {
      await takeNamedLock(tx, "accounts");
      const count = await tx.user.count();
      const role: Role = count === 0 ? "ADMIN" : "ANNOTATOR";
      const created = await tx.user.create({ data: { name, email, passwordHash, role } });
      await recordEvent(tx, {
        actorId: created.id,
        action: "user.signup",
        entityType: "user",
        entityId: created.id,
        after: { name, email, role },
      });
      return created;
    });
    return ok(toSummary(user));
  } catch (error) {
    if (isUniqueViolation(error)) {
      return fail(409, "Check the highlighted fields.", { email: "An account with this email already exists. Sign in instead." });
    }
    throw error;
  }
}

/** Checks an email and password; returns the user on a match, null otherwise (no hint which was wrong). */
export async function verifyCredentials(db: Db, email: string, password: string): Promise<UserSummary | null> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user?.passwordHash) {
    await verifyPassword(await decoyPasswordHash(), password);
    return null;
  }
  return (await verifyPassword(user.passwordHash, password)) ? toSummary(user) : null;
}

/** Lists every account, for the admin page. */
export async function listUsers(db: Db, actor: Actor | null): Promise<Result<UserSummary[]>> {
  if (!actor) return unauthenticated();
  if (!isAdmin(actor.role)) return forbidden("Only admins can see the list of users.");
  const users = await db.user.findMany({ orderBy: { createdAt: "asc" } });
  return ok(users.map(toSummary));
}

/** Lists users anyone signed in may pick (assignees, mentions): names only, no emails. */
export async function listUserNames(db: Db): Promise<{ id: string; name: string; role: Role }[]> {
  const users = await db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, role: true } });
  return users.map((u) => ({ id: u.id, name: u.name, role: isRole(u.role) ? u.role : "ANNOTATOR" }));
}

/** Changes a user's role (admins only). The last admin cannot be demoted, so the instance keeps one. */
export async function changeRole(db: Db, actor: Actor | null, userId: string, role: unknown): Promise<Result<UserSummary>> {
  if (!actor) return unauthenticated();
  if (!isAdmin(actor.role)) return forbidden("Only admins can change roles.");
  if (!isRole(role)) return fail(400, `Role must be one of ${ROLES.join(", ")}.`, { role: "Choose a role." });
  // The lock makes role changes take turns, so two admins demoting each other at once cannot
  // leave the instance with none.
  return db.$transaction(async (tx) => {
    await takeNamedLock(tx, "accounts");
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) return fail(404, "That user was not found.");
    if (user.role === role) return ok(toSummary(user));
    if (user.role === "ADMIN") {
      const admins = await tx.user.count({ where: { role: "ADMIN" } });
      if (admins <= 1) return fail(409, "This is the only admin. Make someone else an admin first.");
    }
    const updated = await tx.user.update({ where: { id: userId }, data: { role } });
    await recordEvent(tx, {
      actorId: actor.id,
      action: "user.role",
      entityType: "user",
      entityId: userId,
      before: { role: user.role },
      after: { role },
    });
    return ok(toSummary(updated));
  });
}
