import type { Db } from "../../db";

/** The end of a "Same claim" link that is another claim: where it is, and whether it has a verdict. */
export interface LinkEnd {
  document: { workspaceId: string };
  finalVerdict: string | null;
}

/**
 * Whether the other end of a "Same claim" link may be shown where the link is read: when its
 * workspace is one the reader may read, or when it is a published verdict of a workspace that
 * shares its fact-checks. A claim of a private workspace linked to a shared verdict stays unseen
 * from the verdict's side.
 */
export async function linkEndVisibility(db: Db, readable: readonly string[]): Promise<(end: LinkEnd) => boolean> {
  const sharing = await db.workspace.findMany({
    where: { shareFactChecks: true, archivedAt: null },
    select: { id: true },
  });
  const reads = new Set(readable);
  const shares = new Set(sharing.map((w) => w.id));
  return (end) =>
    reads.has(end.document.workspaceId) || (end.finalVerdict !== null && shares.has(end.document.workspaceId));
}
