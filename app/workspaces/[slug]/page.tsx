import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DocumentPager } from "@/components/documents/document-pager";
import { DocumentTable } from "@/components/documents/document-table";
import { MembershipButton } from "@/components/workspaces/membership-button";
import { RememberWorkspace } from "@/components/workspaces/remember-workspace";
import { WorkspaceSettingsForm } from "@/components/workspaces/workspace-settings-form";
import { listDocuments } from "@/lib/data/documents/documents";
import { hasWorkspaceRole } from "@/lib/workspaces/workspace-roles";
import { workspaceForPage } from "@/server/page-access";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { workspace } = await workspaceForPage((await params).slug);
  return { title: workspace.name };
}

export default async function WorkspacePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const { db, actor, workspace } = await workspaceForPage(slug);
  const list = await listDocuments(db, { workspaceIds: [workspace.id], page: Number(query.page ?? 1) });
  const editor = !workspace.archived && hasWorkspaceRole(workspace.role, "EDITOR");
  const pageLink = (page: number) => `/workspaces/${slug}${page > 1 ? `?page=${page}` : ""}`;
  const [t, roleLabel] = await Promise.all([getTranslations("Workspaces"), getTranslations("WorkspaceRoles")]);
  return (
    <main className="page">
      {workspace.role && <RememberWorkspace slug={slug} />}
      <div className="page-heading">
        <h1>{workspace.name}</h1>
        {editor && (
          <Link href={`/documents/new?workspace=${slug}`} className="button-link">
            {t("addDocument")}
          </Link>
        )}
      </div>
      <p>
        <span className="tag">{t(`visibility.${workspace.visibility}`)}</span>{" "}
        {workspace.role ? t("yourRole", { role: roleLabel(workspace.role) }) : t("notMember")}{" "}
        <Link href={`/workspaces/${slug}/members`}>{t("membersLink", { count: workspace.memberCount })}</Link>{" "}
        {actor && !workspace.role && workspace.visibility === "OPEN" && !workspace.archived && (
          <MembershipButton slug={slug} action="join" />
        )}
        {workspace.role && <MembershipButton slug={slug} action="leave" />}
      </p>
      {workspace.archived && (
        <p role="status" className="notice">
          {t("archivedNotice")}
        </p>
      )}
      <h2>{t("documents")}</h2>
      {list.documents.length === 0 ? <p>{t("noDocuments")}</p> : <DocumentTable documents={list.documents} />}
      <DocumentPager page={list.page} pages={list.pages} hrefOf={pageLink} />
      {workspace.role === "ADMIN" && !workspace.archived && <WorkspaceSettingsForm initial={workspace} />}
    </main>
  );
}
