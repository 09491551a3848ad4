import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { pageTitle } from "@/server/i18n/page-title";
import { listUsers } from "@/lib/data/accounts/users";
import { denyPage } from "@/server/deny-page";
import { getActor } from "@/server/session";
import { AccountToggle } from "@/components/admin/account-toggle";
import { RoleSelect } from "@/components/admin/role-select";
import { FormattedDate } from "@/components/formatted-date";
import { DefaultWorkspaceToggle } from "@/components/admin/default-workspace-toggle";
import { newAccountsJoinDefault } from "@/lib/data/workspaces/default-workspace";

export const generateMetadata = () => pageTitle("users");
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const actor = await getActor();
  const db = await getDb();
  const result = await listUsers(db, actor);
  if (!result.ok) denyPage(result.status);
  const t = await getTranslations("Users");
  return (
    <main className="page">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <DefaultWorkspaceToggle initial={await newAccountsJoinDefault(db)} />
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("email")}</th>
              <th scope="col">{t("joined")}</th>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("account")}</th>
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
