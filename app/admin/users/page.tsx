import type { Metadata } from "next";
import { getDb } from "@/server/db";
import { listUsers } from "@/lib/data/accounts/users";
import { denyPage } from "@/server/deny-page";
import { getActor } from "@/server/session";
import { AccountToggle } from "@/components/admin/account-toggle";
import { RoleSelect } from "@/components/admin/role-select";
import { FormattedDate } from "@/components/formatted-date";
import { DefaultWorkspaceToggle } from "@/components/admin/default-workspace-toggle";
import { newAccountsJoinDefault } from "@/lib/data/workspaces/default-workspace";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const actor = await getActor();
  const db = await getDb();
  const result = await listUsers(db, actor);
  if (!result.ok) denyPage(result.status);
  return (
    <main className="page">
      <h1>Users</h1>
      <p>
        The role is the account&apos;s role in the Default workspace (Annotator: Checker, Reviewer: Editor, Admin:
        Admin); Admin also makes a site administrator. Roles in other workspaces are set on their members pages.
      </p>
      <DefaultWorkspaceToggle initial={await newAccountsJoinDefault(db)} />
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Joined</th>
              <th scope="col">Role</th>
              <th scope="col">Account</th>
            </tr>
          </thead>
          <tbody>
            {result.data.map((user) => (
              <tr key={user.id}>
                <td>{user.name}</td>
                <td>{user.email}</td>
                <td>
                  <FormattedDate iso={user.createdAt} />
                </td>
                <td>
                  <RoleSelect userId={user.id} userName={user.name} role={user.role} />
                </td>
                <td>
                  <AccountToggle userId={user.id} userName={user.name} disabled={user.disabled} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}
