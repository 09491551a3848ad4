import type { Db } from "../../db";
import type { Failure } from "../../result";
import { DEFAULT_WORKSPACE_ID } from "../../workspaces/visibility";
import type { Actor } from "../actor";
import { admitMember, workspaceById, workspaceBySlug, type WorkspaceRef } from "./scope";

/**
 * The workspace a new document goes into: the one named by its slug (the "Workspace" select of
 * "Add a document"), or the Default workspace when none is named; the caller must be an Editor
 * or Admin there. Asked before an import is fetched or parsed, and again when it is written.
 */
export async function importTarget(
  db: Db,
  caller: Actor | null,
  workspaceSlug: string | undefined,
): Promise<{ ok: true; actor: Actor; workspace: WorkspaceRef } | Failure> {
  const found = workspaceSlug ? workspaceBySlug(db, workspaceSlug) : workspaceById(db, DEFAULT_WORKSPACE_ID);
  return admitMember(found, caller, "review", "That workspace");
}
