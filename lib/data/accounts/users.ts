import type { Db } from "../../db";
import { accountDisabledSchema, roleChangeSchema } from "../../validation/users";
import { fail, forbidden, ok, unauthenticated, type Result } from "../../result";
import { isAdmin, isRole, type Role } from "../../roles";
import type { Actor } from "../actor";
import { takeNamedLock } from "../named-lock";
import { recordEvent } from "../events/record-event";
import { toUserSummary as toSummary, type UserSummary } from "./user-summary";
import { parseInput } from "../../validation/parse-input";
import { inTransaction } from "../transaction";
import { setDefaultMembership } from "../workspaces/default-workspace";

export type { UserSummary };

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
export async function changeRole(
  db: Db,
  actor: Actor | null,
  userId: string,
  input: unknown,
): Promise<Result<UserSummary>> {
  if (!actor) return unauthenticated();
  if (!isAdmin(actor.role)) return forbidden("Only admins can change roles.");
  // The schema the OpenAPI document describes is the one read here.
  const parsed = parseInput(roleChangeSchema, input);
  if (!parsed.ok) return parsed;
  const { role } = parsed.data;
  // The lock makes role changes take turns, so two admins demoting each other at once cannot
  // leave the instance with none.
  return inTransaction(db, async (tx) => {
    await takeNamedLock(tx, "accounts");
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) return fail(404, "That user was not found.");
    if (user.role === role) return ok(toSummary(user));
    if (user.role === "ADMIN" && (await activeAdminCount(tx)) <= 1)
      return fail(409, "This is the only admin. Make someone else an admin first.");
    const updated = await tx.user.update({ where: { id: userId }, data: { role } });
    await setDefaultMembership(tx, userId, role);
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

/** Admins whose accounts are not disabled: the instance must always keep one. */
function activeAdminCount(tx: Pick<Db, "user">): Promise<number> {
  return tx.user.count({ where: { role: "ADMIN", disabledAt: null } });
}

/**
 * Disables or re-enables an account (admins only). Disabling ends every session of the
 * account at once (its session version moves on) and refuses its sign-ins; the last active
 * admin cannot be disabled, and nobody disables themselves.
 */
export async function setAccountDisabled(
  db: Db,
  actor: Actor | null,
  userId: string,
  input: unknown,
): Promise<Result<UserSummary>> {
  if (!actor) return unauthenticated();
  if (!isAdmin(actor.role)) return forbidden("Only admins can disable accounts.");
  const parsed = parseInput(accountDisabledSchema, input, 'Send {"disabled": true} or {"disabled": false}.');
  if (!parsed.ok) return parsed;
  const { disabled } = parsed.data;
  if (userId === actor.id && disabled) return fail(409, "You cannot disable your own account.");
  return inTransaction(db, async (tx) => {
    await takeNamedLock(tx, "accounts");
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) return fail(404, "That user was not found.");
    if (Boolean(user.disabledAt) === disabled) return ok(toSummary(user));
    if (disabled && user.role === "ADMIN" && (await activeAdminCount(tx)) <= 1) {
      return fail(409, "This is the only active admin. Make someone else an admin first.");
    }
    const updated = await tx.user.update({
      where: { id: userId },
      data: disabled ? { disabledAt: new Date(), sessionVersion: { increment: 1 } } : { disabledAt: null },
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: disabled ? "user.disable" : "user.enable",
      entityType: "user",
      entityId: userId,
      before: { disabled: !disabled },
      after: { disabled },
    });
    return ok(toSummary(updated));
  });
}

/** Ends every session of a user (sign-out): sessions issued before now stop working on their next request. */
export async function endSessions(db: Db, userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
