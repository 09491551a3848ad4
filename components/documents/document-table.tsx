import Link from "next/link";
import type { DocumentListItem } from "@/lib/data/documents/documents";
import { FormattedDate } from "../formatted-date";
import { ClaimProgress } from "./claim-progress";

/** A page of documents, newest first, with their claim counts and report links (home and workspace pages). */
export function DocumentTable({ documents }: { documents: DocumentListItem[] }) {
  return (
    <table className="data-table card-table">
      <caption className="visually-hidden">Documents, newest first, with their claim counts</caption>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Author</th>
          <th scope="col">Added</th>
          <th scope="col">Claims</th>
          <th scope="col">With a final verdict</th>
          <th scope="col">Progress</th>
          <th scope="col">Report</th>
        </tr>
      </thead>
      <tbody>
        {documents.map((d) => (
          <tr key={d.slug}>
            <td>
              <Link href={`/documents/${d.slug}`}>{d.title}</Link>
              {d.archived && <span className="tag"> Archived</span>}
            </td>
            <td data-label="Author">{d.author ?? "—"}</td>
            <td data-label="Added">
              <FormattedDate iso={d.createdAt} />
            </td>
            <td data-label="Claims">{d.claimCount}</td>
            <td data-label="With a final verdict">{d.reviewedCount}</td>
            <td data-label="Progress">
              <ClaimProgress flagged={d.flaggedCount} inReview={d.inReviewCount} published={d.reviewedCount} />
            </td>
            <td>
              <Link href={`/documents/${d.slug}/report`} aria-label={`Verification report: ${d.title}`}>
                Report
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
