import { flagClaim } from "@/lib/data/claims/claims";
import { getReaderDocument } from "@/lib/data/documents/documents";
import { notFound, ok } from "@/lib/result";
import { readRoute, writeRoute } from "@/server/route";
import { admitToDocument } from "@/lib/data/workspaces/scope";

/** GET: the document's claims in text order (open to everyone, like the reader). */
export const GET = readRoute<{ slug: string }>(async ({ db, actor, params }) => {
  const admitted = await admitToDocument(db, actor, params.slug);
  if (!admitted.ok) return admitted;
  const document = await getReaderDocument(db, params.slug);
  return document ? ok(document.claims) : notFound("That document");
});

/** POST {start, end, exact}: flags the selection as a claim (signed in; Idempotency-Key makes retries safe). */
export const POST = writeRoute<{ slug: string }>(
  ({ db, actor, body, params, newId }) => flagClaim(db, actor, params.slug, body, newId),
  201,
);
