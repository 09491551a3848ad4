import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FormattedDate } from "@/components/formatted-date";
import { InviteForm } from "@/components/workspaces/invite-form";
import { MemberRoleSelect } from "@/components/workspaces/member-role-select";
import { MembershipButton } from "@/components/workspaces/membership-button";
import { listMembers } from "@/lib/data/workspaces/members";
import { workspaceRoleLabel } from "@/lib/workspaces/workspace-roles";
import { workspaceForPage } from "@/server/page-access";

export const metadata: Metadata = { title: "Members" };
export const dynamic = "force-dynamic";

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { db, actor, workspace } = await workspaceForPage(slug);
  const listed = await listMembers(db, actor, slug);
  if (!listed.ok) notFound();
  const { members, changes } = listed.data;
  const admin = workspace.role === "ADMIN" && !workspace.archived;
  return (
    <main className="page">
      <p>
        <Link href={`/workspaces/${slug}`}>← {workspace.name}</Link>
      </p>
      <h1>Members of {workspace.name}</h1>
      <p>
        Admins manage members and settings; Editors import documents and publish verdicts; Checkers flag claims and
        write verification notes; Viewers read and take part in discussions.{" "}
        {workspace.role && <MembershipButton slug={slug} action="leave" />}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Members and their roles</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              {admin && <th scope="col">Email</th>}
              <th scope="col">Role</th>
              <th scope="col">Member since</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.userId}>
                <td>
                  <Link href={`/users/${m.userId}`}>{m.name}</Link>
                </td>
                {admin && <td>{m.email}</td>}
                <td>{admin ? <MemberRoleSelect slug={slug} member={m} /> : workspaceRoleLabel(m.role)}</td>
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
        <h2 id="changes-heading">Membership changes</h2>
        {changes.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <ol className="timeline">
            {changes.map((c) => (
              <li key={c.id}>
                <FormattedDate iso={c.when} />: {c.who} {c.what}
                {c.detail && <> ({c.detail})</>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </main>
  );
}
