import type { Metadata } from "next";
import { getDb } from "@/server/db";
import { listImportedFactChecks } from "@/lib/data/fact-checks/fact-checks";
import { isAdmin } from "@/lib/roles";
import { denyPage } from "@/server/deny-page";
import { getActor } from "@/server/session";
import { FactCheckImportForm } from "@/components/admin/fact-check-import-form";

export const metadata: Metadata = { title: "Imported fact-checks" };
export const dynamic = "force-dynamic";

/** Admins bring in fact-checks published elsewhere (ClaimReview JSON-LD) so claims can be matched against them. */
export default async function FactChecksPage() {
  const actor = await getActor();
  if (!actor) denyPage(401);
  if (!isAdmin(actor.role)) denyPage(403);
  const { total, latest } = await listImportedFactChecks(await getDb());
  return (
    <main className="page page-wide">
      <h1>Imported fact-checks</h1>
      <p>
        Fact-checks published elsewhere, as schema.org ClaimReview JSON-LD: one object, an array, or a DataFeed (the
        format Google&apos;s Fact Check Tools use). Each becomes a fact-check the claim panel offers under “Similar
        fact-checks”. Importing the same URL again updates it; items without <code>claimReviewed</code> or{" "}
        <code>url</code> are skipped and listed.
      </p>
      <FactCheckImportForm />
      <h2>
        {total} imported {total === 1 ? "fact-check" : "fact-checks"}
        {total > latest.length ? ` (the latest ${latest.length})` : ""}
      </h2>
      {latest.length > 0 && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Claim reviewed</th>
                <th scope="col">Rating</th>
                <th scope="col">By</th>
                <th scope="col">Date</th>
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
