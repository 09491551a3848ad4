import { importDocument } from "@/lib/data/documents/document-import";
import { listDocuments } from "@/lib/data/documents/documents";
import { ok } from "@/lib/result";
import { importTarget } from "@/lib/data/workspaces/import-target";
import { readableWorkspaceIds } from "@/lib/data/workspaces/scope";
import { importWorkspaceOf, MAX_IMPORT_REQUEST_BYTES, readImport } from "@/server/document-import";
import { apiRoute, readRoute } from "@/server/route";

/** GET ?q=&page=: the documents of the workspaces the caller may read, newest first (archived ones hidden). */
export const GET = readRoute(async ({ db, actor, request }) => {
  const params = new URL(request.url).searchParams;
  return ok(
    await listDocuments(db, {
      workspaceIds: await readableWorkspaceIds(db, actor, { listed: true }),
      search: params.get("q") ?? undefined,
      page: Number(params.get("page") ?? 1),
    }),
  );
});

/**
 * POST: imports a document (reviewers and admins). JSON {source: "paste", format, text,
 * title?, workspace?} or {source: "url", url, title?, workspace?}, or a multipart form with `file`
 * (.txt, .md, .html, .docx, .pdf up to 20 MB), `title` and `workspace` (its slug; the Default
 * workspace when absent). 201 with Location; 4xx naming the field.
 */
export const POST = apiRoute(
  {
    caller: "reviewer",
    refusal: "Adding documents needs the reviewer role: an Editor of a workspace. Ask its admin to make you one.",
    successStatus: 201,
    maxBodyBytes: MAX_IMPORT_REQUEST_BYTES,
    acceptsMultipart: true,
  },
  async ({ db, actor, body }) => {
    // The workspace is checked before the import is fetched or parsed, and again when it is written.
    const workspace = importWorkspaceOf(body);
    const target = await importTarget(db, actor, workspace);
    if (!target.ok) return target;
    const read = await readImport(body, db);
    if (!read.ok) return read;
    return importDocument(db, actor, read.data.imported, read.data.title, workspace);
  },
);
