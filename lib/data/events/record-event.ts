import type { Tx } from "../../db";
import type { EventAction } from "../../events";

export interface EventInput {
  actorId: string | null;
  action: EventAction;
  entityType: "user" | "claim" | "note" | "reply" | "document" | "suggestion" | "factcheck" | "workspace" | "desk";
  entityId: string;
  documentId?: string | null;
  claimId?: string | null;
  /** The workspace of a change with no document (memberships, invitations, settings): its audit log. */
  workspaceId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one row to the event log, inside the caller's transaction so that a change and
 * its trace are written together or not at all.
 */
export async function recordEvent(tx: Tx, event: EventInput): Promise<void> {
  await tx.event.create({ data: eventData(event), select: { id: true } });
}

/** The row for an event, for callers that batch it with their own write. */
export function eventData(event: EventInput) {
  return {
    actorId: event.actorId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    documentId: event.documentId ?? null,
    claimId: event.claimId ?? null,
    workspaceId: event.workspaceId ?? null,
    before: event.before === undefined ? null : JSON.stringify(event.before),
    after: event.after === undefined ? null : JSON.stringify(event.after),
  };
}

/**
 * A before/after snapshot as eventData stored it, parsed back (null for none). A row that is
 * not JSON reads as null rather than failing the page that lists it.
 */
export function readEventSnapshot(value: string | null): unknown {
  if (value === null) return null;
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}
