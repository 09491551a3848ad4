import { getTranslations } from "next-intl/server";
import { getServerText } from "@/server/i18n/server-text";
import { getDb } from "@/server/db";
import { pageTitle } from "@/server/i18n/page-title";
import { listJobs } from "@/lib/data/evidence/jobs";
import { isAdmin } from "@/lib/roles";
import { denyPage } from "@/server/deny-page";
import { getActor } from "@/server/session";
import { FormattedDate } from "@/components/formatted-date";
import { RecheckNowButton } from "@/components/admin/recheck-now-button";

export const generateMetadata = () => pageTitle("jobs");
export const dynamic = "force-dynamic";

/** Queued, running and failed background jobs (evidence captures and source re-checks), for admins. */
export default async function JobsPage() {
  const actor = await getActor();
  if (!actor) denyPage(401);
  if (!isAdmin(actor.role)) denyPage(403);
  const { counts, jobs } = await listJobs(await getDb());
  const [t, translate] = await Promise.all([getTranslations("Jobs"), getServerText()]);
  const kindLabel = (kind: string) =>
    kind === "capture" ? t("kinds.capture") : kind === "recheck" ? t("kinds.recheck") : kind;
  return (
    <main className="page page-wide">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p role="status">
        {t("counts", {
          queued: counts.QUEUED ?? 0,
          running: counts.RUNNING ?? 0,
          failed: counts.FAILED ?? 0,
          done: counts.DONE ?? 0,
        })}
      </p>
      <RecheckNowButton />
      {jobs.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("job")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("tries")}</th>
                <th scope="col">{t("when")}</th>
                <th scope="col">{t("lastError")}</th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <tr key={job.id}>
                  <td>{kindLabel(job.kind)}</td>
                  <td>
                    {job.status === "RUNNING"
                      ? t("running", { by: job.lockedBy ?? "?" })
                      : job.status === "QUEUED"
                        ? t("queued")
                        : t("failed")}
                  </td>
                  <td>{t("attempts", { attempts: job.attempts, max: job.maxAttempts })}</td>
                  <td>
                    <FormattedDate iso={(job.status === "QUEUED" ? job.runAfter : job.updatedAt).toISOString()} />
                  </td>
                  <td className="wrap-anywhere">{job.lastError ? translate(job.lastError) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
