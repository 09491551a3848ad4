import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/server/i18n/page-title";
import { getServerText } from "@/server/i18n/server-text";
import { getDb } from "@/server/db";
import { listAudit } from "@/lib/data/events/audit";
import { listUserNames } from "@/lib/data/accounts/users";
import { describeEvent, EVENT_ACTIONS } from "@/lib/events";
import { requestedPage } from "@/lib/paging";
import { searchParamsFrom, type SearchParamsRecord } from "@/lib/search-params";
import { denyPage } from "@/server/deny-page";
import { getActor } from "@/server/session";
import { FormattedDate } from "@/components/formatted-date";

export const generateMetadata = () => pageTitle("audit");
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParamsRecord> };

export default async function AuditPage({ searchParams }: Props) {
  const query = searchParamsFrom(await searchParams);
  const action = query.get("action") ?? undefined;
  const actorId = query.get("actor") ?? undefined;
  const requested = requestedPage(query.get("page"));
  const db = await getDb();
  const result = await listAudit(db, await getActor(), {
    action: action || null,
    actorId: actorId || null,
    page: requested,
  });
  if (!result.ok) denyPage(result.status);
  const { page } = result.data;
  const users = await listUserNames(db);
  const [t, translate] = await Promise.all([getTranslations("Audit"), getServerText()]);
  const link = (p: number) =>
    `/admin/audit?${new URLSearchParams({ ...(action ? { action } : {}), ...(actorId ? { actor: actorId } : {}), page: String(p) })}`;
  return (
    <main className="page page-wide">
      <h1>{t("title")}</h1>
      <form method="get" className="queue-filters" aria-label={t("filters")}>
        <div>
          <label htmlFor="a-action">{t("action")}</label>
          <select id="a-action" name="action" defaultValue={action ?? ""}>
            <option value="">{t("any")}</option>
            {EVENT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {translate(describeEvent(a))}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="a-actor">{t("who")}</label>
          <select id="a-actor" name="actor" defaultValue={actorId ?? ""}>
            <option value="">{t("anyone")}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("apply")}</button>
      </form>
      <p role="status">{t("count", { total: result.data.total, page, pages: result.data.pages })}</p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("when")}</th>
              <th scope="col">{t("who")}</th>
              <th scope="col">{t("what")}</th>
              <th scope="col">{t("details")}</th>
            </tr>
          </thead>
          <tbody>
            {result.data.rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <FormattedDate iso={row.createdAt} />
                </td>
                <td>{row.actorName}</td>
                <td>
                  {translate(row.description)}
                  {row.detail && <>: {translate(row.detail)}</>}
                  {row.subject && <> — {row.subject}</>}
                  {row.claimId && row.documentSlug && (
                    <>
                      {" "}
                      <Link href={`/documents/${row.documentSlug}#claim-${row.claimId}`}>{t("claim")}</Link>
                    </>
                  )}
                </td>
                <td>
                  {(row.before || row.after) && (
                    <details>
                      <summary>{t("details")}</summary>
                      <p>
                        <code>{row.action}</code>
                      </p>
                      <p>{t("before")}</p>
                      <code className="json">{row.before ?? "—"}</code>
                      <p>{t("after")}</p>
                      <code className="json">{row.after ?? "—"}</code>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={t("pagesLabel")} className="pager">
        {page > 1 && <Link href={link(page - 1)}>{t("previous")}</Link>}
        {page < result.data.pages && <Link href={link(page + 1)}>{t("next")}</Link>}
      </nav>
    </main>
  );
}
