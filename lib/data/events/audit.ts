import type { Db } from "../../db";
import { loadPage } from "../../paging";
import { describeEventDetail } from "../../event-detail";
import { describeEvent } from "../../events";
import { forbidden, ok, unauthenticated, type Result } from "../../result";
import { isAdmin } from "../../roles";
import type { Actor } from "../actor";
import { readEventSnapshot } from "./record-event";

export const AUDIT_PAGE_SIZE = 100;

export interface AuditRow {
  id: string;
  createdAt: string;
  actorName: string;
  action: string;
  description: string;
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
  const where = {
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
