import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { pageTitle } from "@/server/i18n/page-title";
import { listImportedFactChecks } from "@/lib/data/fact-checks/fact-checks";
import { isAdmin } from "@/lib/roles";
import { denyPage } from "@/server/deny-page";
import { getActor } from "@/server/session";
import { FactCheckImportForm } from "@/components/admin/fact-check-import-form";

export const generateMetadata = () => pageTitle("factChecks");
export const dynamic = "force-dynamic";

/** Admins bring in fact-checks published elsewhere (ClaimReview JSON-LD) so claims can be matched against them. */
export default async function FactChecksPage() {
  const actor = await getActor();
  if (!actor) denyPage(401);
  if (!isAdmin(actor.role)) denyPage(403);
  const { total, latest } = await listImportedFactChecks(await getDb());
  const t = await getTranslations("AdminFactChecks");
  return (
    <main className="page page-wide">
      <h1>{t("title")}</h1>
      <p>{t.rich("intro", { code: (chunks) => <code>{chunks}</code> })}</p>
      <FactCheckImportForm />
      <h2>
        {t("count", { count: total })}
        {total > latest.length ? ` ${t("latest", { count: latest.length })}` : ""}
      </h2>
      {latest.length > 0 && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("claimReviewed")}</th>
                <th scope="col">{t("rating")}</th>
                <th scope="col">{t("by")}</th>
                <th scope="col">{t("date")}</th>
              </tr>
            </thead>
            <tbody>
              {latest.map((f) => (
                <tr key={f.id}>
                  <td>
                    <a href={f.url} target="_blank" rel="noopener noreferrer nofollow">
                      {f.claimReviewed}
                    </a>
                  </td>
                  <td>{f.rating ?? "—"}</td>
                  <td>{f.reviewer ?? "—"}</td>
                  <td>{f.reviewedOn ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
