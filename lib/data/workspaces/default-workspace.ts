import type { Db, Tx } from "../../db";
import { forbidden, ok, unauthenticated, type Result } from "../../result";
import { isAdmin, type Role } from "../../roles";
import { DEFAULT_WORKSPACE_ID } from "../../workspaces/visibility";
import { workspaceRoleOf } from "../../workspaces/workspace-roles";
import type { Actor } from "../actor";
import { parseInput } from "../../validation/parse-input";
import { joinSettingSchema } from "../../validation/workspace";

/** The setting site administrators turn off so new accounts start in no workspace. */
const JOIN_SETTING = "workspaces.newAccountsJoinDefault";

/** Whether new accounts join the Default workspace (on unless a site administrator turned it off). */
export async function newAccountsJoinDefault(db: Db | Tx): Promise<boolean> {
  const row = await db.setting.findUnique({ where: { key: JOIN_SETTING }, select: { value: true } });
  return row?.value !== "off";
}

/**
 * A new account's place in the Default workspace, in the transaction that creates it: a Checker,
 * as every account was an annotator before workspaces, and the instance's admin its Admin. None
 * when site administrators turned joining off (the admin still joins: a fresh install works).
 */
export async function joinDefaultOnSignUp(tx: Tx, userId: string, role: Role): Promise<void> {
  if (role !== "ADMIN" && !(await newAccountsJoinDefault(tx))) return;
  await setDefaultMembership(tx, userId, role);
}

/**
 * Keeps the Default workspace's membership in step with the account role a site administrator
 * sets on the Users page (Annotator → Checker, Reviewer → Editor, Admin → Admin).
 */
export async function setDefaultMembership(tx: Tx, userId: string, role: Role): Promise<void> {
  const workspaceRole = workspaceRoleOf(role);
  await tx.membership.upsert({
    where: { workspaceId_userId: { workspaceId: DEFAULT_WORKSPACE_ID, userId } },
    create: { workspaceId: DEFAULT_WORKSPACE_ID, userId, role: workspaceRole },
    update: { role: workspaceRole },
  });
}

/** Turns joining the Default workspace at sign-up on or off (site administrators). */
export async function setNewAccountsJoinDefault(
  db: Db,
  actor: Actor | null,
  input: unknown,
): Promise<Result<{ join: boolean }>> {
  if (!actor) return unauthenticated();
  if (actor.onlyWorkspace || !isAdmin(actor.role)) return forbidden("Only site administrators can change this.");
  const parsed = parseInput(joinSettingSchema, input);
  if (!parsed.ok) return parsed;
  const value = parsed.data.join ? "on" : "off";
  await db.setting.upsert({ where: { key: JOIN_SETTING }, create: { key: JOIN_SETTING, value }, update: { value } });
  return ok({ join: parsed.data.join });
}
