import { createToken, listTokens } from "@/lib/data/accounts/api-tokens";
import { isAdmin } from "@/lib/roles";
import { ok } from "@/lib/result";
import { apiRoute, writeRoute } from "@/server/route";

/** GET: your personal access tokens (never their secrets); `?all=1` lists everyone's, for admins. */
export const GET = apiRoute({ caller: "user" }, async ({ db, actor, request }) => {
  const everyone = new URL(request.url).searchParams.get("all") === "1" && isAdmin(actor!.role);
  return ok(await listTokens(db, actor!, { everyone }));
});

/**
 * POST {name, scopes: ["read","write"], expiresInDays: number|null}: a new token; its secret is in this answer only.
 */
export const POST = writeRoute(({ db, actor, body }) => createToken(db, actor, body), 201);
