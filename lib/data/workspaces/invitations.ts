import { randomBytes } from "node:crypto";
import { hashTokenSecret } from "../../auth/api-token";
import type { Db } from "../../db";
import { fail, forbidden, notFound, ok, unauthenticated, type Result } from "../../result";
import { parseInput } from "../../validation/parse-input";
import { invitationSchema } from "../../validation/workspace";
import { hasWorkspaceRole, isWorkspaceRole, type WorkspaceRole } from "../../workspaces/workspace-roles";
import type { Actor } from "../actor";
import { recordEvent } from "../events/record-event";
import { inTransaction } from "../transaction";
import { admitMember, workspaceBySlug } from "./scope";

/** How long an invitation link works. */
export const INVITATION_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The link's path: the token in it is the only copy (the database keeps its SHA-256). */
export const invitationPath = (token: string) => `/invitations/${token}`;

/**
 * "Create invitation" (the workspace's Admins): a single-use link for one email address and
 * role, working for 7 days. The token is in the answer and nowhere else, ever.
 */
export async function createInvitation(
  db: Db,
  caller: Actor | null,
  slug: string,
  input: unknown,
): Promise<Result<{ path: string; email: string; role: WorkspaceRole; expiresAt: string }>> {
  const admitted = await admitMember(workspaceBySlug(db, slug), caller, "admin", "That workspace");
  if (!admitted.ok) return admitted;
  const { workspace, actor } = admitted;
  const parsed = parseInput(invitationSchema, input, "Check the highlighted fields.");
  if (!parsed.ok) return parsed;
  const { email, role } = parsed.data;
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * DAY_MS);
  await db.$transaction(async (tx) => {
    await tx.invitation.create({
      data: {
        workspaceId: workspace.id,
        email,
        role,
        tokenHash: hashTokenSecret(token),
        expiresAt,
        createdById: actor.id,
      },
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: "invitation.create",
      entityType: "workspace",
      entityId: workspace.id,
      workspaceId: workspace.id,
      after: { email, role },
    });
  });
  return ok({ path: invitationPath(token), email, role, expiresAt: expiresAt.toISOString() }, { status: 201 });
}

/** What the invitation page shows: whose workspace, which role, and whether the link still works. */
export interface InvitationView {
  workspaceName: string;
  workspaceSlug: string;
  email: string;
  role: WorkspaceRole;
  state: "valid" | "expired" | "used" | "archived";
  /** Whom to ask for a new link when it no longer works. */
  admins: string[];
}

async function findInvitation(db: Db, token: string) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  return db.invitation.findUnique({
    where: { tokenHash: hashTokenSecret(token) },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      usedAt: true,
      workspace: {
        select: {
          id: true,
          slug: true,
          name: true,
          archivedAt: true,
          memberships: { where: { role: "ADMIN" }, select: { user: { select: { name: true } } } },
        },
      },
    },
  });
}

type Found = NonNullable<Awaited<ReturnType<typeof findInvitation>>>;

function viewOf(found: Found, now: Date): InvitationView {
  const state = found.usedAt
    ? "used"
    : found.workspace.archivedAt
      ? "archived"
      : found.expiresAt <= now
        ? "expired"
        : "valid";
  return {
    workspaceName: found.workspace.name,
    workspaceSlug: found.workspace.slug,
    email: found.email,
    role: isWorkspaceRole(found.role) ? found.role : "VIEWER",
    state,
    admins: found.workspace.memberships.map((m) => m.user.name).sort(),
  };
}

/** The invitation behind a link, or null for a link that never was one. */
export async function describeInvitation(db: Db, token: string, now = new Date()): Promise<InvitationView | null> {
  const found = await findInvitation(db, token);
  return found ? viewOf(found, now) : null;
}

const NO_LONGER: Record<Exclude<InvitationView["state"], "valid">, string> = {
  used: "This invitation was already used.",
  expired: "This invitation has expired.",
  archived: "This workspace is archived, so its invitations no longer work.",
};

/** What to tell someone whose link no longer works: why, and which Admins to ask for a new one. */
export function invitationRefusal(view: InvitationView): string {
  if (view.state === "valid") return "";
  const ask = view.admins.length > 0 ? ` Ask ${view.admins.join(" or ")} for a new one.` : "";
  return `${NO_LONGER[view.state]}${ask}`;
}

/**
 * Accepts an invitation: the signed-in account whose email it was made for joins the workspace
 * with its role (a member keeps a higher role they already have). Single use: the link is spent
 * in the same transaction, so two tabs cannot both use it.
 */
export async function acceptInvitation(
  db: Db,
  actor: Actor | null,
  token: string,
  now = new Date(),
): Promise<Result<{ workspaceSlug: string; role: WorkspaceRole }>> {
  if (!actor) return unauthenticated();
  if (actor.onlyWorkspace) return forbidden("Access tokens cannot accept invitations: open the link in Claimmark.");
  const found = await findInvitation(db, token);
  if (!found) return notFound("That invitation");
  const view = viewOf(found, now);
  if (view.state !== "valid") return fail(410, invitationRefusal(view));
  if (found.email !== actor.email.toLowerCase())
    return forbidden(
      `This invitation is for ${found.email}, and you are signed in as ${actor.email}. Sign in with that address to accept it.`,
    );
  return inTransaction(db, async (tx) => {
    const spent = await tx.invitation.updateMany({
      where: { id: found.id, usedAt: null },
      data: { usedAt: now, usedById: actor.id },
    });
    if (spent.count !== 1) return fail(410, invitationRefusal({ ...view, state: "used" }));
    const key = { workspaceId_userId: { workspaceId: found.workspace.id, userId: actor.id } };
    const existing = await tx.membership.findUnique({ where: key, select: { role: true } });
    const role =
      existing && isWorkspaceRole(existing.role) && hasWorkspaceRole(existing.role, view.role)
        ? existing.role
        : view.role;
    if (existing) await tx.membership.update({ where: key, data: { role } });
    else await tx.membership.create({ data: { workspaceId: found.workspace.id, userId: actor.id, role } });
    await recordEvent(tx, {
      actorId: actor.id,
      action: "invitation.accept",
      entityType: "workspace",
      entityId: found.workspace.id,
      workspaceId: found.workspace.id,
      after: { member: actor.name, email: found.email, role },
    });
    return ok({ workspaceSlug: found.workspace.slug, role });
  });
}
