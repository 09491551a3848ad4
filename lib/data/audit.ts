import type { Db } from "../db";
import { describeEvent } from "../events";
import { forbidden, ok, unauthenticated, type Result } from "../result";
import { isAdmin } from "../roles";
import type { Actor } from "./actor";

export const AUDIT_PAGE_SIZE = 100;

export interface AuditRow {
  id: string;
  createdAt: string;
  actorName: string;
  action: string;
  description: string;
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
): Promise<Result<{ rows: AuditRow[]; total: number; pages: number }>> {
  if (!actor) return unauthenticated();
  if (!isAdmin(actor.role)) return forbidden("You need the admin role to see the audit log.");
  const where = { ...(filters.action ? { action: filters.action } : {}), ...(filters.actorId ? { actorId: filters.actorId } : {}) };
  const [total, events] = await Promise.all([
    db.event.count({ where }),
    db.event.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { name: true } }, document: { select: { slug: true } } },
    }),
  ]);
  return ok({
    total,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    rows: events.map((e) => ({
      id: e.id,
      createdAt: e.createdAt.toISOString(),
      actorName: e.actor?.name ?? "Claimmark",
      action: e.action,
      description: describeEvent(e.action),
      entityType: e.entityType,
      entityId: e.entityId,
      claimId: e.claimId,
      documentSlug: e.document?.slug ?? null,
      before: e.before,
      after: e.after,
    })),
  });
}
