import type { Db, Tx } from "../../db";
import { fail, forbidden, notFound, unauthenticated, type Failure } from "../../result";
import { canCheck, canDiscuss, canReview, isAdmin, type AccessRole } from "../../roles";
import { accessRoleOf, type WorkspaceRole } from "../../workspaces/workspace-roles";
import type { Actor } from "../actor";

/** What the access rule needs to know of a workspace. */
export interface WorkspaceRef {
  id: string;
  visibility: string;
  archivedAt: Date | null;
}

/** The caller's role in a workspace: their membership's, or null (a token is confined to its own). */
export function roleIn(actor: Actor | null, workspaceId: string): WorkspaceRole | null {
  if (!actor || (actor.onlyWorkspace && actor.onlyWorkspace !== workspaceId)) return null;
  return actor.workspaces[workspaceId] ?? null;
}

/**
 * The rule that must never break: a private workspace is read by its members only, an open
 * one by anyone (a token only within its own workspace). Whatever this refuses is answered
 * 404, never 403, so a non-member cannot learn that it exists.
 */
export function canReadWorkspace(actor: Actor | null, workspace: WorkspaceRef): boolean {
  if (actor?.onlyWorkspace && actor.onlyWorkspace !== workspace.id) return false;
  return workspace.visibility === "OPEN" || roleIn(actor, workspace.id) !== null;
}

/** The actor as they act in this workspace: `role` becomes their role there ("READER" when not a member). */
export function inWorkspace(actor: Actor, workspaceId: string): Actor {
  return { ...actor, role: accessRoleOf(roleIn(actor, workspaceId)) };
}

/** What an action needs: reading, replying in a discussion, checking (flags, notes), reviewing, administering. */
export type Need = "read" | "discuss" | "check" | "review" | "admin";

const ALLOWS: Record<Exclude<Need, "read">, { allows: (role: AccessRole) => boolean; refusal: string }> = {
  discuss: { allows: canDiscuss, refusal: "Join this workspace to take part in its discussions." },
  check: { allows: canCheck, refusal: "This needs the Checker role in this workspace." },
  review: { allows: canReview, refusal: "This needs the Editor role in this workspace." },
  admin: { allows: isAdmin, refusal: "This needs the Admin role in this workspace." },
};

/**
 * The one access check for everything inside a workspace: 404 when the caller may not read it,
 * 401 for a visitor who wants more than reading, 403 for a member whose role does not allow
 * it, 409 for a write to an archived workspace. On success, the actor placed in the workspace
 * (null for a visitor reading).
 */
export function admit(
  actor: Actor | null,
  workspace: WorkspaceRef,
  need: Need,
  what: string,
): { ok: true; actor: Actor | null } | Failure {
  if (!canReadWorkspace(actor, workspace)) return notFound(what);
  if (need === "read") return { ok: true, actor: actor && inWorkspace(actor, workspace.id) };
  if (!actor) return unauthenticated();
  const placed = inWorkspace(actor, workspace.id);
  const rule = ALLOWS[need];
  if (!rule.allows(placed.role)) return forbidden(rule.refusal);
  if (workspace.archivedAt) return fail(409, "This workspace is archived: it is read-only.");
  return { ok: true, actor: placed };
}

type Reader = Pick<Db, "$queryRaw"> | Pick<Tx, "$queryRaw">;

const first = async (rows: Promise<WorkspaceRef[]>): Promise<WorkspaceRef | null> => (await rows)[0] ?? null;

/** The workspace of a document, by its slug. */
export function workspaceOfDocument(db: Reader, slug: string) {
  return first(
    db.$queryRaw<
      WorkspaceRef[]
    >`SELECT w."id", w."visibility", w."archivedAt" FROM "Document" d JOIN "Workspace" w ON w."id" = d."workspaceId" WHERE d."slug" = ${slug}`,
  );
}

/** The workspace of a claim (through its document). */
export function workspaceOfClaim(db: Reader, claimId: string) {
  return first(
    db.$queryRaw<
      WorkspaceRef[]
    >`SELECT w."id", w."visibility", w."archivedAt" FROM "Claim" c JOIN "Document" d ON d."id" = c."documentId" JOIN "Workspace" w ON w."id" = d."workspaceId" WHERE c."id" = ${claimId}`,
  );
}

/** The workspace of a note (through its claim's document). */
export function workspaceOfNote(db: Reader, noteId: string) {
  return first(
    db.$queryRaw<
      WorkspaceRef[]
    >`SELECT w."id", w."visibility", w."archivedAt" FROM "Note" n JOIN "Claim" c ON c."id" = n."claimId" JOIN "Document" d ON d."id" = c."documentId" JOIN "Workspace" w ON w."id" = d."workspaceId" WHERE n."id" = ${noteId}`,
  );
}

/** The workspace of a scored sentence (a suggestion), through its document. */
export function workspaceOfSentence(db: Reader, sentenceId: string) {
  return first(
    db.$queryRaw<
      WorkspaceRef[]
    >`SELECT w."id", w."visibility", w."archivedAt" FROM "SentenceScore" s JOIN "Document" d ON d."id" = s."documentId" JOIN "Workspace" w ON w."id" = d."workspaceId" WHERE s."id" = ${sentenceId}`,
  );
}

