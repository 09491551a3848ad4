import type { Db } from "../../db";
import { loadPage } from "../../paging";
import { describeEventDetail } from "../../event-detail";
import { describeEvent } from "../../events";
import { forbidden, ok, unauthenticated, type Result } from "../../result";
import { isAdmin } from "../../roles";
import type { Actor } from "../actor";
import { readEventSnapshot } from "./record-event";
import { truncate } from "../../text/truncate";
import { readableWorkspaceIds } from "../workspaces/scope";

export const AUDIT_PAGE_SIZE = 100;

export interface AuditRow {
  id: string;
  createdAt: string;
  actorName: string;
  action: string;
  description: string;
  /** Whom or what it concerned, in words: the account's name, or the claim's quote (cut). */
  subject: string | null;
  /** What changed, in words (lib/event-detail.ts). */
  detail: string | null;
  entityType: string;
  entityId: string;
  claimId: string | null;
  documentSlug: string | null;
  before: string | null;
  after: string | null;
}

/** The whole event log for admins, newest first, filtered by action and actor, 100 a page. */
export async function listAudit(
  db: Db,
  actor: Actor | null,
  filters: { action?: string | null; actorId?: string | null; page: number },
): Promise<Result<{ rows: AuditRow[]; total: number; pages: number; page: number }>> {
  if (!actor) return unauthenticated();
  if (!isAdmin(actor.role)) return forbidden("You need the admin role to see the audit log.");
  // Site administrators manage accounts and workspaces, not private workspaces' work: events on
  // the documents of workspaces they may not read, and those workspaces' own, are left out.
  const readable = await readableWorkspaceIds(db, actor);
  const where = {
    AND: [
      { OR: [{ documentId: null }, { document: { workspaceId: { in: readable } } }] },
      { OR: [{ workspaceId: null }, { workspaceId: { in: readable } }] },
    ],
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
  };
  const {
    total,
    pages,
    page,
    rows: events,
  } = await loadPage(
    filters.page,
    AUDIT_PAGE_SIZE,
    () => db.event.count({ where }),
    (skip) =>
      db.event.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip,
        take: AUDIT_PAGE_SIZE,
        include: { actor: { select: { name: true } }, document: { select: { slug: true } } },
      }),
  );
  // Names and quotes of what the events concern, two reads for the whole page.
  const idsOf = (type: string) => [...new Set(events.filter((e) => e.entityType === type).map((e) => e.entityId))];
  const [users, claims] = await Promise.all([
    db.user.findMany({ where: { id: { in: idsOf("user") } }, select: { id: true, name: true } }),
    db.claim.findMany({ where: { id: { in: idsOf("claim") } }, select: { id: true, exact: true } }),
  ]);
  const subjects = new Map<string, string>([
    ...users.map((u) => [`user:${u.id}`, u.name] as [string, string]),
    ...claims.map((c) => [`claim:${c.id}`, `“${truncate(c.exact, 60)}”`] as [string, string]),
  ]);
  return ok({
    total,
    pages,
    page,
    rows: events.map((e) => ({
      id: e.id,
      createdAt: e.createdAt.toISOString(),
      actorName: e.actor?.name ?? "Claimmark",
      action: e.action,
      description: describeEvent(e.action),
      subject: subjects.get(`${e.entityType}:${e.entityId}`) ?? null,
      detail: describeEventDetail(e.action, readEventSnapshot(e.before), readEventSnapshot(e.after)),
      entityType: e.entityType,
      entityId: e.entityId,
      claimId: e.claimId,
      documentSlug: e.document?.slug ?? null,
      before: e.before,
      after: e.after,
    })),
  });
}
