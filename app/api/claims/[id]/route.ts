import { getClaimDetail } from "@/lib/data/claims/claim-detail";
import { withdrawClaim } from "@/lib/data/claims/claims";
import { notFound, ok } from "@/lib/result";
import { readRoute, writeRoute } from "@/server/route";
import { admitToClaim } from "@/lib/data/workspaces/scope";

/**
 * GET: one claim with its notes, replies, verdicts and history (open to everyone; before/after copies only for admins).
 */
export const GET = readRoute<{ id: string }>(async ({ db, actor, params }) => {
  const admitted = await admitToClaim(db, actor, params.id);
  if (!admitted.ok) return admitted;
  const claim = await getClaimDetail(db, params.id, admitted.actor);
  return claim ? ok(claim) : notFound("That claim");
});

/** DELETE: withdraws the flag (its author or an admin, while it has no notes). */
export const DELETE = writeRoute<{ id: string }>(({ db, actor, params }) => withdrawClaim(db, actor, params.id));