/** The workspace by its id. */
export function workspaceById(db: Reader, workspaceId: string) {
  return first(
    db.$queryRaw<
      WorkspaceRef[]
    >`SELECT w."id", w."visibility", w."archivedAt" FROM "Workspace" w WHERE w."id" = ${workspaceId}`,
  );
}

/** The workspace by its slug (its address). */
export function workspaceBySlug(db: Reader, slug: string) {
  return first(
    db.$queryRaw<
      WorkspaceRef[]
    >`SELECT w."id", w."visibility", w."archivedAt" FROM "Workspace" w WHERE w."slug" = ${slug}`,
  );
}

/** Finds an entity's workspace and admits the caller to it (see `admit`); a missing entity is the same 404. */
export async function admitTo(
  found: Promise<WorkspaceRef | null>,
  actor: Actor | null,
  need: Need,
  what: string,
): Promise<{ ok: true; actor: Actor | null; workspace: WorkspaceRef } | Failure> {
  const workspace = await found;
  if (!workspace) return notFound(what);
  const admitted = admit(actor, workspace, need, what);
  return admitted.ok ? { ...admitted, workspace } : admitted;
}

/** `admitTo` for a need beyond reading, where the admitted actor is never null. */
export async function admitMember(
  found: Promise<WorkspaceRef | null>,
  actor: Actor | null,
  need: Exclude<Need, "read">,
  what: string,
): Promise<{ ok: true; actor: Actor; workspace: WorkspaceRef } | Failure> {
  // A visitor is asked to sign in before anything is looked up.
  if (!actor) return unauthenticated();
  const admitted = await admitTo(found, actor, need, what);
  if (!admitted.ok) return admitted;
  return { ok: true, actor: admitted.actor!, workspace: admitted.workspace };
}

/**
 * The ids of the workspaces a caller may read: open ones and their own (a token: its own). With
 * `listed`, archived ones are left out: they stay readable, but their documents leave the lists.
 */
export async function readableWorkspaceIds(
  db: Db,
  actor: Actor | null,
  options: { listed?: boolean } = {},
): Promise<string[]> {
  // Open workspaces and the caller's own; a token only within its workspace, and only while
  // that workspace is open or its owner still a member.
  const mine = Object.keys(actor?.workspaces ?? {});
  const rows = await db.workspace.findMany({
    where: {
      OR: [{ visibility: "OPEN" }, { id: { in: mine } }],
      ...(actor?.onlyWorkspace ? { id: actor.onlyWorkspace } : {}),
      ...(options.listed ? { archivedAt: null } : {}),
    },
    select: { id: true },
  });
  return rows.map((w) => w.id);
}

/** The ids of the workspaces where a caller has at least this role (the review queue: Editor). */
export function workspacesWhere(actor: Actor, allows: (role: AccessRole) => boolean): string[] {
  return Object.keys(actor.workspaces).filter((id) => {
    const role = roleIn(actor, id);
    return role !== null && allows(accessRoleOf(role));
  });
}

/**
 * Admits the caller to every claim of a bulk action with the same need: all of them or none
 * (a claim the caller may not read is "not found", like a missing one).
 */
export async function admitToClaims(
  db: Db,
  caller: Actor | null,
  claimIds: readonly string[],
  need: Exclude<Need, "read">,
): Promise<{ ok: true; actor: Actor; workspaceOf: Map<string, string> } | Failure> {
  if (!caller) return unauthenticated();
  const rows = await db.claim.findMany({
    where: { id: { in: [...claimIds] } },
    select: {
      id: true,
      document: { select: { workspace: { select: { id: true, visibility: true, archivedAt: true } } } },
    },
  });
  const found = new Map(rows.map((r) => [r.id, r.document.workspace]));
  const workspaceOf = new Map<string, string>();
  for (const id of claimIds) {
    const workspace = found.get(id);
    const admitted = workspace ? admit(caller, workspace, need, `Claim ${id}`) : notFound(`Claim ${id}`);
    if (!admitted.ok) return { ...admitted, message: `${admitted.message.replace(/\.$/, "")}; no claim was changed.` };
    workspaceOf.set(id, workspace!.id);
  }
  return { ok: true, actor: caller, workspaceOf };
}

/** The workspace of a claim link (through its claim). */
export function workspaceOfLink(db: Reader, linkId: string) {
  return first(
    db.$queryRaw<
      WorkspaceRef[]
    >`SELECT w."id", w."visibility", w."archivedAt" FROM "ClaimLink" l JOIN "Claim" c ON c."id" = l."claimId" JOIN "Document" d ON d."id" = c."documentId" JOIN "Workspace" w ON w."id" = d."workspaceId" WHERE l."id" = ${linkId}`,
  );
}

/** Reading a document (pages and GET routes ask this first): its workspace admits the caller, else 404. */
export function admitToDocument(db: Db, actor: Actor | null, slug: string) {
  return admitTo(workspaceOfDocument(db, slug), actor, "read", "That document");
}

/** Reading a claim: as its document. */
export function admitToClaim(db: Db, actor: Actor | null, claimId: string) {
  return admitTo(workspaceOfClaim(db, claimId), actor, "read", "That claim");
}

/** Whether the caller reviews anywhere (an Editor or Admin of a workspace): the queue, "Add a document". */
export function reviewsAnywhere(actor: Actor | null): boolean {
  return actor !== null && workspacesWhere(actor, canReview).length > 0;
}
