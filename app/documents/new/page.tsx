import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/documents/import-form";
import { pageTitle } from "@/server/i18n/page-title";
import { workspacesForImport } from "@/lib/data/workspaces/workspaces";
import { currentWorkspaceSlug } from "@/server/current-workspace";
import { getDb } from "@/server/db";
import { denyPage } from "@/server/deny-page";
import { getActor } from "@/server/session";

export const generateMetadata = () => pageTitle("newDocument");
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ workspace?: string }> };

export default async function NewDocumentPage({ searchParams }: Props) {
  const actor = await getActor();
  if (!actor) denyPage(401);
  const workspaces = await workspacesForImport(await getDb(), actor);
  const t = await getTranslations("NewDocument");
  // The workspace asked for (from its page), else the current one, else the first.
  const asked = (await searchParams).workspace ?? (await currentWorkspaceSlug());
  const initial = workspaces.find((w) => w.slug === asked)?.slug ?? workspaces[0]?.slug;
  return (
    <main className="page">
      <h1>{t("title")}</h1>
      {workspaces.length > 0 ? (
        <>
          <p>{t("intro")}</p>
          <ImportForm mode="document" workspaces={workspaces} initialWorkspace={initial} />
        </>
      ) : (
        <p role="note">{t("needsEditor")}</p>
      )}
    </main>
  );
}
