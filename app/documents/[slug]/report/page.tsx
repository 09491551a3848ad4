import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { pageTitle } from "@/server/i18n/page-title";
import { getServerText } from "@/server/i18n/server-text";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getReport } from "@/lib/data/review/report";
import { renderReportBody } from "@/lib/report/render-html";
import { REPORT_CSS } from "@/lib/report/report-css";
import { pageWords } from "@/lib/i18n/page-words";
import { parseReportQuery, PEOPLE_FORMATS, reportQuery, type ReportFormat } from "@/lib/report/report-options";
import { searchParamsFrom, type SearchParamsRecord } from "@/lib/search-params";
import { VERDICTS } from "@/lib/verdicts";
import { reportContext } from "@/server/report-context";
import { PdfDownloadLink } from "@/components/report/pdf-download-link";
import { admitPageToDocument } from "@/server/page-access";

export const dynamic = "force-dynamic";
export const generateMetadata = () => pageTitle("report");

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParamsRecord> };

// Each download's name is ReportPage.downloads.<format> in the messages.
const DOWNLOADS: ReportFormat[] = ["pdf", "md", "csv", "claimreview", "w3c", "html"];

export default async function ReportPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { db } = await admitPageToDocument(slug);
  const query = parseReportQuery(searchParamsFrom(await searchParams));
  const [t, verdictLabel, translate, locale] = await Promise.all([
    getTranslations("ReportPage"),
    getTranslations("Verdicts"),
    getServerText(),
    getLocale(),
  ]);
  if (!query.ok) {
    return (
      <main className="page">
        <h1>{t("title")}</h1>
        <p role="alert" className="error">
          {translate(query.message)}
        </p>
        <Link href={`/documents/${slug}/report`}>{t("showFull")}</Link>
      </main>
    );
  }
  const report = await getReport(db, slug, query.options, await reportContext(await headers()));
  if (!report) notFound();
  const { options } = query;
  // Downloads in the language this page is read in, whatever the browser's own languages say.
  const downloadHref = (format: ReportFormat) =>
    `/api/documents/${slug}/report${reportQuery(options, format)}${PEOPLE_FORMATS.has(format) ? `&lang=${locale}` : ""}`;
  return (
    <main className="page">
      <style>{REPORT_CSS}</style>
      <p className="report-back">
        <Link href={`/documents/${slug}`}>{t("back")}</Link>
      </p>
      <form className="report-options" method="get" aria-label={t("options")}>
        <fieldset>
          <legend>{t("options")}</legend>
          <label className="inline">
            <input type="checkbox" name="reviewed" value="1" defaultChecked={options.reviewedOnly} />{" "}
            {t("reviewedOnly")}
          </label>
          <label className="inline">
            <input type="checkbox" name="notes" value="1" defaultChecked={options.includeNotes} /> {t("includeNotes")}
          </label>
          <fieldset className="verdict-filter">
            <legend>{t("verdicts")}</legend>
            {VERDICTS.map((v) => (
              <label key={v} className="inline">
                <input type="checkbox" name="verdicts" value={v} defaultChecked={options.verdicts.includes(v)} />{" "}
                {verdictLabel(v)}
              </label>
            ))}
          </fieldset>
          <button type="submit">{t("apply")}</button>
        </fieldset>
      </form>
      <nav className="report-downloads" aria-label={t("downloadsLabel")}>
        <ul>
          {DOWNLOADS.map((format) => (
            <li key={format}>
              {format === "pdf" ? (
                <PdfDownloadLink href={downloadHref(format)} filename={`${slug}-report.pdf`}>
                  {t(`downloads.${format}`)}
                </PdfDownloadLink>
              ) : (
                <a href={downloadHref(format)} download>
                  {t(`downloads.${format}`)}
                </a>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {/* Built by lib/report/render-html.ts: every value escaped, rationales sanitised. */}
      <div dangerouslySetInnerHTML={{ __html: renderReportBody(report, pageWords(locale)) }} />
    </main>
  );
}
