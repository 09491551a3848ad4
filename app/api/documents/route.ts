import { importDocument } from "@/lib/data/documents/document-import";
import { listDocuments } from "@/lib/data/documents/documents";
import { ok } from "@/lib/result";
import { MAX_IMPORT_REQUEST_BYTES, readImport } from "@/server/document-import";
import { apiRoute, readRoute } from "@/server/route";

/** GET ?q=&page=: the document list, newest first (archived ones hidden). */
export const GET = readRoute(async ({ db, request }) => {
  const params = new URL(request.url).searchParams;
  return ok(await listDocuments(db, { search: params.get("q") ?? undefined, page: Number(params.get("page") ?? 1) }));
});

/**
 * POST: imports a document (reviewers and admins). JSON {source: "paste", format, text,
 * title?} or {source: "url", url, title?}, or a multipart form with `file` (.txt, .md,
 * .html, .docx, .pdf up to 20 MB) and `title`. 201 with Location; 4xx naming the field.
 */
export const POST = apiRoute(
  {
    caller: "reviewer",
    refusal: "Adding documents needs the reviewer role. Ask an admin to make you a reviewer.",
    successStatus: 201,
    maxBodyBytes: MAX_IMPORT_REQUEST_BYTES,
    acceptsMultipart: true,
  },
  async ({ db, actor, body }) => {
    const read = await readImport(body, db);
    if (!read.ok) return read;
    return importDocument(db, actor, read.data.imported, read.data.title);
  },
);
