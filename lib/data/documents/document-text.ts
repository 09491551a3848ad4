import { directOf, type Db } from "../../db";
import { sql } from "../../db/raw-statement";
import type { WorkspaceRef } from "../workspaces/scope";

const MAX_CACHED = 32;
const cache = new Map<string, { updatedAt: number; id: string; plainText: string; currentRevision: number }>();

/**
 * A document's id and plain text, for checking selections when a claim is flagged. The
 * text can be hundreds of kilobytes, so this process keeps recent ones; each call still
 * asks the database for the document's updatedAt and reloads the text when it changed,
 * so every instance always checks against the current text.
 */
export async function getDocumentText(
  db: Db,
  slug: string,
): Promise<{ id: string; plainText: string; currentRevision: number; workspace: WorkspaceRef } | null> {
  // A direct statement (lib/db/direct.ts): the flag path asks this on every write (npm run
  // bench). The workspace comes in the same read, for the access check (never cached:
  // visibility and archiving change).
  const heads = await directOf(db).query<{
    id: string;
    updatedAt: Date | string;
    workspaceId: string;
    visibility: string;
    archivedAt: Date | string | null;
  }>(sql`SELECT d."id", d."updatedAt", w."id" AS "workspaceId", w."visibility", w."archivedAt"
    FROM "Document" d JOIN "Workspace" w ON w."id" = d."workspaceId" WHERE d."slug" = ${slug}`);
  const head = heads[0];
  if (!head) return null;
  const workspace = {
    id: head.workspaceId,
    visibility: head.visibility,
    archivedAt: head.archivedAt === null ? null : new Date(head.archivedAt),
  };
  const cached = cache.get(slug);
  if (cached && cached.id === head.id && cached.updatedAt === new Date(head.updatedAt).getTime())
    return { ...cached, workspace };
  const full = await db.document.findUnique({
    where: { id: head.id },
    select: { plainText: true, updatedAt: true, currentRevision: true },
  });
  if (!full) return null;
  const entry = {
    id: head.id,
    plainText: full.plainText,
    currentRevision: full.currentRevision,
    updatedAt: full.updatedAt.getTime(),
  };
  cache.delete(slug);
  cache.set(slug, entry);
  if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
  return { ...entry, workspace };
}
