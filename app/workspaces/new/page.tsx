import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/server/i18n/page-title";
import { CreateWorkspaceForm } from "@/components/workspaces/create-workspace-form";
import { denyPage } from "@/server/deny-page";
import { getActor } from "@/server/session";

export const generateMetadata = () => pageTitle("newWorkspace");
export const dynamic = "force-dynamic";

export default async function NewWorkspacePage() {
  if (!(await getActor())) denyPage(401);
  const t = await getTranslations("Workspaces");
  return (
    <main className="page">
      <p>
        <Link href="/workspaces">{t("back")}</Link>
      </p>
      <h1>{t("create")}</h1>
      <p>{t("createIntro")}</p>
      <CreateWorkspaceForm />
    </main>
  );
}
