import type { Db, Tx } from "../../db";
import { describeEvent } from "../../events";
import { fail, notFound, ok, unauthenticated, type Result } from "../../result";
import { parseInput } from "../../validation/parse-input";
import { memberRoleSchema } from "../../validation/workspace";
import {
  isWorkspaceRole,
  rolesFrom,
  WORKSPACE_ROLES,
  workspaceRoleLabel,
  type WorkspaceRole,
} from "../../workspaces/workspace-roles";
import type { Actor } from "../actor";
import { recordEvent } from "../events/record-event";
import { takeNamedLock } from "../named-lock";
import { inTransaction } from "../transaction";
import { admit, roleIn } from "./scope";

export interface MemberView {
  userId: string;
  name: string;
  handle: string | null;
  /** Shown to the workspace's Admins only (they invite and manage people). */
  email: string | null;
  role: WorkspaceRole;
  joinedAt: string;
}

export interface MembershipChange {
  id: string;
  when: string;
  who: string;
  what: string;
  detail: string | null;
}

const WORKSPACE = { id: true, slug: true, name: true, visibility: true, archivedAt: true } as const;

/**
 * The members of a workspace, Admins first (to anyone who may read it), and its audit log of
 * membership changes (to its members; invited addresses to its Admins only).
 */
export async function listMembers(
  db: Db,
  actor: Actor | null,
  slug: string,
): Promise<Result<{ members: MemberView[]; changes: MembershipChange[] }>> {
  const workspace = await db.workspace.findUnique({ where: { slug }, select: WORKSPACE });
  if (!workspace) return notFound("That workspace");
  const admitted = admit(actor, workspace, "read", "That workspace");
  if (!admitted.ok) return admitted;
  const role = roleIn(actor, workspace.id);
  const seesEmails = role === "ADMIN";
  const [rows, events] = await Promise.all([
    db.membership.findMany({
      where: { workspaceId: workspace.id },
      select: { role: true, createdAt: true, user: { select: { id: true, name: true, handle: true, email: true } } },
    }),
    // The log is for members only.
    role
      ? db.event.findMany({
          where: { workspaceId: workspace.id },
          orderBy: { createdAt: "desc" },
          take: 100,
          select: { id: true, action: true, createdAt: true, after: true, actor: { select: { name: true } } },
        })
      : [],
  ]);
  // Admins first: the roles from most to least trusted.
  const order = (role: string) => -WORKSPACE_ROLES.indexOf(role as WorkspaceRole);
  const members = rows
    .filter((r) => isWorkspaceRole(r.role))
    .sort((a, b) => order(a.role) - order(b.role) || a.user.name.localeCompare(b.user.name))
    .map((r) => ({
      userId: r.user.id,
      name: r.user.name,
      handle: r.user.handle,
      email: seesEmails ? r.user.email : null,
      role: r.role as WorkspaceRole,
      joinedAt: r.createdAt.toISOString(),
    }));
  return ok({ members, changes: events.map((event) => changeOf(event, seesEmails)) });
}

/** One membership event in words: "Ana changed a member's role" with "Ben Okafor: Editor". */
function changeOf(
  event: { id: string; action: string; createdAt: Date; after: string | null; actor: { name: string } | null },
  withEmails: boolean,
): MembershipChange {
  let detail: string | null = null;
  try {
    const after = event.after ? (JSON.parse(event.after) as Record<string, unknown>) : {};
    const parts = [after.member, withEmails ? after.email : undefined, after.name].filter(
      (p): p is string => typeof p === "string",
    );
    const role = isWorkspaceRole(after.role) ? workspaceRoleLabel(after.role) : null;
    detail = [parts.join(", "), role].filter(Boolean).join(": ") || null;
  } catch {
    detail = null;
  }
  return {
    id: event.id,
    when: event.createdAt.toISOString(),
    who: event.actor?.name ?? "Claimmark",
    what: describeEvent(event.action),
    detail,
  };
}

