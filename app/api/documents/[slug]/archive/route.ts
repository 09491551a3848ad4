import { setDocumentArchived } from "@/lib/data/documents/document-admin";
import { writeRoute } from "@/server/route";

/**
 * POST {archived: true|false}: hides the document from the list or brings it back (the Admins of
 * its workspace). Never deletes.
 */
export const POST = writeRoute<{ slug: string }>(({ db, actor, body, params }) =>
  setDocumentArchived(db, actor, params.slug, body),
);
