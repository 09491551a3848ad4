import type { Db } from "../../db";

const MAX_REMEMBERED = 10_000;

/**
 * A lookup of each document's workspace for a long-lived reader (a stream filtering the change
 * feed): a document never moves between workspaces, so each is read from the database once.
 */
export function documentWorkspaces(db: Db): (documentId: string) => Promise<string | null> {
  const known = new Map<string, string | null>();
  return async (documentId) => {
    if (known.has(documentId)) return known.get(documentId)!;
    const row = await db.document.findUnique({ where: { id: documentId }, select: { workspaceId: true } });
    if (known.size >= MAX_REMEMBERED) known.clear();
    known.set(documentId, row?.workspaceId ?? null);
    return row?.workspaceId ?? null;
  };
}