/** How many Admins a workspace has, read under its lock so two demotions at once cannot leave it with none. */
async function adminCount(tx: Tx, workspaceId: string): Promise<number> {
  await takeNamedLock(tx, `workspace:${workspaceId}`);
  return tx.membership.count({ where: { workspaceId, role: "ADMIN" } });
}

const LAST_ADMIN = "This is the workspace's only Admin. Make someone else an Admin first.";

/** Changes a member's role (the workspace's Admins). The last Admin cannot be demoted. */
export async function changeMemberRole(
  db: Db,
  actor: Actor | null,
  slug: string,
  userId: string,
  input: unknown,
): Promise<Result<{ userId: string; role: WorkspaceRole }>> {
  if (!actor) return unauthenticated();
  const parsed = parseInput(memberRoleSchema, input);
  if (!parsed.ok) return parsed;
  const { role } = parsed.data;
  return inTransaction(db, async (tx) => {
    const workspace = await tx.workspace.findUnique({ where: { slug }, select: WORKSPACE });
    if (!workspace) return notFound("That workspace");
    const admitted = admit(actor, workspace, "admin", "That workspace");
    if (!admitted.ok) return admitted;
    const member = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: workspace.id, userId } },
      select: { role: true, user: { select: { name: true } } },
    });
    if (!member) return notFound("That member");
    if (member.role === role) return ok({ userId, role });
    if (member.role === "ADMIN" && (await adminCount(tx, workspace.id)) <= 1) return fail(409, LAST_ADMIN);
    await tx.membership.update({
      where: { workspaceId_userId: { workspaceId: workspace.id, userId } },
      data: { role },
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: "member.role",
      entityType: "workspace",
      entityId: workspace.id,
      workspaceId: workspace.id,
      before: { member: member.user.name, role: member.role },
      after: { member: member.user.name, role },
    });
    return ok({ userId, role });
  });
}

/**
 * Ends a membership: "Leave workspace" (the member themselves) or "Remove" (its Admins). The
 * last Admin can do neither to themselves; their notes and claims stay, as everywhere.
 */
export async function endMembership(
  db: Db,
  actor: Actor | null,
  slug: string,
  userId: string,
): Promise<Result<{ userId: string }>> {
  if (!actor) return unauthenticated();
  const leaving = userId === actor.id;
  return inTransaction(db, async (tx) => {
    const workspace = await tx.workspace.findUnique({ where: { slug }, select: WORKSPACE });
    if (!workspace) return notFound("That workspace");
    const admitted = admit(actor, workspace, leaving ? "read" : "admin", "That workspace");
    if (!admitted.ok) return admitted;
    const member = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: workspace.id, userId } },
      select: { role: true, user: { select: { name: true } } },
    });
    if (!member) return leaving ? fail(409, "You are not a member of this workspace.") : notFound("That member");
    if (member.role === "ADMIN" && (await adminCount(tx, workspace.id)) <= 1)
      return fail(
        409,
        leaving ? "You are this workspace's only Admin: make someone else an Admin before you leave." : LAST_ADMIN,
      );
    await tx.membership.delete({ where: { workspaceId_userId: { workspaceId: workspace.id, userId } } });
    await recordEvent(tx, {
      actorId: actor.id,
      action: leaving ? "member.leave" : "member.remove",
      entityType: "workspace",
      entityId: workspace.id,
      workspaceId: workspace.id,
      before: { member: member.user.name, role: member.role },
      after: { member: member.user.name },
    });
    return ok({ userId });
  });
}

/** The Editors and Admins of these workspaces: who claims there may be assigned to. */
export async function reviewersOf(db: Db, workspaceIds: readonly string[]): Promise<{ id: string; name: string }[]> {
  const rows = await db.membership.findMany({
    where: { workspaceId: { in: [...workspaceIds] }, role: { in: rolesFrom("EDITOR") }, user: { disabledAt: null } },
    select: { user: { select: { id: true, name: true } } },
  });
  const byId = new Map(rows.map((r) => [r.user.id, r.user]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}
