import type { Metadata } from "next";
import { DeskSettingsForm } from "@/components/admin/desk-settings-form";
import { readDeskSettings } from "@/lib/data/publishing/desk-settings";
import { isAdmin } from "@/lib/roles";
import { getDb } from "@/server/db";
import { denyPage } from "@/server/deny-page";
import { deskFallback } from "@/server/publishing/public-site";
import { getActor } from "@/server/session";

export const metadata: Metadata = { title: "Desk settings" };
export const dynamic = "force-dynamic";

/** /admin/settings: how the desk presents itself on its public fact-checks (site administrators). */
export default async function DeskSettingsPage() {
  const actor = await getActor();
  if (!actor) denyPage(401);
  if (actor.onlyWorkspace || !isAdmin(actor.role)) denyPage(403);
  const settings = await readDeskSettings(await getDb(), deskFallback());
  return (
    <main className="page">
      <h1>Desk settings</h1>
      <section aria-labelledby="publishing-heading">
        <h2 id="publishing-heading">Publishing</h2>
        <p>
          What every public fact-check page says about the desk, and the rating scale its ClaimReview markup uses. The
          public list is at {/* A route handler, not a page of the app: a full navigation, never the client router. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/fact-checks">/fact-checks</a>.
        </p>
        <DeskSettingsForm initial={settings} />
      </section>
    </main>
  );
}
