import { getReport } from "@/lib/data/review/report";
import { renderClaimReview } from "@/lib/report/render-claimreview";
import { renderCsv } from "@/lib/report/render-csv";
import { renderHtmlReport } from "@/lib/report/render-html";
import { renderMarkdownReport } from "@/lib/report/render-markdown-report";
import { renderW3cCollection } from "@/lib/w3c/render-w3c";
import {
  parseReportQuery,
  PEOPLE_FORMATS,
  reportQuery,
  REPORT_FORMATS,
  type ReportFormat,
} from "@/lib/report/report-options";
import { limitAnonymousExport } from "@/lib/limits/request-limits";
import { reportEtag } from "@/lib/report/report-etag";
import { fail } from "@/lib/result";
import { env } from "@/server/env";
import { htmlToPdf, PdfBusyError, PdfUnavailableError } from "@/server/pdf";
import { clientIp } from "@/server/request/client-ip";
import { clientHasCurrent, notModified } from "@/server/request/conditional-get";
import { chooseLocale } from "@/lib/i18n/locales";
import { pageWords, type PageWords } from "@/lib/i18n/page-words";
import { readRoute } from "@/server/route";
import { reportContext } from "@/server/report-context";
import { admitToDocument } from "@/lib/data/workspaces/scope";

const TYPES: Record<ReportFormat, { type: string; extension: string }> = {
  html: { type: "text/html; charset=utf-8", extension: "html" },
  pdf: { type: "application/pdf", extension: "pdf" },
  md: { type: "text/markdown; charset=utf-8", extension: "md" },
  csv: { type: "text/csv; charset=utf-8", extension: "csv" },
  claimreview: { type: "application/ld+json; charset=utf-8", extension: "claimreview.jsonld" },
  w3c: {
    type: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    extension: "annotations.jsonld",
  },
};

/**
 * GET /api/documents/[slug]/report?format=pdf|md|csv|claimreview|w3c|html&reviewed=1&notes=1
 *   &verdicts=FALSE,TRUE&lang=es
 * The verification report in one format, as a download named after the slug and the date. The
 * formats for people (html, pdf, md) are in `lang` (en, es, ar; the report page passes the
 * interface's), else the caller's Accept-Language; CSV and the machine formats keep English
 * labels, the same for every caller.
 * Visitors are limited per address (EXPORT_LIMIT_PER_MINUTE); an unchanged report answers
 * If-None-Match with 304, and its PDF is printed once (server/pdf.ts).
 */
export const GET = readRoute<{ slug: string }>(async ({ db, actor, params, request }) => {
  const admitted = await admitToDocument(db, actor, params.slug);
  if (!admitted.ok) return admitted;
  const { slug } = params;
  const query = parseReportQuery(new URL(request.url).searchParams);
  if (!query.ok) return fail(400, query.message);
  if (!query.format) return fail(400, `Choose a format: format=${REPORT_FORMATS.join("|")}.`);
  if (!actor) {
    const limited = await limitAnonymousExport(db, clientIp(request.headers), env().EXPORT_LIMIT_PER_MINUTE);
    if (limited) return limited;
  }
  const ctx = await reportContext(request.headers);
  const report = await getReport(db, slug, query.options, ctx);
  if (!report) return fail(404, `No document "${slug}".`);

  const format = query.format;
  const language = pageWords(chooseLocale(query.language, request.headers.get("accept-language")));
  const etag = reportEtag(report, PEOPLE_FORMATS.has(format) ? `${format}:${language.locale}` : format);
  if (clientHasCurrent(request, etag)) return notModified(etag, { "Cache-Control": "private, no-cache" });
  let body: string | Buffer;
  try {
    body = await render(
      format,
      report,
      `${ctx.baseUrl}/api/documents/${slug}/report${reportQuery(query.options, "w3c")}`,
      etag,
      actor ? `user:${actor.id}` : `ip:${clientIp(request.headers)}`,
      language,
    );
  } catch (error) {
    if (error instanceof PdfBusyError)
      return { ...fail(503, error.message), headers: { "Retry-After": String(error.retryAfterSeconds) } };
    if (error instanceof PdfUnavailableError) return fail(503, error.message);
    throw error;
  }
  const filename = `${slug}-${report.generatedAt.slice(0, 10)}-report.${TYPES[format].extension}`;
  return new Response(new Uint8Array(typeof body === "string" ? Buffer.from(body, "utf8") : body), {
    headers: {
      "Content-Type": TYPES[format].type,
      "Content-Disposition": `attachment; filename="${filename}"`,
      // Revalidated on every download: the ETag makes an unchanged report cost nothing.
      "Cache-Control": "private, no-cache",
      ETag: etag,
      Vary: "Accept-Language",
    },
  });
});

async function render(
  format: ReportFormat,
  report: Parameters<typeof renderMarkdownReport>[0],
  collectionId: string,
  etag: string,
  /** Who asks, for the PDF queue's per-client share. */
  client: string,
  language: PageWords,
): Promise<string | Buffer> {
  switch (format) {
    case "html":
      return renderHtmlReport(report, language);
    case "pdf":
      return htmlToPdf(renderHtmlReport(report, language), etag, client);
    case "md":
      return renderMarkdownReport(report, language);
    case "csv":
      return renderCsv(report);
    case "claimreview":
      // Machine formats are compact: at thousands of claims, indentation costs time and a third of the bytes.
      return JSON.stringify(renderClaimReview(report));
    case "w3c":
      return JSON.stringify(renderW3cCollection(report, collectionId));
  }
}
