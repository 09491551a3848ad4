import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import { getClaimDetail } from "@/lib/data/claim-detail";
import { withdrawClaim } from "@/lib/data/claims";
import { writeRoute } from "@/server/route";

/** GET: one claim with its notes, replies, verdicts and history (open to everyone). */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  const claim = await getClaimDetail(await getDb(), id);
  if (!claim) return NextResponse.json({ message: "That claim was not found." }, { status: 404 });
  return NextResponse.json(claim);
}

/** DELETE: withdraws the flag (its author or an admin, while it has no notes). */
export const DELETE = writeRoute<{ id: string }>(({ db, actor, params }) => withdrawClaim(db, actor, params.id));
