import type { Metadata } from "next";
import { getDb } from "@/server/db";
import { listUsers } from "@/lib/data/users";
import { getActor } from "@/server/session";
import { RoleSelect } from "@/components/admin/role-select";
import { FormattedDate } from "@/components/formatted-date";
import { AccessDenied } from "@/components/access-denied";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const actor = await getActor();
  const result = await listUsers(await getDb(), actor);
  if (!result.ok) return <AccessDenied status={result.status} message={result.status === 401 ? "Sign in as an admin to manage users." : "You need the admin role to manage users."} />;
  return (
    <main className="page">
      <h1>Users</h1>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Joined</th>
            <th scope="col">Role</th>
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
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
