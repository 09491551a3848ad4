import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { MembershipButton } from "@/components/workspaces/membership-button";
import { RestoreWorkspaceButton } from "@/components/workspaces/restore-workspace-button";
import { listWorkspaces, type WorkspaceView } from "@/lib/data/workspaces/workspaces";
import { getDb } from "@/server/db";
import { getActor } from "@/server/session";
import { pageTitle } from "@/server/i18n/page-title";

export const generateMetadata = () => pageTitle("workspaces");
export const dynamic = "force-dynamic";

/** One workspace in a list: its name (a link), visibility, and the caller's role or what they can do. */
function WorkspaceItem({ workspace, action }: { workspace: WorkspaceView; action?: React.ReactNode }) {
  const t = useTranslations("Workspaces");
  const roleLabel = useTranslations("WorkspaceRoles");
  return (
    <li>
      <Link href={`/workspaces/${workspace.slug}`}>{workspace.name}</Link>{" "}
      <span className="tag">{t(`visibility.${workspace.visibility}`)}</span>
      {workspace.archived && <span className="tag"> {t("archived")}</span>}
      {workspace.role && <> · {roleLabel(workspace.role)}</>} · {t("members", { count: workspace.memberCount })}{" "}
      {action}
    </li>
  );
}

export default async function WorkspacesPage() {
  const actor = await getActor();
  const { mine, open, others } = await listWorkspaces(await getDb(), actor);
  const t = await getTranslations("Workspaces");
  return (
    <main className="page">
      <div className="page-heading">
        <h1>{t("title")}</h1>
        {actor && (
          <Link href="/workspaces/new" className="button-link">
            {t("create")}
          </Link>
        )}
      </div>
      <p>{t("intro")}</p>
      {actor && (
        <section aria-labelledby="mine-heading">
          <h2 id="mine-heading">{t("yours")}</h2>
          {mine.length === 0 ? (
            <p>{t("noneYours")}</p>
          ) : (
            <ul className="workspace-list">
              {mine.map((w) => (
                <WorkspaceItem key={w.id} workspace={w} />
              ))}
            </ul>
          )}
        </section>
      )}
      <section aria-labelledby="open-heading">
        <h2 id="open-heading">{actor ? t("openToJoin") : t("open")}</h2>
        {open.length === 0 ? (
          <p>{t("noneOpen")}</p>
        ) : (
          <ul className="workspace-list">
            {open.map((w) => (
              <WorkspaceItem
                key={w.id}
                workspace={w}
                action={actor ? <MembershipButton slug={w.slug} action="join" /> : undefined}
              />
            ))}
          </ul>
        )}
      </section>
      {others.length > 0 && (
        <section aria-labelledby="others-heading">
          <h2 id="others-heading">{t("others")}</h2>
          <p className="hint">{t("othersHint")}</p>
          <ul className="workspace-list">
            {others.map((w) => (
              <li key={w.id}>
                {w.name} <span className="tag">{t(`visibility.${w.visibility}`)}</span>
                {w.archived && (
                  <>
                    <span className="tag"> {t("archived")}</span> <RestoreWorkspaceButton slug={w.slug} name={w.name} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
