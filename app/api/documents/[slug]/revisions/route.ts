import { importRevision } from "@/lib/data/documents/document-import";
import { MAX_IMPORT_REQUEST_BYTES, readImport } from "@/server/document-import";
import { apiRoute } from "@/server/route";

/**
 * POST: a new version of the document (same bodies as POST /api/documents); claims are re-anchored in the same request.
 */
export const POST = apiRoute<{ slug: string }>(
  {
    caller: "reviewer",
    refusal: "Uploading a new version needs the reviewer role.",
    successStatus: 201,
    maxBodyBytes: MAX_IMPORT_REQUEST_BYTES,
    acceptsMultipart: true,
  },
  async ({ db, actor, body, params }) => {
    const read = await readImport(body, db);
    if (!read.ok) return read;
    return importRevision(db, actor, params.slug, read.data.imported);
  },
);
