import { linkClaim, listClaimLinks } from "@/lib/data/claims/claim-links";
import { ok } from "@/lib/result";
import { readRoute, writeRoute } from "@/server/route";

/** GET: the claim's "Same claim" links, from both ends. */
export const GET = readRoute<{ id: string }>(async ({ db, actor, params }) =>
  ok(await listClaimLinks(db, params.id, actor)),
);

/** POST {claimId} or {factCheckId}: "Same claim" (signed in; recorded as an event). */
export const POST = writeRoute<{ id: string }>(
  ({ db, actor, body, params, newId }) => linkClaim(db, actor, params.id, body, newId),
  201,
);
