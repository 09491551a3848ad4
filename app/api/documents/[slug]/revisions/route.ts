import { importRevision } from "@/lib/data/documents/document-import";
import { MAX_IMPORT_REQUEST_BYTES, readImport } from "@/server/document-import";
import { apiRoute } from "@/server/route";
import { admitMember, workspaceOfDocument } from "@/lib/data/workspaces/scope";

/**
 * POST: a new version of the document (same bodies as POST /api/documents); claims are re-anchored in the same request.
 */
export const POST = apiRoute<{ slug: string }>(
  {
    caller: "reviewer",
    refusal: "Uploading a new version needs the Editor role in this workspace.",
    successStatus: 201,
    maxBodyBytes: MAX_IMPORT_REQUEST_BYTES,
    acceptsMultipart: true,
  },
  async ({ db, actor, body, params }) => {
    // Checked before the new version is fetched or parsed, and again when it is written.
    const admitted = await admitMember(workspaceOfDocument(db, params.slug), actor, "review", "That document");
    if (!admitted.ok) return admitted;
    const read = await readImport(body, db);
    if (!read.ok) return read;
    return importRevision(db, actor, params.slug, read.data.imported);
  },
);
