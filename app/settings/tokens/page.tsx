import type { Metadata } from "next";
import { TokenManager } from "@/components/settings/token-manager";
import { listTokens } from "@/lib/data/accounts/api-tokens";
import { isAdmin } from "@/lib/roles";
import { memberWorkspaces } from "@/lib/data/workspaces/workspaces";
import { getDb } from "@/server/db";
import { denyPage } from "@/server/deny-page";
import { getActor } from "@/server/session";

export const metadata: Metadata = { title: "Access tokens" };
export const dynamic = "force-dynamic";

export default async function TokensPage() {
  const actor = await getActor();
  if (!actor) denyPage(401);
  const admin = isAdmin(actor.role);
  const db = await getDb();
  const [tokens, workspaces] = await Promise.all([
    listTokens(db, actor, { everyone: admin }),
    memberWorkspaces(db, actor),
  ]);
  return (
    <main className="page">
      <h1>Access tokens</h1>
      <p>
        A personal access token lets another tool (a script, a CMS, a browser extension) use Claimmark{"'"}s API as you:{" "}
        <code>Authorization: Bearer cm_…</code>. It answers within one workspace and can do what your role there allows,
        limited to its scopes: <strong>read</strong> (GET requests) and <strong>write</strong> (everything else). Treat
        it like a password: it is shown once.
      </p>
      <TokenManager initial={tokens} viewerId={actor.id} showOwners={admin} workspaces={workspaces} />
    </main>
  );
}
