import type { Db } from "../../db";
import { isUniqueViolation } from "../../db/errors";
import { fail, forbidden, notFound, ok, unauthenticated, type Result } from "../../result";
import { canReview, isAdmin } from "../../roles";
import { parseInput } from "../../validation/parse-input";
import { createWorkspaceSchema, workspaceArchiveSchema, workspaceSettingsSchema } from "../../validation/workspace";
import { type Visibility } from "../../workspaces/visibility";
import type { WorkspaceRole } from "../../workspaces/workspace-roles";
import { workspaceSlugOf } from "../../workspaces/workspace-slug";
import type { Actor } from "../actor";
import { recordEvent } from "../events/record-event";
import { firstFreeNumbered } from "../../document/slug";
import { inTransaction } from "../transaction";
import { admit, canReadWorkspace, roleIn, workspacesWhere } from "./scope";

/** A workspace as its pages show it, with the caller's role there (null: not a member). */
export interface WorkspaceView {
  id: string;
  slug: string;
  name: string;
  visibility: Visibility;
  shareFactChecks: boolean;
  archived: boolean;
  role: WorkspaceRole | null;
  memberCount: number;
}

const VIEW_SELECT = {
  id: true,
  slug: true,
  name: true,
  visibility: true,
  shareFactChecks: true,
  archivedAt: true,
  _count: { select: { memberships: true } },
} as const;

type ViewRow = {
  id: string;
  slug: string;
  name: string;
  visibility: string;
  shareFactChecks: boolean;
  archivedAt: Date | null;
  _count: { memberships: number };
};

const viewOf = (row: ViewRow, actor: Actor | null): WorkspaceView => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  visibility: row.visibility === "OPEN" ? "OPEN" : "PRIVATE",
  shareFactChecks: row.shareFactChecks,
  archived: row.archivedAt !== null,
  role: roleIn(actor, row.id),
  memberCount: row._count.memberships,
});

const SLUG_TAKEN = "This address is taken by another workspace; choose another.";

/**
 * Creates a workspace (anyone signed in); its creator becomes its Admin. A typed address that is
 * taken is a field error; an address made from the name takes the next free number.
 */
export async function createWorkspace(db: Db, actor: Actor | null, input: unknown): Promise<Result<WorkspaceView>> {
  if (!actor) return unauthenticated();
  if (actor.onlyWorkspace)
    return forbidden("Access tokens cannot create workspaces: sign in to Claimmark to make one.");
  const parsed = parseInput(createWorkspaceSchema, input, "Check the highlighted fields.");
  if (!parsed.ok) return parsed;
  const { name, visibility, slug: typed } = parsed.data;
  let slug = typed;
  if (!slug) {
    const base = workspaceSlugOf(name);
    const taken = new Set(
      (await db.workspace.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
        (w) => w.slug,
      ),
    );
    slug = firstFreeNumbered(base, (candidate) => !taken.has(candidate) && candidate !== "new");
  }
  try {
    const created = await db.$transaction(async (tx) => {
      const workspace = await tx.workspace.create({
        data: { slug: slug!, name, visibility, createdById: actor.id },
        select: VIEW_SELECT,
      });
      await tx.membership.create({ data: { workspaceId: workspace.id, userId: actor.id, role: "ADMIN" } });
      await recordEvent(tx, {
        actorId: actor.id,
        action: "workspace.create",
        entityType: "workspace",
        entityId: workspace.id,
        workspaceId: workspace.id,
        after: { name, slug, visibility },
      });
      return workspace;
    });
    return ok(
      { ...viewOf(created, actor), role: "ADMIN", memberCount: 1 },
      { status: 201, headers: { Location: `/workspaces/${created.slug}` } },
    );
  } catch (error) {
    if (isUniqueViolation(error)) return fail(409, "Check the highlighted fields.", { slug: SLUG_TAKEN });
    throw error;
  }
}

/**
 * The workspaces page: the ones the person is in (archived ones too, marked), the open ones
 * they may join, and for a site administrator every other workspace (to archive or restore).
 */
export async function listWorkspaces(
  db: Db,
  actor: Actor | null,
): Promise<{ mine: WorkspaceView[]; open: WorkspaceView[]; others: WorkspaceView[] }> {
  const rows = await db.workspace.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: VIEW_SELECT });
  const views = rows.map((row) => viewOf(row, actor));
  const siteAdmin = Boolean(actor && !actor.onlyWorkspace && isAdmin(actor.role));
  const mine = views.filter((w) => w.role !== null);
  const open = views.filter((w) => w.role === null && w.visibility === "OPEN" && !w.archived);
  const others = siteAdmin ? views.filter((w) => w.role === null && !open.includes(w)) : [];
  return { mine, open, others };
}

/** One workspace, for its pages: null when it does not exist or the caller may not read it. */
export async function getWorkspace(db: Db, actor: Actor | null, slug: string): Promise<WorkspaceView | null> {
  const row = await db.workspace.findUnique({ where: { slug }, select: VIEW_SELECT });
  if (!row || !canReadWorkspace(actor, row)) return null;
  return viewOf(row, actor);
}

