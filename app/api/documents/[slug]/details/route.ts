import { getDocumentDetails, updateDocumentMetadata } from "@/lib/data/documents/document-admin";
import { notFound, ok } from "@/lib/result";
import { apiRoute, readRoute } from "@/server/route";
import { admitToDocument } from "@/lib/data/workspaces/scope";

/** GET: title, author, publisher, publication date, original URL. */
export const GET = readRoute<{ slug: string }>(async ({ db, actor, params }) => {
  const admitted = await admitToDocument(db, actor, params.slug);
  if (!admitted.ok) return admitted;
  const details = await getDocumentDetails(db, params.slug);
  return details ? ok(details) : notFound("That document");
});

/** PUT: replaces the details (reviewers and admins). */
export const PUT = apiRoute<{ slug: string }>(
  { caller: "reviewer", refusal: "Editing a document's details needs the reviewer role." },
  ({ db, actor, body, params }) => updateDocumentMetadata(db, actor, params.slug, body),
);
