import type { Db, Tx } from "../../db";
import { ok, type Result } from "../../result";
import { DEFAULT_WORKSPACE_ID } from "../../workspaces/visibility";
import type { Actor } from "../actor";
import { admitTo, workspaceById, workspaceBySlug, workspaceOfClaim } from "./scope";

/**
 * Whose fact-checks a workspace matches its claims against for "Already fact-checked?": its own
 * (reviewed claims and imported fact-checks), and those of the instance's workspaces that share
 * theirs (a workspace setting, off by default).
 */
export async function matchableWorkspaceIds(db: Db | Tx, workspaceId: string): Promise<string[]> {
  const sharing = await db.workspace.findMany({
    where: { shareFactChecks: true, archivedAt: null, id: { not: workspaceId } },
    select: { id: true },
  });
  return [workspaceId, ...sharing.map((w) => w.id)];
}

/**
 * The workspaces a similar-fact-checks question searches, after checking the caller may read
 * the workspace it is asked in: the claim's, the one named, or else the token's or the Default
 * workspace.
 */
export async function matchScope(
  db: Db,
  actor: Actor | null,
  asked: { claimId?: string; workspaceSlug?: string },
): Promise<Result<string[]>> {
  const found = asked.claimId
    ? workspaceOfClaim(db, asked.claimId)
    : asked.workspaceSlug
      ? workspaceBySlug(db, asked.workspaceSlug)
      : workspaceById(db, actor?.onlyWorkspace ?? DEFAULT_WORKSPACE_ID);
  const admitted = await admitTo(found, actor, "read", asked.claimId ? "That claim" : "That workspace");
  if (!admitted.ok) return admitted;
  return ok(await matchableWorkspaceIds(db, admitted.workspace.id));
}
