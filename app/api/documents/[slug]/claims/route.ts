import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import { flagClaim } from "@/lib/data/claims";
import { getReaderDocument } from "@/lib/data/documents";
import { writeRoute } from "@/server/route";

/** GET: the document's claims in text order (open to everyone, like the reader). */
export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  const document = await getReaderDocument(await getDb(), slug);
  if (!document) return NextResponse.json({ message: "That document was not found." }, { status: 404 });
  return NextResponse.json(document.claims);
}

/** POST {start, end, exact}: flags the selection as a claim (signed in). */
export const POST = writeRoute<{ slug: string }>(({ db, actor, body, params }) => flagClaim(db, actor, params.slug, body), 201);
