import type { Db } from "../../db";
import { notFound, unauthenticated, type Failure } from "../../result";
import type { Actor } from "../actor";
import { admit, type Need, type WorkspaceRef } from "./scope";

/**
 * The workspaces a capture serves. A capture is shared by every note that cites its address that
 * day, so it belongs to the workspace of the document that asked for it first and to every
 * workspace whose live notes cite the address.
 */
async function workspacesOfCapture(db: Db, captureId: string): Promise<WorkspaceRef[]> {
  return db.$queryRaw<WorkspaceRef[]>`
    SELECT DISTINCT w."id", w."visibility", w."archivedAt" FROM "SourceCapture" sc
      JOIN "Document" d ON d."id" = sc."documentId" JOIN "Workspace" w ON w."id" = d."workspaceId"
      WHERE sc."id" = ${captureId}
    UNION
    SELECT DISTINCT w."id", w."visibility", w."archivedAt" FROM "SourceCapture" sc
      JOIN "Source" s ON s."url" = sc."url" JOIN "Note" n ON n."id" = s."noteId" AND n."deletedAt" IS NULL
      JOIN "Claim" c ON c."id" = n."claimId" JOIN "Document" d ON d."id" = c."documentId"
      JOIN "Workspace" w ON w."id" = d."workspaceId"
      WHERE sc."id" = ${captureId}`;
}

/**
 * Admits the caller to a capture through any workspace it serves where they have the need; when
 * none admits them, the refusal of the closest one (404 when they can read none of them).
 */
export async function admitToCapture(
  db: Db,
  caller: Actor | null,
  captureId: string,
  need: Need,
): Promise<{ ok: true; actor: Actor | null } | Failure> {
  if (!caller && need !== "read") return unauthenticated();
  let refusal: Failure = notFound("That capture");
  for (const workspace of await workspacesOfCapture(db, captureId)) {
    const admitted = admit(caller, workspace, need, "That capture");
    if (admitted.ok) return admitted;
    if (admitted.status !== 404) refusal = admitted;
  }
  return refusal;
}
