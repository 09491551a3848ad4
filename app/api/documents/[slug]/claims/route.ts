import { flagClaim } from "@/lib/data/claims/claims";
import { getReaderDocument } from "@/lib/data/documents/documents";
import { notFound, ok } from "@/lib/result";
import { readRoute, writeRoute } from "@/server/route";

/** GET: the document's claims in text order (open to everyone, like the reader). */
export const GET = readRoute<{ slug: string }>(async ({ db, params }) => {
  const document = await getReaderDocument(db, params.slug);
  return document ? ok(document.claims) : notFound("That document");
});

/** POST {start, end, exact}: flags the selection as a claim (signed in; Idempotency-Key makes retries safe). */
export const POST = writeRoute<{ slug: string }>(
  ({ db, actor, body, params, newId }) => flagClaim(db, actor, params.slug, body, newId),
  201,
);