/** "Join workspace": a signed-in person becomes a Checker of an open workspace at once. */
export async function joinWorkspace(db: Db, actor: Actor | null, slug: string): Promise<Result<WorkspaceView>> {
  if (!actor) return unauthenticated();
  if (actor.onlyWorkspace) return forbidden("Access tokens cannot join workspaces.");
  return inTransaction(db, async (tx) => {
    const row = await tx.workspace.findUnique({ where: { slug }, select: VIEW_SELECT });
    if (!row || !canReadWorkspace(actor, row)) return notFound("That workspace");
    if (row.archivedAt) return fail(409, "This workspace is archived: nobody can join it.");
    if (roleIn(actor, row.id)) return ok(viewOf(row, actor));
    if (row.visibility !== "OPEN") return notFound("That workspace");
    await tx.membership.create({ data: { workspaceId: row.id, userId: actor.id, role: "CHECKER" } });
    await recordEvent(tx, {
      actorId: actor.id,
      action: "member.join",
      entityType: "workspace",
      entityId: row.id,
      workspaceId: row.id,
      after: { member: actor.name, role: "CHECKER" },
    });
    return ok({ ...viewOf(row, actor), role: "CHECKER", memberCount: row._count.memberships + 1 });
  });
}

/** Changes a workspace's name, visibility or fact-check sharing (its Admins). */
export async function updateWorkspaceSettings(
  db: Db,
  actor: Actor | null,
  slug: string,
  input: unknown,
): Promise<Result<WorkspaceView>> {
  const parsed = parseInput(workspaceSettingsSchema, input, "Check the highlighted fields.");
  if (!parsed.ok) return parsed;
  return inTransaction(db, async (tx) => {
    const row = await tx.workspace.findUnique({ where: { slug }, select: VIEW_SELECT });
    if (!row) return notFound("That workspace");
    const admitted = admit(actor, row, "admin", "That workspace");
    if (!admitted.ok) return admitted;
    const after = await tx.workspace.update({ where: { id: row.id }, data: parsed.data, select: VIEW_SELECT });
    await recordEvent(tx, {
      actorId: actor!.id,
      action: "workspace.settings",
      entityType: "workspace",
      entityId: row.id,
      workspaceId: row.id,
      before: { name: row.name, visibility: row.visibility, shareFactChecks: row.shareFactChecks },
      after: { name: after.name, visibility: after.visibility, shareFactChecks: after.shareFactChecks },
    });
    return ok(viewOf(after, actor));
  });
}

/**
 * Archives a workspace (its Admins or a site administrator: read-only and hidden from lists,
 * never deleted) or restores it (site administrators only).
 */
export async function setWorkspaceArchived(
  db: Db,
  actor: Actor | null,
  slug: string,
  input: unknown,
): Promise<Result<WorkspaceView>> {
  if (!actor) return unauthenticated();
  const parsed = parseInput(workspaceArchiveSchema, input);
  if (!parsed.ok) return parsed;
  const { archived } = parsed.data;
  const siteAdmin = !actor.onlyWorkspace && isAdmin(actor.role);
  return inTransaction(db, async (tx) => {
    const row = await tx.workspace.findUnique({ where: { slug }, select: VIEW_SELECT });
    if (!row || !(siteAdmin || canReadWorkspace(actor, row))) return notFound("That workspace");
    if ((row.archivedAt !== null) === archived) return ok(viewOf(row, actor));
    const workspaceAdmin = roleIn(actor, row.id) === "ADMIN";
    if (archived && !(workspaceAdmin || siteAdmin)) return forbidden("Only the workspace's Admins can archive it.");
    if (!archived && !siteAdmin) return forbidden("Only a site administrator can restore an archived workspace.");
    const after = await tx.workspace.update({
      where: { id: row.id },
      data: { archivedAt: archived ? new Date() : null },
      select: VIEW_SELECT,
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: archived ? "workspace.archive" : "workspace.restore",
      entityType: "workspace",
      entityId: row.id,
      workspaceId: row.id,
    });
    return ok(viewOf(after, actor));
  });
}

/** The workspaces where the person may add documents (Editor or Admin, not archived), for the "Workspace" select. */
export async function workspacesForImport(db: Db, actor: Actor): Promise<{ slug: string; name: string }[]> {
  return db.workspace.findMany({
    where: { id: { in: workspacesWhere(actor, canReview) }, archivedAt: null },
    orderBy: { name: "asc" },
    select: { slug: true, name: true },
  });
}

/** The workspaces the person is in and may work in (not archived), by name: the header's switcher. */
export async function memberWorkspaces(db: Db, actor: Actor): Promise<{ slug: string; name: string }[]> {
  return db.workspace.findMany({
    where: { id: { in: Object.keys(actor.workspaces) }, archivedAt: null },
    orderBy: { name: "asc" },
    select: { slug: true, name: true },
  });
}
