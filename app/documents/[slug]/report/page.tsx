import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getReport } from "@/lib/data/review/report";
import { renderReportBody } from "@/lib/report/render-html";
import { REPORT_CSS } from "@/lib/report/report-css";
import { parseReportQuery, reportQuery, type ReportFormat } from "@/lib/report/report-options";
import { searchParamsFrom, type SearchParamsRecord } from "@/lib/search-params";
import { VERDICTS, verdictLabel } from "@/lib/verdicts";
import { reportContext } from "@/server/report-context";
import { PdfDownloadLink } from "@/components/report/pdf-download-link";
import { admitPageToDocument } from "@/server/page-access";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Verification report" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParamsRecord> };

const DOWNLOADS: [ReportFormat, string][] = [
  ["pdf", "Download PDF"],
  ["md", "Download Markdown"],
  ["csv", "Download CSV"],
  ["claimreview", "Download ClaimReview JSON-LD"],
  ["w3c", "Download W3C annotations"],
  ["html", "Download HTML"],
];

export default async function ReportPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { db } = await admitPageToDocument(slug);
  const query = parseReportQuery(searchParamsFrom(await searchParams));
  if (!query.ok) {
    return (
      <main className="page">
        <h1>Verification report</h1>
        <p role="alert" className="error">
          {query.message}
        </p>
        <Link href={`/documents/${slug}/report`}>Show the full report</Link>
      </main>
    );
  }
  const report = await getReport(db, slug, query.options, await reportContext(await headers()));
  if (!report) notFound();
  const { options } = query;
  return (
    <main className="page">
      <style>{REPORT_CSS}</style>
      <p className="report-back">
        <Link href={`/documents/${slug}`}>← Back to the document</Link>
      </p>
      <form className="report-options" method="get" aria-label="Report options">
        <fieldset>
          <legend>Report options</legend>
          <label className="inline">
            <input type="checkbox" name="reviewed" value="1" defaultChecked={options.reviewedOnly} /> Reviewed claims
            only
          </label>
          <label className="inline">
            <input type="checkbox" name="notes" value="1" defaultChecked={options.includeNotes} /> Include verification
            notes
          </label>
          <fieldset className="verdict-filter">
            <legend>Verdicts to include (none checked: all)</legend>
            {VERDICTS.map((v) => (
              <label key={v} className="inline">
                <input type="checkbox" name="verdicts" value={v} defaultChecked={options.verdicts.includes(v)} />{" "}
                {verdictLabel(v)}
              </label>
            ))}
          </fieldset>
          <button type="submit">Apply options</button>
        </fieldset>
      </form>
      <nav className="report-downloads" aria-label="Downloads">
        <ul>
          {DOWNLOADS.map(([format, label]) => (
            <li key={format}>
              {format === "pdf" ? (
                <PdfDownloadLink
                  href={`/api/documents/${slug}/report${reportQuery(options, format)}`}
                  filename={`${slug}-report.pdf`}
                >
                  {label}
                </PdfDownloadLink>
              ) : (
                <a href={`/api/documents/${slug}/report${reportQuery(options, format)}`} download>
                  {label}
                </a>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {/* Built by lib/report/render-html.ts: every value escaped, rationales sanitised. */}
      <div dangerouslySetInnerHTML={{ __html: renderReportBody(report) }} />
    </main>
  );
}
