import type { Metadata } from "next";
import { getDb } from "@/server/db";
import { listJobs } from "@/lib/data/evidence/jobs";
import { isAdmin } from "@/lib/roles";
import { denyPage } from "@/server/deny-page";
import { getActor } from "@/server/session";
import { FormattedDate } from "@/components/formatted-date";
import { RecheckNowButton } from "@/components/admin/recheck-now-button";

export const metadata: Metadata = { title: "Background jobs" };
export const dynamic = "force-dynamic";

const KIND_LABELS: Record<string, string> = { capture: "Capture a source", recheck: "Re-check a source" };

/** Queued, running and failed background jobs (evidence captures and source re-checks), for admins. */
export default async function JobsPage() {
  const actor = await getActor();
  if (!actor) denyPage(401);
  if (!isAdmin(actor.role)) denyPage(403);
  const { counts, jobs } = await listJobs(await getDb());
  return (
    <main className="page page-wide">
      <h1>Background jobs</h1>
      <p>
        Cited sources are captured by a worker beside the server, from this queue in the database: a job survives
        restarts, is tried three times with a growing wait, and is taken over when its worker stops answering.
      </p>
      <p role="status">
        {counts.QUEUED} queued, {counts.RUNNING} running, {counts.FAILED} failed, {counts.DONE} done.
      </p>
      <RecheckNowButton />
      {jobs.length === 0 ? (
        <p>No queued, running or failed jobs.</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Job</th>
                <th scope="col">Status</th>
                <th scope="col">Tries</th>
                <th scope="col">Next try or last change</th>
                <th scope="col">Last error</th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <tr key={job.id}>
                  <td>{KIND_LABELS[job.kind] ?? job.kind}</td>
                  <td>
                    {job.status === "RUNNING"
                      ? `Running (${job.lockedBy ?? "?"})`
                      : job.status === "QUEUED"
                        ? "Queued"
                        : "Failed"}
                  </td>
                  <td>
                    {job.attempts} of {job.maxAttempts}
                  </td>
                  <td>
                    <FormattedDate iso={(job.status === "QUEUED" ? job.runAfter : job.updatedAt).toISOString()} />
                  </td>
                  <td className="wrap-anywhere">{job.lastError ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
