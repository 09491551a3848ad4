import Link from "next/link";
import { getDb } from "@/server/db";
import { listDocuments } from "@/lib/data/documents";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const documents = await listDocuments(await getDb());
  return (
    <main className="page">
      <h1>Documents</h1>
      {documents.length === 0 ? (
        <p>No documents yet. `npm start` seeds the sample essay on first start.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Documents with their claim counts</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Claims</th>
              <th scope="col">With a final verdict</th>
              <th scope="col">Report</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((d) => (
              <tr key={d.slug}>
                <td>
                  <Link href={`/documents/${d.slug}`}>{d.title}</Link>
                </td>
                <td>{d.claimCount}</td>
                <td>{d.reviewedCount}</td>
                <td>
                  <Link href={`/documents/${d.slug}/report`} aria-label={`Verification report: ${d.title}`}>
                    Report
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
