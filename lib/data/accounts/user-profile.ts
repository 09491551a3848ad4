import type { Db } from "../../db";
import { isRole, type Role } from "../../roles";
import { isVerdict, type Verdict } from "../../verdicts";
import type { Actor } from "../actor";
import { readableWorkspaceIds } from "../workspaces/scope";

export interface UserProfile {
  id: string;
  name: string;
  /** What people type after "@" to mention them (null for an account not yet given one). */
  handle: string | null;
  role: Role;
  joinedAt: string;
  claimsFlagged: number;
  notesWritten: number;
  recentNotes: { claimId: string; documentSlug: string; exact: string; verdict: Verdict; createdAt: string }[];
}

/**
 * A user's public page, where @mentions link: name, role and recent verification work (no email),
 * counted and listed only in the workspaces the viewer may read.
 */
export async function getUserProfile(db: Db, userId: string, viewer: Actor | null): Promise<UserProfile | null> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) return null;
  const readable = { document: { workspaceId: { in: await readableWorkspaceIds(db, viewer) } } };
  const [claimsFlagged, notesWritten, recent] = await Promise.all([
    db.claim.count({ where: { authorId: userId, withdrawnAt: null, ...readable } }),
    db.note.count({ where: { authorId: userId, deletedAt: null, claim: readable } }),
    db.note.findMany({
      where: { authorId: userId, deletedAt: null, claim: { withdrawnAt: null, ...readable } },
      orderBy: { createdAt: "desc" },
      take: 20,
      include: { claim: { select: { id: true, exact: true, document: { select: { slug: true } } } } },
    }),
  ]);
  return {
    id: user.id,
    name: user.name,
    handle: user.handle,
    role: isRole(user.role) ? user.role : "ANNOTATOR",
    joinedAt: user.createdAt.toISOString(),
    claimsFlagged,
    notesWritten,
    recentNotes: recent.map((n) => ({
      claimId: n.claim.id,
      documentSlug: n.claim.document.slug,
      exact: n.claim.exact,
      verdict: isVerdict(n.verdict) ? n.verdict : "UNVERIFIABLE",
      createdAt: n.createdAt.toISOString(),
    })),
  };
}
