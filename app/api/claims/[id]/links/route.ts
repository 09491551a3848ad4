import { linkClaim, listClaimLinks } from "@/lib/data/claims/claim-links";
import { ok } from "@/lib/result";
import { readRoute, writeRoute } from "@/server/route";
import { admitToClaim } from "@/lib/data/workspaces/scope";

/** GET: the claim's "Same claim" links, from both ends. */
export const GET = readRoute<{ id: string }>(async ({ db, actor, params }) => {
  const admitted = await admitToClaim(db, actor, params.id);
  if (!admitted.ok) return admitted;
  return ok(await listClaimLinks(db, params.id, admitted.actor));
});

/** POST {claimId} or {factCheckId}: "Same claim" (signed in; recorded as an event). */
export const POST = writeRoute<{ id: string }>(
  ({ db, actor, body, params, newId }) => linkClaim(db, actor, params.id, body, newId),
  201,
);
