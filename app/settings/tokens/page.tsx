import { getTranslations } from "next-intl/server";
import { TokenManager } from "@/components/settings/token-manager";
import { pageTitle } from "@/server/i18n/page-title";
import { listTokens } from "@/lib/data/accounts/api-tokens";
import { isAdmin } from "@/lib/roles";
import { memberWorkspaces } from "@/lib/data/workspaces/workspaces";
import { getDb } from "@/server/db";
import { denyPage } from "@/server/deny-page";
import { getActor } from "@/server/session";

export const generateMetadata = () => pageTitle("tokens");
export const dynamic = "force-dynamic";

export default async function TokensPage() {
  const actor = await getActor();
  if (!actor) denyPage(401);
  const admin = isAdmin(actor.role);
  const db = await getDb();
  const t = await getTranslations("Tokens");
  const [tokens, workspaces] = await Promise.all([
    listTokens(db, actor, { everyone: admin }),
    memberWorkspaces(db, actor),
  ]);
  return (
    <main className="page">
      <h1>{t("title")}</h1>
      <p>
        {t.rich("intro", {
          code: (chunks) => <code>{chunks}</code>,
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <TokenManager initial={tokens} viewerId={actor.id} showOwners={admin} workspaces={workspaces} />
    </main>
  );
}
