import { getTranslations } from "next-intl/server";
import { DeskSettingsForm } from "@/components/admin/desk-settings-form";
import { pageTitle } from "@/server/i18n/page-title";
import { readDeskSettings } from "@/lib/data/publishing/desk-settings";
import { isAdmin } from "@/lib/roles";
import { getDb } from "@/server/db";
import { denyPage } from "@/server/deny-page";
import { deskFallback } from "@/server/publishing/public-site";
import { getActor } from "@/server/session";

export const generateMetadata = () => pageTitle("deskSettings");
export const dynamic = "force-dynamic";

/** /admin/settings: how the desk presents itself on its public fact-checks (site administrators). */
export default async function DeskSettingsPage() {
  const actor = await getActor();
  if (!actor) denyPage(401);
  if (actor.onlyWorkspace || !isAdmin(actor.role)) denyPage(403);
  const settings = await readDeskSettings(await getDb(), deskFallback());
  const t = await getTranslations("DeskSettings");
  return (
    <main className="page">
      <h1>{t("title")}</h1>
      <section aria-labelledby="publishing-heading">
        <h2 id="publishing-heading">{t("publishing")}</h2>
        <p>
          {t.rich("intro", {
            // A route handler, not a page of the app: a full navigation, never the client router.
            // eslint-disable-next-line @next/next/no-html-link-for-pages
            link: (chunks) => <a href="/fact-checks">{chunks}</a>,
          })}
        </p>
        <DeskSettingsForm initial={settings} />
      </section>
    </main>
  );
}
