import Link from "next/link";
import { useTranslations } from "next-intl";
import type { DocumentListItem } from "@/lib/data/documents/documents";
import { FormattedDate } from "../formatted-date";
import { ClaimProgress } from "./claim-progress";

/** A page of documents, newest first, with their claim counts and report links (home and workspace pages). */
export function DocumentTable({ documents }: { documents: DocumentListItem[] }) {
  const t = useTranslations("DocumentTable");
  return (
    <table className="data-table card-table">
      <caption className="visually-hidden">{t("caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("title")}</th>
          <th scope="col">{t("author")}</th>
          <th scope="col">{t("added")}</th>
          <th scope="col">{t("claims")}</th>
          <th scope="col">{t("withFinalVerdict")}</th>
          <th scope="col">{t("progress")}</th>
          <th scope="col">{t("report")}</th>
        </tr>
      </thead>
      <tbody>
        {documents.map((d) => (
          <tr key={d.slug}>
            <td>
              <Link href={`/documents/${d.slug}`}>{d.title}</Link>
              {d.archived && <span className="tag"> {t("archived")}</span>}
            </td>
            <td data-label={t("author")}>{d.author ?? "—"}</td>
            <td data-label={t("added")}>
              <FormattedDate iso={d.createdAt} />
            </td>
            <td data-label={t("claims")}>{d.claimCount}</td>
            <td data-label={t("withFinalVerdict")}>{d.reviewedCount}</td>
            <td data-label={t("progress")}>
              <ClaimProgress flagged={d.flaggedCount} inReview={d.inReviewCount} published={d.reviewedCount} />
            </td>
            <td>
              <Link href={`/documents/${d.slug}/report`} aria-label={t("reportOf", { title: d.title })}>
                {t("report")}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
