import { directOf, type Db } from "../../db";
import { sql, type Statement } from "../../db/raw-statement";
import type { WorkspaceRef } from "../workspaces/scope";

/** A document's text as this process last read it, and the head it was read under. */
export interface DocumentText {
  id: string;
  plainText: string;
  currentRevision: number;
  workspace: WorkspaceRef;
  /** The document's updatedAt exactly as the database gave it (bound back unchanged by `headUnchanged`). */
  updatedAt: unknown;
}

const MAX_CACHED = 32;
/** Per database (tests and scripts open several in one process), by slug, least recent first. */
const caches = new WeakMap<Db, Map<string, DocumentText>>();

function cacheOf(db: Db): Map<string, DocumentText> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  return cache;
}

/**
 * A document's id and plain text, for checking selections when a claim is flagged. The
 * text can be hundreds of kilobytes, so this process keeps recent ones; each call still
 * asks the database for the document's updatedAt and its workspace's state and reloads the
 * text when it changed, so every instance always checks against the current text.
 */
export async function getDocumentText(db: Db, slug: string): Promise<DocumentText | null> {
  // A direct statement (lib/db/direct.ts): the flag path asks this on every write (npm run
  // bench). The workspace comes in the same read, for the access check.
  const heads = await directOf(db).query<{
    id: string;
    updatedAt: Date | string;
    workspaceId: string;
    visibility: string;
    archivedAt: Date | string | null;
  }>(sql`SELECT d."id", d."updatedAt", w."id" AS "workspaceId", w."visibility", w."archivedAt"
    FROM "Document" d JOIN "Workspace" w ON w."id" = d."workspaceId" WHERE d."slug" = ${slug}`);
  const head = heads[0];
  const cache = cacheOf(db);
  if (!head) {
    cache.delete(slug);
    return null;
  }
  const workspace = {
    id: head.workspaceId,
    visibility: head.visibility,
    archivedAt: head.archivedAt === null ? null : new Date(head.archivedAt),
  };
  const cached = cache.get(slug);
  const unchanged = cached && cached.id === head.id && sameInstant(cached.updatedAt, head.updatedAt);
  const text = unchanged
    ? cached
    : await db.document.findUnique({
        where: { id: head.id },
        select: { plainText: true, currentRevision: true },
      });
  if (!text) return null;
  // A text read after a newer edit than the head is kept under the head's updatedAt: a write
  // checked against it then finds the head moved on and reads again (never the reverse).
  const entry = {
    id: head.id,
    plainText: text.plainText,
    currentRevision: text.currentRevision,
    workspace,
    updatedAt: head.updatedAt,
  };
  remember(cache, slug, entry);
  return entry;
}

/**
 * The document as this process last read it, if it has it, without asking the database. Only
 * for a write that then checks, in its own statement or transaction, that the head is still
 * what the text and the access check were read under (`headUnchanged`), and decides again
 * on `getDocumentText` when it is not: the flag (npm run bench, "The flag write").
 */
export function rememberedDocumentText(db: Db, slug: string): DocumentText | undefined {
  const cache = cacheOf(db);
  const entry = cache.get(slug);
  // Used now: the last to be dropped when the cache is full.
  if (entry) remember(cache, slug, entry);
  return entry;
}

/**
 * A condition true while the document still has the updatedAt, workspace, visibility and
 * unarchived state `document` was read under: a write admitted against `document` includes
 * it, so that it lands only where the check it passed still holds.
 */
export function headUnchanged(document: DocumentText): Statement {
  return sql`EXISTS (SELECT 1 FROM "Document" d JOIN "Workspace" w ON w."id" = d."workspaceId"
    WHERE d."id" = ${document.id} AND d."updatedAt" = ${document.updatedAt} AND w."id" = ${document.workspace.id}
      AND w."visibility" = ${document.workspace.visibility} AND w."archivedAt" IS NULL)`;
}

function remember(cache: Map<string, DocumentText>, slug: string, entry: DocumentText) {
  cache.delete(slug);
  cache.set(slug, entry);
  if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
}

const sameInstant = (a: unknown, b: unknown) =>
  new Date(a as string | Date).getTime() === new Date(b as string | Date).getTime();
