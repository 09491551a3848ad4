import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/server/i18n/page-title";
import { getServerText } from "@/server/i18n/server-text";
import { notFound } from "next/navigation";
import { FormattedDate } from "@/components/formatted-date";
import { InviteForm } from "@/components/workspaces/invite-form";
import { MemberRoleSelect } from "@/components/workspaces/member-role-select";
import { MembershipButton } from "@/components/workspaces/membership-button";
import { listMembers } from "@/lib/data/workspaces/members";
import { workspaceForPage } from "@/server/page-access";

export const generateMetadata = () => pageTitle("members");
export const dynamic = "force-dynamic";

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { db, actor, workspace } = await workspaceForPage(slug);
  const listed = await listMembers(db, actor, slug);
  if (!listed.ok) notFound();
  const { members, changes } = listed.data;
  const admin = workspace.role === "ADMIN" && !workspace.archived;
  const [t, roleLabel, translate] = await Promise.all([
    getTranslations("Members"),
    getTranslations("WorkspaceRoles"),
    getServerText(),
  ]);
  return (
    <main className="page">
      <p>
        <Link href={`/workspaces/${slug}`}>← {workspace.name}</Link>
      </p>
      <h1>{t("title", { workspace: workspace.name })}</h1>
      <p>
        {t("roles")} {workspace.role && <MembershipButton slug={slug} action="leave" />}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              {admin && <th scope="col">{t("email")}</th>}
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("since")}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.userId}>
                <td>
                  <Link href={`/users/${m.userId}`}>{m.name}</Link>
                </td>
                {admin && <td>{m.email}</td>}
                <td>{admin ? <MemberRoleSelect slug={slug} member={m} /> : roleLabel(m.role)}</td>
                <td>
                  <FormattedDate iso={m.joinedAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {admin && <InviteForm slug={slug} />}
      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading">{t("changes")}</h2>
        {changes.length === 0 ? (
          <p>{t("noChanges")}</p>
        ) : (
          <ol className="timeline">
            {changes.map((c) => (
              <li key={c.id}>
                <FormattedDate iso={c.when} />: {c.who} {translate(c.what)}
                {c.detail && <> ({translate(c.detail)})</>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </main>
  );
}
